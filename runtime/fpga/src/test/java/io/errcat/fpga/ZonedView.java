package io.errcat.fpga;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A test clock seen in another zone: the same instants, read from the same source. */
final class ZonedView extends Clock {
  private final Clock source;
  private final ZoneId zone;

  ZonedView(Clock source, ZoneId zone) {
    this.source = source;
    this.zone = zone;
  }

  @Override
  public Instant instant() {
    return source.instant();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return new ZonedView(source, other);
  }
}
