package io.errcat.samples.faas;

import io.errcat.fpga.FaasControlPlane;
import io.errcat.fpga.FpgaImage;
import io.errcat.fpga.LoadTask;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The simulated compile farm and FPGA writer behind the control plane: an image is queued for
 * {@code queued}, compiles for {@code compiling}, then succeeds (or fails, for a design configured
 * not to compile); a load task waits {@code committed}, writes for {@code operating}, then is
 * valid. A stuck FPGA's writer never finishes, so only the control plane's 10-minute timeout ends
 * its task. Nothing sleeps: every request first advances what the clock says is due, so the real
 * clock runs it in the service and an injected clock in tests.
 */
final class Backend {
  /**
   * How long each step takes.
   *
   * @param queued an image's wait for the farm
   * @param compiling its compilation
   * @param committed a load task's wait for the writer
   * @param operating the write itself
   */
  record Durations(Duration queued, Duration compiling, Duration committed, Duration operating) {
    Durations {
      Objects.requireNonNull(queued, "queued");
      Objects.requireNonNull(compiling, "compiling");
      Objects.requireNonNull(committed, "committed");
      Objects.requireNonNull(operating, "operating");
    }
  }

  /** What an FPGA's writer does with a task. */
  enum Behaviour {
    /** Writes the image. */
    WRITES,
    /** Accepts the task and never reports back (an interrupted download). */
    STUCK,
    /** Cannot be reached: the load fails with an internal error. */
    FAILS
  }

  private record PendingImage(Instant createdAt, boolean compiles, boolean started) {}

  private record PendingLoad(Instant committedAt, boolean started) {}

  private final FaasControlPlane plane;
  private final Clock clock;
  private final Durations durations;
  private final Map<String, Behaviour> behaviours;
  private final Map<String, PendingImage> images = new ConcurrentHashMap<>();
  private final Map<String, PendingLoad> loads = new ConcurrentHashMap<>();

  Backend(FaasControlPlane plane, Clock clock, Durations durations,
      Map<String, Behaviour> behaviours) {
    this.plane = plane;
    this.clock = clock;
    this.durations = durations;
    this.behaviours = Map.copyOf(behaviours);
  }

  /** The farm takes a new image. */
  void compile(FpgaImage image, boolean compiles) {
    images.put(image.uuid(), new PendingImage(image.createdAt(), compiles, false));
  }

  /**
   * The writer takes a committed task.
   *
   * @throws IllegalStateException when the FPGA's writer cannot be reached (the task is ended
   *     failed first, so the FPGA is free again)
   */
  void write(LoadTask task) {
    Behaviour b = behaviours.getOrDefault(task.fpgaUuid(), Behaviour.WRITES);
    if (b == Behaviour.FAILS) {
      plane.startLoad(task.fpgaUuid());
      plane.finishLoad(task.fpgaUuid(), false);
      throw new IllegalStateException("the writer of FPGA " + task.fpgaUuid() + " is unreachable");
    }
    if (b == Behaviour.WRITES) {
      loads.put(task.fpgaUuid(), new PendingLoad(task.committedAt(), false));
    }
  }

  /** Applies every step that is due by now; each entry changes atomically. */
  void advance() {
    Instant now = clock.instant();
    for (String uuid : images.keySet()) {
      images.computeIfPresent(uuid, (k, p) -> step(k, p, now));
    }
    for (String fpga : loads.keySet()) {
      loads.computeIfPresent(fpga, (k, p) -> step(k, p, now));
    }
  }

  /** One image's due steps; null once it is done (or gone). */
  private PendingImage step(String uuid, PendingImage p, Instant now) {
    Instant compileStart = p.createdAt().plus(durations.queued());
    Instant compileEnd = compileStart.plus(durations.compiling());
    try {
      if (now.isBefore(compileStart)) {
        return p;
      }
      PendingImage started = p;
      if (!p.started()) {
        plane.startCompile(uuid);
        started = new PendingImage(p.createdAt(), p.compiles(), true);
      }
      if (now.isBefore(compileEnd)) {
        return started;
      }
      plane.finishCompile(uuid, p.compiles());
      return null;
    } catch (RuntimeException e) {
      return null; // the image left the farm's hands (deleted): nothing more to do
    }
  }

  /** One task's due steps; null once it is done (or ended by the timeout). */
  private PendingLoad step(String fpga, PendingLoad p, Instant now) {
    Instant writeStart = p.committedAt().plus(durations.committed());
    Instant writeEnd = writeStart.plus(durations.operating());
    try {
      if (now.isBefore(writeStart)) {
        return p;
      }
      PendingLoad started = p;
      if (!p.started()) {
        plane.startLoad(fpga);
        started = new PendingLoad(p.committedAt(), true);
      }
      if (now.isBefore(writeEnd)) {
        return started;
      }
      plane.finishLoad(fpga, true);
      return null;
    } catch (RuntimeException e) {
      return null; // timed out, or replaced: the control plane refused the late report
    }
  }
}
