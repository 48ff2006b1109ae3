package io.errcat.fpga;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The load task of one FPGA, as {@code faascmd fpga_status} shows it. Immutable: a state change
 * is a new value.
 *
 * @param fpgaUuid the FPGA it loads
 * @param imageUuid the image it loads
 * @param state where it is
 * @param committedAt when LoadFpgaImage accepted it; the timeout runs from here
 * @param endedAt when it became {@link TaskState#VALID} or {@link TaskState#FAILED}, else {@code null}
 * @param timedOut whether it failed because it was still active when the timeout passed
 */
public record LoadTask(String fpgaUuid, String imageUuid, TaskState state, Instant committedAt,
    Instant endedAt, boolean timedOut) {
  /**
   * Checks the components.
   *
   * @param fpgaUuid see the record component
   * @param imageUuid see the record component
   * @param state see the record component
   * @param committedAt see the record component
   * @param endedAt see the record component
   * @param timedOut see the record component
   */
  public LoadTask {
    Objects.requireNonNull(fpgaUuid, "fpgaUuid");
    Objects.requireNonNull(imageUuid, "imageUuid");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(committedAt, "committedAt");
    if (state.isActive() != (endedAt == null)) {
      throw new IllegalArgumentException("endedAt must be set exactly when the task has ended: " + state);
    }
    if (timedOut && state != TaskState.FAILED) {
      throw new IllegalArgumentException("only a failed task can have timed out");
    }
  }

  /**
   * A task just accepted by LoadFpgaImage.
   *
   * @param fpgaUuid the FPGA
   * @param imageUuid the image
   * @param now the time of the request
   * @return the task, {@link TaskState#COMMITTED}
   */
  static LoadTask committed(String fpgaUuid, String imageUuid, Instant now) {
    return new LoadTask(fpgaUuid, imageUuid, TaskState.COMMITTED, now, null, false);
  }

  /**
   * The image the FPGA holds after this task.
   *
   * @return the image uuid when the task is {@link TaskState#VALID}, else empty
   */
  public Optional<String> loadedImageUuid() {
    return state == TaskState.VALID ? Optional.of(imageUuid) : Optional.empty();
  }

  /**
   * This task in the next active state.
   *
   * @return the copy, {@link TaskState#OPERATING}
   */
  LoadTask operating() {
    return new LoadTask(fpgaUuid, imageUuid, TaskState.OPERATING, committedAt, null, false);
  }

  /**
   * This task ended.
   *
   * @param end {@link TaskState#VALID} or {@link TaskState#FAILED}
   * @param at when it ended
   * @param byTimeout whether the timeout ended it
   * @return the copy
   */
  LoadTask ended(TaskState end, Instant at, boolean byTimeout) {
    return new LoadTask(fpgaUuid, imageUuid, end, committedAt, at, byTimeout);
  }
}
