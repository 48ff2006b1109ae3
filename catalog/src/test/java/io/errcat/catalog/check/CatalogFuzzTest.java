package io.errcat.catalog.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.errcat.catalog.Engine;
import io.errcat.catalog.problem.LoadResult;
import io.errcat.catalog.problem.Problem;
import io.errcat.catalog.problem.ProblemId;
import io.errcat.catalog.problem.Severity;
import org.junit.jupiter.api.Tag;

/**
 * Coverage-guided fuzzing of the loader and the checker: any bytes in, problems out. Never an
 * exception, never an internal error (EC017), never over a second while fuzzing, every problem on
 * one line at a real position, and clean (with a catalog) exactly when there is no error. In {@code mvn verify} it replays its corpus
 * ({@code CatalogFuzzTestInputs/loaderAndChecker}: the bundled catalogs, broken variants and
 * every crash found); to fuzz: {@code JAZZER_FUZZ=1 mvn -pl catalog test -Dtest=CatalogFuzzTest}
 * (10 minutes; heap bounded by the surefire argLine).
 */
@Tag("fuzz") // replayed in its own fork: see the pom
class CatalogFuzzTest {
  private static final boolean FUZZING = System.getenv("JAZZER_FUZZ") != null;
  private static final java.util.concurrent.atomic.AtomicLong RUNS =
      new java.util.concurrent.atomic.AtomicLong();

  @FuzzTest(maxDuration = "10m")
  void loaderAndChecker(byte[] data) {
    long start = System.nanoTime();
    LoadResult r = Engine.load("fuzz.yaml", data);
    long millis = (System.nanoTime() - start) / 1_000_000;
    // while fuzzing, an input that takes over a second is a finding (after the JIT's warm-up);
    // replaying the corpus on a busy build machine times nothing
    if (FUZZING && RUNS.incrementAndGet() > 1_000) {
      assertTrue(millis < 1_000, "took " + millis + " ms");
    }
    boolean errors = false;
    for (Problem p : r.problems()) {
      assertFalse(p.id() == ProblemId.EC017, p::format);
      assertTrue(p.position().line() >= 1 && p.position().column() >= 1, p::format);
      String line = p.format();
      assertFalse(line.contains("\n") || line.contains("\r"), line);
      errors |= p.severity() == Severity.ERROR;
    }
    assertEquals(!errors, r.isClean(), r.problems()::toString);
    assertTrue(!r.isClean() || r.catalog().isPresent(), "clean means a catalog");
  }
}
