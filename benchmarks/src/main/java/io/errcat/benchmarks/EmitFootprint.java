package io.errcat.benchmarks;

import io.errcat.catalog.Engine;
import io.errcat.catalog.java.JavaOptions;
import io.errcat.catalog.java.SyntheticCatalog;
import io.errcat.catalog.model.Catalog;
import io.errcat.catalog.output.GeneratedFile;
import java.util.List;
import java.util.Locale;

/**
 * The peak heap of one Java generation, in a JVM of its own (run once per size by benchmarks/run):
 * heap in use sampled every millisecond while {@code Engine.generateJava} runs, minus what was in
 * use after a GC before it started, with the catalog already built. Prints one line: {@code codes
 * peakBytes sourceBytes}.
 */
public final class EmitFootprint {
  private EmitFootprint() {}

  /**
   * @param args the number of codes
   * @throws InterruptedException if interrupted
   */
  public static void main(String[] args) throws InterruptedException {
    int codes = Integer.parseInt(args[0]);
    Catalog catalog = SyntheticCatalog.of(codes);
    Engine.generateJava(SyntheticCatalog.of(10), JavaOptions.defaults()); // load the classes
    PeakHeap<List<GeneratedFile>> run =
        PeakHeap.of(() -> Engine.generateJava(catalog, JavaOptions.defaults()));
    List<GeneratedFile> files = run.value();
    long source = files.stream().mapToLong(f -> f.content().length).sum();
    System.out.printf(Locale.ROOT, "%d %d %d%n", codes, run.peakBytes(), source);
  }
}
