package io.errcat.samples.faas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.errcat.catalogs.faas.FaasError;
import io.errcat.catalogs.faas.FaasException;
import io.errcat.catalogs.faas.FaasOperation;
import io.errcat.samples.faas.cli.PopClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;

/**
 * 8 client threads × 10,000 mixed signed requests over loopback against 100 FPGAs, in a world
 * whose clock stands still (so no task ever ends and the invariants are exact): every FPGA is
 * loaded exactly once and every other load on it is 503 ANOTHER TASK RUNNING; of the creates, one
 * per 30 minutes per account succeeds (exactly one here); nothing answers an unexpected 5xx. The
 * whole run is bounded in time; its throughput is printed and written to {@code
 * target/load-test.txt} (reported in benchmarks/RESULTS.md).
 */
class LoadTest {
  private static final int THREADS = 8;
  private static final int REQUESTS = 10_000;
  private static final int FPGAS = 100;

  private static String world() {
    StringBuilder y = new StringBuilder("""
        endpoints: [localhost]
        hostId: faas.cn-hangzhou.aliyuncs.com
        shells: [shell-v1]
        backend: {queued: PT0S, compiling: PT0S, committed: PT1M, operating: PT1M}
        accounts:
          - id: "2001"
            defaultRole: true
            keys: [{id: AK-LOAD, secret: secret-load, type: ram-user}]
            buckets: [{name: load-designs, objects: [load.tar]}]
            instances:
        """);
    for (int i = 0; i < FPGAS / 10; i++) {
      y.append("      - id: i-load-").append(i).append("\n        fpgas:\n");
      for (int f = 0; f < 10; f++) {
        y.append("          - {uuid: fpga-").append(i * 10 + f).append(", shell: shell-v1}\n");
      }
    }
    return y.toString();
  }

  @Test
  void eightClientsTenThousandRequestsEachOneTaskPerFpga() throws Exception {
    try (TestWorld w = new TestWorld(ServiceConfig.parse(world(), "load-world"))) {
      String image = w.createImage("AK-LOAD", "secret-load", "load-designs", "load.tar",
          "shell-v1"); // and the world moves past the create interval: one more create may pass
      Map<String, AtomicInteger> loadsWon = new ConcurrentHashMap<>();
      AtomicInteger createsWon = new AtomicInteger();
      Set<String> unexpected = ConcurrentHashMap.newKeySet();
      LongAdder done = new LongAdder();
      CountDownLatch go = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      List<Future<?>> clients = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        Random random = new Random(42 + t);
        PopClient c = w.client("AK-LOAD", "secret-load");
        clients.add(pool.submit(() -> {
          go.await();
          for (int i = 0; i < REQUESTS; i++) {
            int fpga = random.nextInt(FPGAS);
            String instance = "i-load-" + fpga / 10;
            int pick = random.nextInt(100);
            try {
              if (pick < 40) {
                c.call(FaasOperation.LOAD_FPGA_IMAGE, Map.of("InstanceId", instance,
                    "FpgaUUID", "fpga-" + fpga, "FpgaImageUUID", image));
                loadsWon.computeIfAbsent("fpga-" + fpga, k -> new AtomicInteger())
                    .incrementAndGet();
              } else if (pick < 70) {
                c.call(FaasOperation.DESCRIBE_LOAD_TASK_STATUS,
                    Map.of("InstanceId", instance, "FpgaUUID", "fpga-" + fpga));
              } else if (pick < 85) {
                c.call(FaasOperation.DESCRIBE_FPGA_IMAGES, Map.of());
              } else if (pick < 95) {
                c.call(FaasOperation.DESCRIBE_FPGA_INSTANCES, Map.of("InstanceId", instance));
              } else {
                c.call(FaasOperation.CREATE_FPGA_IMAGE, Map.of("Bucket", "load-designs",
                    "Object", "load.tar", "ShellUUID", "shell-v1", "Name", "n" + i));
                createsWon.incrementAndGet();
              }
            } catch (FaasException e) {
              boolean expected = pick < 40 && e.error() == FaasError.ANOTHER_TASK_RUNNING
                  || pick >= 95 && e.error() == FaasError.FREQUENCY_ERROR;
              if (!expected) {
                unexpected.add(e.toString());
              }
            } catch (IOException e) {
              unexpected.add(e.toString());
            }
            done.increment();
          }
          return null;
        }));
      }
      long start = System.nanoTime();
      go.countDown();
      pool.shutdown();
      assertTrue(pool.awaitTermination(5, TimeUnit.MINUTES), "the run is bounded: "
          + done.sum() + " of " + THREADS * REQUESTS + " done in 5 minutes");
      double seconds = (System.nanoTime() - start) / 1e9;
      for (Future<?> f : clients) {
        f.get();
      }
      assertEquals(Set.of(), unexpected);
      assertEquals(THREADS * REQUESTS, done.sum());
      assertEquals(FPGAS, loadsWon.size(), "every FPGA was loaded");
      loadsWon.forEach((fpga, n) -> assertEquals(1, n.get(), fpga + " loaded twice"));
      assertEquals(1, createsWon.get(), "one create per 30 minutes per account");
      String images = w.client("AK-LOAD", "secret-load")
          .call(FaasOperation.DESCRIBE_FPGA_IMAGES, Map.of());
      assertEquals(2, images.split("\"FpgaImageUUID\"", -1).length - 1, images);

      double rate = THREADS * REQUESTS / seconds;
      String line = String.format(Locale.ROOT, "faas-service load: %d threads x %d requests = %d"
          + " signed POP requests in %.1f s: %.0f requests/s (loopback, %d FPGAs, %d cores)%n",
          THREADS, REQUESTS, THREADS * REQUESTS, seconds, rate, FPGAS,
          Runtime.getRuntime().availableProcessors());
      System.out.print(line);
      Files.writeString(Path.of("target", "load-test.txt"), line, StandardCharsets.UTF_8);
    }
  }

}
