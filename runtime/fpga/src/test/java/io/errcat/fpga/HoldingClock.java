package io.errcat.fpga;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.CountDownLatch;

/** A clock that holds one chosen thread inside its next read until released. */
final class HoldingClock extends Clock {
  private final Clock time;
  private volatile Thread held;
  final CountDownLatch entered = new CountDownLatch(1);
  final CountDownLatch release = new CountDownLatch(1);

  HoldingClock(Clock time) {
    this.time = time;
  }

  /** The calling thread's next read of the clock waits for {@link #release}. */
  void holdCurrentThread() {
    held = Thread.currentThread();
  }

  @Override
  public Instant instant() {
    if (Thread.currentThread() == held) {
      held = null;
      entered.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while held", e);
      }
    }
    return time.instant();
  }

  @Override
  public ZoneId getZone() {
    return time.getZone();
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new ZonedView(this, zone);
  }
}
