package io.errcat.benchmarks;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs the benchmarks (JMH command-line options pass through) and prints each result as a ratio
 * to what a user would otherwise write: every {@code FromCodeBenchmark} variant against the
 * generated {@code fromCode}, every {@code errcat*} codec benchmark against its {@code databind*}
 * twin. Ratios, not absolute times, are what carry over between machines.
 */
public final class Ratios {
  private Ratios() {}

  /**
   * @param args JMH options, e.g. {@code -wi 3 -i 5 -f 1 FromCode}
   * @throws RunnerException when JMH fails
   * @throws CommandLineOptionException when the options are malformed
   */
  public static void main(String[] args) throws RunnerException, CommandLineOptionException {
    Map<String, Double> ns = new TreeMap<>();
    for (RunResult r : new Runner(new CommandLineOptions(args)).run()) {
      ns.put(r.getParams().getBenchmark().replaceAll(".*\\.", ""), r.getPrimaryResult().getScore());
    }
    System.out.println();
    Double generated = ns.get("generatedFromCode");
    ns.forEach((name, score) -> {
      if (generated != null && !name.startsWith("errcat") && !name.startsWith("databind")) {
        System.out.printf(Locale.ROOT, "%-24s %10.2f ns/op  %6.2fx the generated fromCode%n",
            name, score, score / generated);
      }
      Double twin = ns.get(name.replaceFirst("^errcat", "databind"));
      if (name.startsWith("errcat") && twin != null) {
        System.out.printf(Locale.ROOT, "%-24s %10.2f ns/op  %6.2fx the databind baseline%n",
            name, score, score / twin);
      }
    });
  }
}
