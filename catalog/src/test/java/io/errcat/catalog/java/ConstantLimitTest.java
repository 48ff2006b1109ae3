package io.errcat.catalog.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.errcat.catalog.Engine;
import io.errcat.catalog.problem.LoadResult;
import io.errcat.catalog.problem.Problem;
import io.errcat.catalog.problem.ProblemId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * EC051 at the exact edges of what javac takes as a string constant: 65,534 characters compile
 * and 65,535 are refused (javac's own rule, whatever the bytes), 65,535 modified-UTF-8 bytes
 * compile and 65,538 are refused; each accepted text is compiled for real.
 */
class ConstantLimitTest {
  @TempDir Path dir;

  private static LoadResult load(String message) {
    String yaml = "catalog: 1\nproduct: {id: t, name: T}\nerrors:\n  - {code: A, message: \""
        + message + "\"}\n";
    return Engine.load("t.yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }

  private void compiles(String message) {
    LoadResult r = load(message);
    assertTrue(r.isClean(), r.problems().toString());
    // javac fails this (and the test) if the constant is too long
    Compiled.of(dir, Engine.generateJava(r.catalog().orElseThrow(), JavaOptions.defaults()),
        Compiled.STRICT_LINT);
  }

  private static void refused(String message, int chars, int bytes) {
    LoadResult r = load(message);
    List<Problem> p = r.problems();
    assertEquals(List.of(ProblemId.EC051), p.stream().map(Problem::id).toList());
    assertTrue(p.get(0).message().contains(chars + " characters and " + bytes + " bytes"),
        p.get(0).message());
  }

  @Test
  void inCharactersJavacsOwnRule() {
    compiles("x".repeat(65_534));
    refused("x".repeat(65_535), 65_535, 65_535);
  }

  @Test
  void inModifiedUtf8Bytes() {
    compiles("\u20AC".repeat(21_845)); // 3 bytes each: 65,535 bytes
    refused("\u20AC".repeat(21_846), 21_846, 65_538);
  }
}
