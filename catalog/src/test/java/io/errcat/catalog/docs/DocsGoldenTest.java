package io.errcat.catalog.docs;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.errcat.catalog.Engine;
import io.errcat.catalog.output.GeneratedFile;
import io.errcat.catalog.problem.LoadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The reference generated for {@code golden/mini.yaml} (HTML pages, Markdown, JSON, assets)
 * equals, byte for byte, the checked-in files under {@code src/test/resources/golden/mini-docs/}.
 *
 * <p>To regenerate after an intended change: {@code mvn -o -pl catalog verify
 * -Dtest=DocsGoldenTest -Dsurefire.failIfNoSpecifiedTests=false -Derrcat.regenerateGoldens=true},
 * then review the diff.
 */
class DocsGoldenTest {
  private static final Path ROOT = Path.of("src/test/resources/golden");

  @Test
  void miniReferenceMatchesTheGoldenFiles() throws IOException {
    LoadResult r = Engine.load(ROOT.resolve("mini.yaml"), "mini.yaml");
    assertTrue(r.isClean(), r.problems().toString());
    List<GeneratedFile> files = Engine.generateDocs(List.of(r.catalog().orElseThrow()),
        DocsOptions.defaults().withDocsBaseUrl("https://errcat.example/docs/"));
    Path dir = ROOT.resolve("mini-docs");
    if (Boolean.getBoolean("errcat.regenerateGoldens")) {
      if (Files.exists(dir)) {
        try (Stream<Path> s = Files.walk(dir)) {
          for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
      for (GeneratedFile f : files) {
        Path p = dir.resolve(f.path());
        Files.createDirectories(p.getParent());
        Files.write(p, f.content());
      }
    }
    try (Stream<Path> s = Files.walk(dir)) {
      List<String> golden = s.filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().toList();
      assertEquals(golden, files.stream().map(GeneratedFile::path).sorted().toList());
    }
    for (GeneratedFile f : files) {
      byte[] expected = Files.readAllBytes(dir.resolve(f.path()));
      assertArrayEquals(expected, f.content(), () -> f.path() + " differs:\n"
          + new String(f.content(), UTF_8));
    }
  }
}
