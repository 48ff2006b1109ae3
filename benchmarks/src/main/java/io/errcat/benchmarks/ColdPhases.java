package io.errcat.benchmarks;

import io.errcat.catalog.ClasspathCatalogs;
import io.errcat.catalog.Engine;
import io.errcat.catalog.java.JavaOptions;
import io.errcat.catalog.model.Catalog;
import io.errcat.catalog.problem.LoadResult;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Where the annotation processor's time goes in a fresh JVM, as javac runs it: the bundled faas
 * catalog read, loaded and checked, then its Java generated, each timed cold (the first time in
 * this JVM) and warm (the same again). Run once per report by benchmarks/run; prints {@code
 * readMs loadCheckColdMs generateColdMs loadCheckWarmMs generateWarmMs}.
 */
public final class ColdPhases {
  private ColdPhases() {}

  /**
   * @param args none
   * @throws IOException when the bundled catalog cannot be read
   */
  public static void main(String[] args) throws IOException {
    long t0 = System.nanoTime();
    byte[] yaml;
    try (InputStream in = ColdPhases.class.getClassLoader()
        .getResourceAsStream(ClasspathCatalogs.resourcePath("faas"))) {
      yaml = in.readAllBytes();
    }
    long t1 = System.nanoTime();
    LoadResult r = Engine.load("faas.yaml", yaml);
    long t2 = System.nanoTime();
    Catalog c = r.catalog().orElseThrow();
    Engine.generateJava(c, JavaOptions.defaults());
    long t3 = System.nanoTime();
    Engine.load("faas.yaml", yaml);
    long t4 = System.nanoTime();
    Engine.generateJava(c, JavaOptions.defaults());
    long t5 = System.nanoTime();
    System.out.printf(Locale.ROOT, "%.1f %.1f %.1f %.1f %.1f%n", (t1 - t0) / 1e6, (t2 - t1) / 1e6,
        (t3 - t2) / 1e6, (t4 - t3) / 1e6, (t5 - t4) / 1e6);
  }
}
