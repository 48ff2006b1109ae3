package io.errcat.fpga;

import java.time.Instant;
import java.util.Objects;

/**
 * An FPGA image as {@code faascmd list_images} shows it. Immutable: a state change is a new value.
 *
 * @param uuid the FpgaImageUUID
 * @param ownerAccountId the account that created it
 * @param name the image name
 * @param shellUuid the shell the image was compiled for (ShellUUID)
 * @param state the compile state
 * @param createdAt when CreateFpgaImage accepted it
 * @param published whether PublishFpgaImage made it a marketplace image, loadable by any account
 */
public record FpgaImage(String uuid, String ownerAccountId, String name, String shellUuid,
    ImageState state, Instant createdAt, boolean published) {
  /**
   * Checks the components.
   *
   * @param uuid see the record component
   * @param ownerAccountId see the record component
   * @param name see the record component
   * @param shellUuid see the record component
   * @param state see the record component
   * @param createdAt see the record component
   * @param published see the record component
   */
  public FpgaImage {
    Objects.requireNonNull(uuid, "uuid");
    Objects.requireNonNull(ownerAccountId, "ownerAccountId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(shellUuid, "shellUuid");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /**
   * This image in another state.
   *
   * @param next the new state
   * @return the copy
   */
  public FpgaImage withState(ImageState next) {
    return new FpgaImage(uuid, ownerAccountId, name, shellUuid, next, createdAt, published);
  }

  /**
   * This image published to the marketplace or withdrawn from it.
   *
   * @param next whether it is published
   * @return the copy
   */
  public FpgaImage withPublished(boolean next) {
    return new FpgaImage(uuid, ownerAccountId, name, shellUuid, state, createdAt, next);
  }
}
