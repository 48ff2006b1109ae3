package io.errcat.fpga;

/**
 * The parameters of CreateFpgaImage that the model checks: the design checkpoint in OSS and the
 * shell it targets.
 *
 * @param name the image name
 * @param shellUuid the ShellUUID the image is compiled for
 * @param bucket the OSS bucket of the design
 * @param object the OSS object of the design
 */
public record CreateImageRequest(String name, String shellUuid, String bucket, String object) {
}
