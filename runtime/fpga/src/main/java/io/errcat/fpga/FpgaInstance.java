package io.errcat.fpga;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An ECS instance as {@code faascmd list_instances} shows it; one without FPGAs is not of the
 * FPGA type.
 *
 * @param instanceId the InstanceId
 * @param ownerAccountId the account that owns it
 * @param fpgas its FPGAs, possibly none
 */
public record FpgaInstance(String instanceId, String ownerAccountId, List<FpgaDevice> fpgas) {
  /**
   * Checks and copies the components.
   *
   * @param instanceId see the record component
   * @param ownerAccountId see the record component
   * @param fpgas see the record component
   */
  public FpgaInstance {
    Objects.requireNonNull(instanceId, "instanceId");
    Objects.requireNonNull(ownerAccountId, "ownerAccountId");
    fpgas = List.copyOf(fpgas);
  }

  /**
   * One of its FPGAs.
   *
   * @param fpgaUuid the FpgaUUID
   * @return the FPGA, or empty when the instance has none of that id
   */
  public Optional<FpgaDevice> fpga(String fpgaUuid) {
    for (FpgaDevice f : fpgas) { // on every load: a loop, not a stream pipeline per call
      if (f.fpgaUuid().equals(fpgaUuid)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
