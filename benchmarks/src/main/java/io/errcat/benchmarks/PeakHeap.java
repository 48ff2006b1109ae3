package io.errcat.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The peak heap of one piece of work, for the footprint runs (each in a JVM of its own): heap in
 * use sampled every millisecond while it runs, minus what was in use after a GC before it began.
 * Garbage not yet collected counts, so this is what the work needs the heap to hold at its worst.
 *
 * @param <T> what the work returns
 * @param value what the work returned
 * @param peakBytes the peak, in bytes
 */
record PeakHeap<T>(T value, long peakBytes) {
  static <T> PeakHeap<T> of(Supplier<T> work) throws InterruptedException {
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
    T value = work.get();
    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
    sampler.interrupt();
    sampler.join();
    return new PeakHeap<>(value, peak.get() - base);
  }
}
