package io.errcat.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.errcat.catalog.Engine;
import io.errcat.catalog.problem.Problem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an up-to-date goal shows again: exactly the last run's problems, for its fingerprint only. */
class ProblemReplayTest {
  @Test
  void replaysTheRecordedProblemsForTheirFingerprintOnly(@TempDir Path dir) throws Exception {
    List<Problem> problems = Engine.load("shop.yaml", ("catalog: 1\nproduct: {id: shop, name: S,"
        + " java: {package: it.shop, prefix: Shop}}\nerrors:\n  - code: Bare\n    httpStatus: 400\n")
        .getBytes(StandardCharsets.UTF_8)).problems();
    assertFalse(problems.isEmpty(), "the entry without texts is warned about");
    Path file = dir.resolve("state/check.problems");
    ProblemReplay.write(file, "f1", problems);
    List<ProblemReplay.Line> lines = ProblemReplay.read(file, "f1");
    assertEquals(problems.size(), lines.size());
    for (int i = 0; i < problems.size(); i++) {
      assertEquals(problems.get(i).severity(), lines.get(i).severity());
      assertEquals(problems.get(i).format(), lines.get(i).text());
    }
    assertNull(ProblemReplay.read(file, "f2"), "another fingerprint: a full run");
    ProblemReplay.write(file, "f1", List.of());
    assertEquals(List.of(), ProblemReplay.read(file, "f1"), "a clean run replays nothing");
  }

  @Test
  void aDamagedOrMissingRecordMeansAFullRun(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("generate.problems");
    assertNull(ProblemReplay.read(file, "f1"));
    ProblemReplay.write(file, "f1", List.of());
    Files.writeString(file, Files.readString(file) + "NOT_A_SEVERITY text\n");
    assertNull(ProblemReplay.read(file, "f1"));
    Files.writeString(file, "garbage\n");
    assertNull(ProblemReplay.read(file, "f1"));
    ProblemReplay.clear(file);
    assertEquals(false, Files.exists(file));
  }
}
