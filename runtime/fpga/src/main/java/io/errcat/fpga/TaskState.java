package io.errcat.fpga;

import java.util.Locale;

/**
 * The {@code TaskStatus} of an FPGA's load task: {@code committed → operating → valid | failed}.
 */
public enum TaskState {
  /** Accepted by LoadFpgaImage, not yet being written to the FPGA. */
  COMMITTED,
  /** The image is being written to the FPGA. */
  OPERATING,
  /** Done: the FPGA holds the task's image. */
  VALID,
  /** Ended without loading: the writer reported a failure or the task timed out. */
  FAILED;

  /**
   * The value as {@code faascmd fpga_status} shows it.
   *
   * @return the lower-case name, e.g. {@code operating}
   */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether a task in this state still occupies its FPGA (a new load gets ANOTHER TASK RUNNING).
   *
   * @return {@code true} for {@link #COMMITTED} and {@link #OPERATING}
   */
  public boolean isActive() {
    return this == COMMITTED || this == OPERATING;
  }
}
