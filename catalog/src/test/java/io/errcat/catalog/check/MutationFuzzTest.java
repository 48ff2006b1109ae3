package io.errcat.catalog.check;

import io.errcat.catalog.problem.ProblemId;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.errcat.catalog.problem.LoadResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random edits of a complete catalog (fixed seed, so every run is the same): whatever the edit
 * breaks, loading returns problems with positions inside the file; it never throws, prints, or
 * falls back to EC017 (which would mean an unexpected exception inside errcat).
 */
class MutationFuzzTest {
  private static final String ALPHABET = " \n\t:-[]{},&*!|>'\"#%@`?~0aZ\u00e9\u0000\uFEFF";

  @Test
  void randomEditsNeverCrash() throws IOException {
    String good;
    try (InputStream in = MutationFuzzTest.class.getResourceAsStream("/good/faas.yaml")) {
      good = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Random random = new Random(20261126L);
    for (int round = 0; round < 400; round++) {
      StringBuilder text = new StringBuilder(good);
      int edits = 1 + random.nextInt(4);
      for (int e = 0; e < edits; e++) {
        int at = random.nextInt(text.length());
        switch (random.nextInt(3)) {
          case 0 -> text.deleteCharAt(at);
          case 1 -> text.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
          default -> text.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
      }
      byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
      if (random.nextInt(10) == 0) {
        bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256); // maybe not UTF-8
      }
      String input = text.toString();
      int n = round;
      LoadResult r = BadCatalogTest.loadQuietly("faas.yaml", bytes, Duration.ofSeconds(30));
      long lines = input.lines().count() + 1;
      assertTrue(r.problems().stream().noneMatch(p -> p.id() == ProblemId.EC017),
          () -> "round " + n + ": " + r.problems() + "\n" + input);
      assertTrue(r.problems().stream().allMatch(p -> p.position().line() >= 1
          && p.position().line() <= lines && p.position().column() >= 1),
          () -> r.problems() + "\n" + input);
    }
  }
}
