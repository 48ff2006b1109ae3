package io.errcat.fpga;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/** A control plane with two accounts, their instances and a clock the test moves. */
final class Fixture {
  static final String SHELL_A = "shell-a";
  static final String SHELL_B = "shell-b";
  static final Caller ALICE = Caller.ramUser("alice");
  static final Caller BOB = Caller.ramUser("bob");
  /** Alice's FPGA instance: two FPGAs of shell A and one of shell B. */
  static final String ALICE_INSTANCE = "i-alice";
  static final String FPGA_0 = "fpga-0";
  static final String FPGA_1 = "fpga-1";
  static final String FPGA_B = "fpga-b";
  /** Alice's instance without FPGAs. */
  static final String ALICE_PLAIN = "i-alice-plain";
  static final String BOB_INSTANCE = "i-bob";
  static final String BOB_FPGA = "fpga-bob";

  final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
  final FaasControlPlane plane;

  Fixture() {
    this(UnaryOperator.identity());
  }

  /** With the plane reading the time through {@code wrap} of the test clock. */
  Fixture(UnaryOperator<Clock> wrap) {
    plane = new FaasControlPlane(wrap.apply(clock), FaasLimits.DOCUMENTED, Set.of(SHELL_A, SHELL_B));
    plane.putInstance(new FpgaInstance(ALICE_INSTANCE, "alice", List.of(
        new FpgaDevice(FPGA_0, SHELL_A), new FpgaDevice(FPGA_1, SHELL_A), new FpgaDevice(FPGA_B, SHELL_B))));
    plane.putInstance(new FpgaInstance(ALICE_PLAIN, "alice", List.of()));
    plane.putInstance(new FpgaInstance(BOB_INSTANCE, "bob", List.of(new FpgaDevice(BOB_FPGA, SHELL_A))));
  }

  /** A new image of the caller, in the queued state; moves the clock past the create interval. */
  FpgaImage queued(Caller caller, String shell) {
    FpgaImage image = plane.createFpgaImage(caller, new CreateImageRequest("design", shell, "bucket", "design.dcp"));
    clock.advance(Duration.ofMinutes(30));
    return image;
  }

  /** A new compiled image of the caller. */
  FpgaImage compiled(Caller caller, String shell) {
    FpgaImage image = queued(caller, shell);
    plane.startCompile(image.uuid());
    return plane.finishCompile(image.uuid(), true);
  }

  LoadRequest load(String fpga, FpgaImage image) {
    return new LoadRequest(ALICE_INSTANCE, fpga, image.uuid());
  }
}
