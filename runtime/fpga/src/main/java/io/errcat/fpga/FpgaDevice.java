package io.errcat.fpga;

import java.util.Objects;

/**
 * One FPGA of an instance.
 *
 * @param fpgaUuid the FpgaUUID
 * @param shellUuid the shell the FPGA runs; only images of this shell can be loaded onto it
 */
public record FpgaDevice(String fpgaUuid, String shellUuid) {
  /**
   * Checks the components.
   *
   * @param fpgaUuid see the record component
   * @param shellUuid see the record component
   */
  public FpgaDevice {
    Objects.requireNonNull(fpgaUuid, "fpgaUuid");
    Objects.requireNonNull(shellUuid, "shellUuid");
  }
}
