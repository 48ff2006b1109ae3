package io.errcat.catalog.java;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.errcat.catalog.Engine;
import io.errcat.catalog.docs.DocsOptions;
import io.errcat.catalog.model.Catalog;
import io.errcat.catalog.output.GeneratedFile;
import io.errcat.catalog.problem.LoadResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;

/**
 * Coverage-guided fuzzing of the generators: every catalog the checker accepts generates Java and
 * docs without an exception, and its Java compiles with {@code -Xlint:all -Xdoclint:all/protected -Werror}.
 * Compiling costs a javac run, so while fuzzing one accepted catalog in 20 is compiled, at most
 * 300 per run; replaying the corpus in {@code mvn verify} compiles every accepted input. The
 * corpus ({@code GeneratorFuzzTestInputs/acceptedCatalogsCompile}) holds the bundled catalogs
 * under the id {@code fuzz} (the file name the fuzzer loads them as). To fuzz: {@code
 * JAZZER_FUZZ=1 mvn -pl catalog test -Dtest=GeneratorFuzzTest}.
 */
@Tag("fuzz") // replayed in its own fork: see the pom
class GeneratorFuzzTest {
  private static final boolean FUZZING = System.getenv("JAZZER_FUZZ") != null;
  private static final AtomicInteger ACCEPTED = new AtomicInteger();
  private static final AtomicInteger COMPILED = new AtomicInteger();

  @FuzzTest(maxDuration = "10m")
  void acceptedCatalogsCompile(byte[] data) {
    LoadResult r = Engine.load("fuzz.yaml", data);
    if (!r.isClean()) {
      return;
    }
    Catalog catalog = r.catalog().orElseThrow();
    List<GeneratedFile> java = Engine.generateJava(catalog, new JavaOptions(null));
    Engine.generateDocs(List.of(catalog), DocsOptions.defaults());
    int n = ACCEPTED.incrementAndGet();
    if (FUZZING && (n % 20 != 0 || COMPILED.get() >= 300)) {
      return;
    }
    COMPILED.incrementAndGet();
    Path dir;
    try {
      dir = Files.createTempDirectory("errcat-fuzz-javac");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      Compiled.of(dir, java, Compiled.STRICT);
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        // a temporary directory left behind is no finding
      }
    }
  }
}
