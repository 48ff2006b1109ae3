package io.errcat.fpga;

import java.time.Duration;
import java.util.Objects;

/**
 * The control plane's limits.
 *
 * @param maxImagesPerAccount images an account may hold (IMAGE NUMBER EXCEED beyond)
 * @param createInterval the least time between two CreateFpgaImage of an account (FREQUENCY ERROR)
 * @param loadTimeout how long a load task may stay active before it ends as failed
 */
public record FaasLimits(int maxImagesPerAccount, Duration createInterval, Duration loadTimeout) {
  /** The documents' limits: 30 images, one CreateFpgaImage per 30 minutes, a 10-minute load timeout. */
  public static final FaasLimits DOCUMENTED = new FaasLimits(30, Duration.ofMinutes(30), Duration.ofMinutes(10));

  /**
   * Checks the components.
   *
   * @param maxImagesPerAccount see the record component
   * @param createInterval see the record component
   * @param loadTimeout see the record component
   */
  public FaasLimits {
    Objects.requireNonNull(createInterval, "createInterval");
    Objects.requireNonNull(loadTimeout, "loadTimeout");
    if (maxImagesPerAccount < 1) {
      throw new IllegalArgumentException("maxImagesPerAccount < 1: " + maxImagesPerAccount);
    }
    if (createInterval.isNegative() || loadTimeout.isNegative() || loadTimeout.isZero()) {
      throw new IllegalArgumentException("bad durations: " + createInterval + ", " + loadTimeout);
    }
  }
}
