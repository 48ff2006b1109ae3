package io.errcat.benchmarks;

import io.errcat.catalog.Engine;
import io.errcat.catalog.problem.LoadResult;
import io.errcat.catalog.problem.Problem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The loader's peak heap on the inputs its limits are about, in a JVM of its own per input (run
 * with {@code -Xmx256m}, so passing proves the bound): the largest catalog it accepts (just under
 * the 4 MiB size and the 500,000-value budget), 4 MiB of one-letter values as the errors (EC050),
 * the same under an unknown key, and a 6 MiB file (EC002, refused before it is read). Prints {@code input
 * bytes peakBytes problems}.
 */
public final class LoaderFootprint {
  private LoaderFootprint() {}

  /**
   * @param args {@code largest}, {@code values}, {@code unknown-key} or {@code oversized}
   * @throws Exception when the temporary file cannot be written
   */
  public static void main(String[] args) throws Exception {
    String input = args[0];
    byte[] yaml = switch (input) {
      case "largest" -> largest();
      case "values" -> values("catalog: 1\nproduct: {id: v, name: V}\nerrors: [a");
      case "unknown-key" -> values("catalog: 1\nproduct: {id: v, name: V}\nerrors: [{code: A,"
          + " message: a}]\nunknownKeyWithAHugeSubtree: [a");
      case "oversized" -> new byte[0];
      default -> throw new IllegalArgumentException(input);
    };
    Path file = Files.createTempFile("errcat-footprint", ".yaml");
    try {
      if (input.equals("oversized")) {
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(file.toFile(), "rw")) {
          f.setLength(6L << 20);
        }
      } else {
        Files.write(file, yaml);
      }
      Engine.load("warm.yaml", "catalog: 1\nproduct: {id: w, name: W}\nerrors: [{code: A, message: a}]\n"
          .getBytes(StandardCharsets.UTF_8)); // load the classes
      PeakHeap<LoadResult> run = PeakHeap.of(() -> Engine.load(file, input + ".yaml"));
      LoadResult r = run.value();
      String problems = r.problems().stream().map(Problem::id).map(Enum::name).distinct()
          .collect(Collectors.joining(","));
      System.out.printf(Locale.ROOT, "%s %d %d %s%n", input, Files.size(file), run.peakBytes(),
          problems.isEmpty() ? (r.isClean() ? "clean" : "-") : problems);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** Entries of three fields until just under 4 MiB and 495,000 values. */
  private static byte[] largest() {
    StringBuilder b = new StringBuilder("catalog: 1\nproduct: {id: largest, name: Largest}\nerrors:\n");
    int values = 8;
    for (int i = 0; b.length() < (4 << 20) - 200 && values < 495_000; i++, values += 7) {
      b.append(String.format(Locale.ROOT,
          "  - {code: \"C%06d\", httpStatus: 400, message: \"Message number %d.\"}%n", i, i));
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** {@code start}, then one-letter list items up to 4 MiB. */
  private static byte[] values(String start) {
    StringBuilder b = new StringBuilder(start);
    while (b.length() < (4 << 20) - 16) {
      b.append(",a");
    }
    return b.append("]\n").toString().getBytes(StandardCharsets.UTF_8);
  }
}
