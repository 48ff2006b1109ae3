package io.errcat.fpga;

import io.errcat.catalogs.faas.FaasException;
import io.errcat.catalogs.faas.FaasOperation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The load task of every FPGA. Each FPGA's task changes only inside {@code compute} on that
 * FPGA's entry, so at most one task per FPGA is active under any concurrency while different
 * FPGAs never wait for each other. The timeout is applied whenever a task is read or changed:
 * an active task whose deadline the clock has passed is, from then on, failed.
 */
final class LoadTasks {
  private final Clock clock;
  private final Duration timeout;
  private final Map<String, LoadTask> tasks = new ConcurrentHashMap<>();

  LoadTasks(Clock clock, Duration timeout) {
    this.clock = clock;
    this.timeout = timeout;
  }

  /** Commits a new task unless the FPGA has an active one (503 ANOTHER TASK RUNNING). */
  LoadTask commit(String fpgaUuid, String imageUuid) {
    return tasks.compute(fpgaUuid, (k, task) -> {
      Instant now = clock.instant();
      LoadTask current = expire(task, now);
      if (current != null && current.state().isActive()) {
        throw FaasException.anotherTaskRunning().withOperation(FaasOperation.LOAD_FPGA_IMAGE);
      }
      return LoadTask.committed(fpgaUuid, imageUuid, now);
    });
  }

  /** The FPGA's latest task as of now, if it ever had one. */
  Optional<LoadTask> current(String fpgaUuid) {
    // computeIfPresent stores the timed-out state, so every reader sees the same end time
    return Optional.ofNullable(tasks.computeIfPresent(fpgaUuid, (k, task) -> expire(task, clock.instant())));
  }

  /** The writer starts: committed → operating. */
  LoadTask start(String fpgaUuid) {
    return change(fpgaUuid, TaskState.COMMITTED, LoadTask::operating);
  }

  /** The writer ends: operating → valid or failed. */
  LoadTask finish(String fpgaUuid, boolean loaded) {
    return change(fpgaUuid, TaskState.OPERATING,
        t -> t.ended(loaded ? TaskState.VALID : TaskState.FAILED, clock.instant(), false));
  }

  private LoadTask change(String fpgaUuid, TaskState from, UnaryOperator<LoadTask> step) {
    LoadTask next = tasks.computeIfPresent(fpgaUuid, (k, task) -> {
      LoadTask current = expire(task, clock.instant());
      if (current.state() != from) {
        throw new IllegalStateException("the task of FPGA " + fpgaUuid + " is "
            + current.state().wireName() + (current.timedOut() ? " (timed out)" : "")
            + ", not " + from.wireName());
      }
      return step.apply(current);
    });
    if (next == null) {
      throw new IllegalStateException("FPGA " + fpgaUuid + " has no load task");
    }
    return next;
  }

  /** The task as of {@code now}: failed at its deadline when it was still active then. */
  private LoadTask expire(LoadTask task, Instant now) {
    if (task == null || !task.state().isActive()) {
      return task;
    }
    Instant deadline = task.committedAt().plus(timeout);
    return now.isBefore(deadline) ? task : task.ended(TaskState.FAILED, deadline, true);
  }
}
