package io.errcat.samples.faas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.errcat.catalogs.faas.FaasError;
import io.errcat.catalogs.faas.FaasException;
import io.errcat.catalogs.faas.FaasOperation;
import io.errcat.samples.faas.cli.PopClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two clients racing over loopback to load one FPGA, round after round: exactly one wins, the
 * other gets 503 ANOTHER TASK RUNNING with its retry hint; and a load whose writer never reports
 * back holds the FPGA until the 10-minute timeout (on the world clock) frees it.
 */
class RaceTest {
  private static TestWorld world;
  private static String image;

  @BeforeAll
  static void start() throws Exception {
    world = new TestWorld();
    image = world.createImage("AK-A", "secret-a", "a-designs", "adder.tar", "shell-v1");
  }

  @AfterAll
  static void stop() {
    world.close();
  }

  private static Map<String, String> load(String fpga) {
    return Map.of("InstanceId", "i-a1", "FpgaUUID", fpga, "FpgaImageUUID", image);
  }

  private static String status(String fpga) throws Exception {
    return TestWorld.member(world.client("AK-A", "secret-a").call(
        FaasOperation.DESCRIBE_LOAD_TASK_STATUS,
        Map.of("InstanceId", "i-a1", "FpgaUUID", fpga)), "TaskStatus");
  }

  @Test
  void exactlyOneOfTwoRacingLoadsWins() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 40; round++) {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Object>> racers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
          PopClient c = world.client("AK-A", "secret-a");
          racers.add(pool.submit(() -> {
            go.await();
            try {
              return c.call(FaasOperation.LOAD_FPGA_IMAGE, load("fpga-a-race"));
            } catch (FaasException e) {
              return e;
            }
          }));
        }
        go.countDown();
        int won = 0;
        int refused = 0;
        for (Future<Object> f : racers) {
          Object r = f.get(30, TimeUnit.SECONDS);
          if (r instanceof FaasException e) {
            assertEquals(FaasError.ANOTHER_TASK_RUNNING, e.error(), e.toString());
            assertEquals(503, e.httpStatus());
            assertEquals(Duration.ofMinutes(10), e.retry().after());
            assertTrue(e.retry().retryable());
            refused++;
          } else {
            assertTrue(((String) r).contains("\"State\":\"committed\""), (String) r);
            won++;
          }
        }
        assertEquals(1, won, "round " + round);
        assertEquals(1, refused, "round " + round);
        // the writer finishes (1 min waiting, 1 min writing): the FPGA is free for the next round
        world.world.advance(Duration.ofMinutes(3));
        assertEquals("valid", status("fpga-a-race"));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aStuckLoadHoldsTheFpgaForTenMinutesThenFreesIt() throws Exception {
    PopClient a = world.client("AK-A", "secret-a");
    a.call(FaasOperation.LOAD_FPGA_IMAGE, load("fpga-a-stuck"));
    world.world.advance(Duration.ofMinutes(9));
    FaasException busy = assertThrows(FaasException.class,
        () -> a.call(FaasOperation.LOAD_FPGA_IMAGE, load("fpga-a-stuck")));
    assertEquals(FaasError.ANOTHER_TASK_RUNNING, busy.error());
    assertEquals("committed", status("fpga-a-stuck"));
    world.world.advance(Duration.ofMinutes(2));
    assertEquals("failed", status("fpga-a-stuck"), "past 10 minutes the task has timed out");
    String again = a.call(FaasOperation.LOAD_FPGA_IMAGE, load("fpga-a-stuck"));
    assertTrue(again.contains("\"State\":\"committed\""), again);
  }

  @Test
  void anUnreachableWriterIsAnInternalErrorAndLeavesTheFpgaFree() throws Exception {
    PopClient a = world.client("AK-A", "secret-a");
    for (int i = 0; i < 2; i++) {
      FaasException e = assertThrows(FaasException.class,
          () -> a.call(FaasOperation.LOAD_FPGA_IMAGE, load("fpga-a-fails")));
      assertEquals(FaasError.INTERNAL_ERROR, e.error(), e.toString());
      assertInstanceOf(String.class, e.requestId());
    }
    assertEquals("failed", status("fpga-a-fails"));
  }
}
