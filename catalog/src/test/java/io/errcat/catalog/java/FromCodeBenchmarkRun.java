package io.errcat.catalog.java;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link FromCodeBenchmark} with JMH and prints each variant's time as a ratio to the
 * generated {@code fromCode}. Never part of the normal test run; on demand:
 * {@code mvn -o -pl catalog -am verify -Dtest=FromCodeBenchmarkRun
 * -Dsurefire.failIfNoSpecifiedTests=false -Derrcat.jmh=true}.
 */
class FromCodeBenchmarkRun {
  @Test
  @EnabledIfSystemProperty(named = "errcat.jmh", matches = "true")
  void runAndReportRatios() throws Exception {
    Collection<RunResult> results = new Runner(new OptionsBuilder()
        .include(FromCodeBenchmark.class.getName())
        .build()).run();
    Map<String, Double> ns = new TreeMap<>();
    for (RunResult r : results) {
      ns.put(r.getParams().getBenchmark().replaceAll(".*\\.", ""), r.getPrimaryResult().getScore());
    }
    double base = ns.get("generatedFromCode");
    ns.forEach((name, score) -> System.out.printf(Locale.ROOT,
        "[jmh] %-20s %8.2f ns/op  %5.2fx generated fromCode%n", name, score, score / base));
  }
}
