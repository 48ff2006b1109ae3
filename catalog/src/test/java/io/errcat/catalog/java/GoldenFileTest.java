package io.errcat.catalog.java;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.errcat.catalog.Engine;
import io.errcat.catalog.output.GeneratedFile;
import io.errcat.catalog.problem.LoadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The code generated for {@code golden/mini.yaml} equals the checked-in files under
 * {@code src/test/resources/golden/mini/}, so every change to the output shows up in review.
 *
 * <p>To regenerate the goldens after an intended change, run from the project root:
 * {@code mvn -o -pl catalog -am verify -Dtest=GoldenFileTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Derrcat.regenerateGoldens=true}, then review the diff.
 */
class GoldenFileTest {
  private static final Path ROOT = Path.of("src/test/resources/golden");

  @Test
  void miniCatalogMatchesTheGoldenFiles() throws IOException {
    LoadResult r = Engine.load(ROOT.resolve("mini.yaml"), "mini.yaml");
    assertTrue(r.isClean(), r.problems().toString());
    List<GeneratedFile> files = Engine.generateJava(r.catalog().orElseThrow(),
        new JavaOptions("https://errcat.example/docs"));
    Path dir = ROOT.resolve("mini");
    if (Boolean.getBoolean("errcat.regenerateGoldens")) {
      regenerate(dir, files);
    }
    try (Stream<Path> s = Files.walk(dir)) {
      List<String> golden = s.filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().toList();
      assertEquals(golden, files.stream().map(GeneratedFile::path).toList());
    }
    for (GeneratedFile f : files) {
      assertEquals(Files.readString(dir.resolve(f.path()), UTF_8),
          new String(f.content(), UTF_8), f.path());
    }
  }

  private static void regenerate(Path dir, List<GeneratedFile> files) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> s = Files.walk(dir)) {
        for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
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
}
