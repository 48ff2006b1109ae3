package io.errcat.fpga;

import static io.errcat.fpga.Fixture.ALICE;
import static io.errcat.fpga.Fixture.FPGA_0;
import static io.errcat.fpga.Fixture.FPGA_1;
import static io.errcat.fpga.Fixture.SHELL_A;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.errcat.catalogs.faas.FaasError;
import io.errcat.catalogs.faas.FaasException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {
  private static final int THREADS = 8;
  private static final int ROUNDS = 200;

  private final Fixture f = new Fixture();
  private final FpgaImage image = f.compiled(ALICE, SHELL_A);
  private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

  @AfterEach
  void stop() throws InterruptedException {
    pool.shutdownNow();
    pool.awaitTermination(10, TimeUnit.SECONDS);
  }

  /** What one racing load ended with: the task it committed, or the error code it got. */
  private record Outcome(LoadTask task, FaasError error) {
  }

  /** Starts all calls at once behind a start gate and collects what each ended with. */
  private List<Outcome> race(List<LoadRequest> requests) throws Exception {
    CountDownLatch gate = new CountDownLatch(1);
    List<Future<Outcome>> futures = new ArrayList<>();
    for (LoadRequest request : requests) {
      Callable<Outcome> call = () -> {
        gate.await();
        try {
          return new Outcome(f.plane.loadFpgaImage(ALICE, request), null);
        } catch (FaasException e) {
          return new Outcome(null, e.error());
        }
      };
      futures.add(pool.submit(call));
    }
    gate.countDown();
    List<Outcome> outcomes = new ArrayList<>();
    for (Future<Outcome> future : futures) {
      outcomes.add(future.get(30, TimeUnit.SECONDS));
    }
    return outcomes;
  }

  @Test
  void racing_loads_on_one_fpga_commit_exactly_one_task() throws Exception {
    List<LoadRequest> same = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      same.add(f.load(FPGA_0, image));
    }
    for (int round = 0; round < ROUNDS; round++) {
      List<Outcome> outcomes = race(same);
      List<LoadTask> winners = outcomes.stream().filter(o -> o.task() != null).map(Outcome::task).toList();
      assertEquals(1, winners.size(), "round " + round + ": " + outcomes);
      assertEquals(THREADS - 1,
          outcomes.stream().filter(o -> o.error() == FaasError.ANOTHER_TASK_RUNNING).count(), "round " + round);
      assertEquals(winners.get(0), f.plane.describeLoadTaskStatus(ALICE, Fixture.ALICE_INSTANCE, FPGA_0).orElseThrow());
      // the winner's task runs to its end, freeing the FPGA for the next round
      f.plane.startLoad(FPGA_0);
      assertEquals(TaskState.VALID, f.plane.finishLoad(FPGA_0, true).state());
    }
  }

  @Test
  void loads_on_different_fpgas_do_not_block_each_other() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      List<Outcome> outcomes = race(List.of(f.load(FPGA_0, image), f.load(FPGA_1, image)));
      assertEquals(List.of(FPGA_0, FPGA_1), outcomes.stream().map(o -> o.task().fpgaUuid()).toList());
      // both operating at the same moment
      assertEquals(TaskState.OPERATING, f.plane.startLoad(FPGA_0).state());
      assertEquals(TaskState.OPERATING, f.plane.startLoad(FPGA_1).state());
      f.plane.finishLoad(FPGA_0, true);
      f.plane.finishLoad(FPGA_1, round % 2 == 0);
    }
  }

  @Test
  void a_load_held_inside_its_update_holds_up_no_other_fpga() throws Exception {
    HoldingClock[] clock = new HoldingClock[1];
    Fixture g = new Fixture(c -> clock[0] = new HoldingClock(c));
    FpgaImage compiled = g.compiled(ALICE, SHELL_A);
    Future<LoadTask> held = pool.submit(() -> {
      clock[0].holdCurrentThread();
      return g.plane.loadFpgaImage(ALICE, g.load(FPGA_0, compiled));
    });
    // the load reads the clock first inside FPGA_0's atomic update: it now holds that FPGA
    assertTrue(clock[0].entered.await(30, TimeUnit.SECONDS));
    try {
      // (fpga-0 and fpga-1 fall into different hash bins, so only a shared lock could block this)
      LoadTask other = pool.submit(() -> g.plane.loadFpgaImage(ALICE, g.load(FPGA_1, compiled)))
          .get(30, TimeUnit.SECONDS);
      assertEquals(TaskState.COMMITTED, other.state());
      assertEquals(TaskState.OPERATING, g.plane.startLoad(FPGA_1).state());
      assertFalse(held.isDone());
    } finally {
      clock[0].release.countDown();
    }
    assertEquals(TaskState.COMMITTED, held.get(30, TimeUnit.SECONDS).state());
  }
}
