package io.errcat.benchmarks;

import io.errcat.fpga.Caller;
import io.errcat.fpga.CreateImageRequest;
import io.errcat.fpga.FaasControlPlane;
import io.errcat.fpga.FaasLimits;
import io.errcat.fpga.FpgaDevice;
import io.errcat.fpga.FpgaInstance;
import io.errcat.fpga.LoadRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The FaaS control plane's load path over 100 FPGAs (25 instances of 4): one operation is a whole
 * task, LoadFpgaImage then the writer's start and finish. Each thread cycles through its own share
 * of the FPGAs, as independent callers would, so the figure at 2 threads against 1 says whether
 * FPGAs really share no lock.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FpgaBenchmark {
  static final int INSTANCES = 25;
  static final int PER_INSTANCE = 4;
  static final Caller OWNER = Caller.ramUser("owner");

  /** One control plane with its FPGAs and a compiled image. */
  @State(Scope.Benchmark)
  public static class Plane {
    FaasControlPlane plane;
    List<LoadRequest> loads = new ArrayList<>();
    final AtomicInteger threads = new AtomicInteger();

    @Setup
    public void setUp() {
      Clock clock = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);
      plane = new FaasControlPlane(clock, FaasLimits.DOCUMENTED, Set.of("shell"));
      String image = plane.createFpgaImage(OWNER,
          new CreateImageRequest("design", "shell", "bucket", "design.dcp")).uuid();
      plane.startCompile(image);
      plane.finishCompile(image, true);
      for (int i = 0; i < INSTANCES; i++) {
        List<FpgaDevice> fpgas = new ArrayList<>();
        for (int k = 0; k < PER_INSTANCE; k++) {
          fpgas.add(new FpgaDevice("fpga-" + i + "-" + k, "shell"));
          loads.add(new LoadRequest("i-" + i, "fpga-" + i + "-" + k, image));
        }
        plane.putInstance(new FpgaInstance("i-" + i, "owner", fpgas));
      }
    }
  }

  /** The FPGAs one thread drives: its share of the 100, by the thread's number. */
  @State(Scope.Thread)
  public static class Driver {
    List<LoadRequest> mine = new ArrayList<>();
    int next;

    @Setup
    public void setUp(Plane p, BenchmarkParams params) {
      int me = p.threads.getAndIncrement() % params.getThreads();
      for (int i = me; i < p.loads.size(); i += params.getThreads()) {
        mine.add(p.loads.get(i));
      }
    }

    LoadRequest next() {
      LoadRequest r = mine.get(next);
      next = next + 1 == mine.size() ? 0 : next + 1;
      return r;
    }
  }

  private static Object cycle(Plane p, Driver d) {
    LoadRequest r = d.next();
    p.plane.loadFpgaImage(OWNER, r);
    p.plane.startLoad(r.fpgaUuid());
    return p.plane.finishLoad(r.fpgaUuid(), true);
  }

  @Benchmark
  @Threads(1)
  public Object loadCycle1Thread(Plane p, Driver d) {
    return cycle(p, d);
  }

  @Benchmark
  @Threads(2)
  public Object loadCycle2Threads(Plane p, Driver d) {
    return cycle(p, d);
  }
}
