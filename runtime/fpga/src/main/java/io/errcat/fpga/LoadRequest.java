package io.errcat.fpga;

/**
 * The parameters of LoadFpgaImage that the model checks.
 *
 * @param instanceId the InstanceId
 * @param fpgaUuid the FpgaUUID of one of the instance's FPGAs
 * @param imageUuid the FpgaImageUUID to load
 */
public record LoadRequest(String instanceId, String fpgaUuid, String imageUuid) {
}
