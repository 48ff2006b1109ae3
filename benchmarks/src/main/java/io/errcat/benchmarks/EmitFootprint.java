package io.errcat.benchmarks;

import io.errcat.catalog.Engine;
import io.errcat.catalog.java.JavaOptions;
import io.errcat.catalog.java.SyntheticCatalog;
import io.errcat.catalog.model.Catalog;
import io.errcat.catalog.output.GeneratedFile;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

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
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    long base = memory.getHeapMemoryUsage().getUsed();
    AtomicLong peak = new AtomicLong(base);
    Thread sampler = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(1);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    sampler.setDaemon(true);
    sampler.start();
    List<GeneratedFile> files = Engine.generateJava(catalog, JavaOptions.defaults());
    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
    sampler.interrupt();
    sampler.join();
    long source = files.stream().mapToLong(f -> f.content().length).sum();
    System.out.printf(Locale.ROOT, "%d %d %d%n", codes, peak.get() - base, source);
  }
}
