package io.errcat.fpga;

import static io.errcat.catalogs.faas.FaasOperation.CREATE_FPGA_IMAGE;
import static io.errcat.catalogs.faas.FaasOperation.DELETE_FPGA_IMAGE;
import static io.errcat.catalogs.faas.FaasOperation.DELETE_PUBLISH_FPGA_IMAGE;
import static io.errcat.catalogs.faas.FaasOperation.PUBLISH_FPGA_IMAGE;
import static io.errcat.fpga.Fixture.ALICE;
import static io.errcat.fpga.Fixture.BOB;
import static io.errcat.fpga.Fixture.SHELL_A;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.errcat.catalogs.faas.FaasError;
import io.errcat.catalogs.faas.FaasException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImageLifecycleTest {
  private final Fixture f = new Fixture();
  private final CreateImageRequest request = new CreateImageRequest("design", SHELL_A, "bucket", "design.dcp");

  @Test
  void compiles_from_queued_through_compiling_to_success() {
    FpgaImage image = f.plane.createFpgaImage(ALICE, request);
    assertEquals(ImageState.QUEUED, image.state());
    assertEquals(f.clock.instant(), image.createdAt());
    assertEquals(List.of(image), f.plane.describeFpgaImages(ALICE));
    assertEquals(ImageState.COMPILING, f.plane.startCompile(image.uuid()).state());
    FpgaImage done = f.plane.finishCompile(image.uuid(), true);
    assertEquals(ImageState.SUCCESS, done.state());
    assertEquals("success", done.state().wireName());
    assertEquals(List.of(done), f.plane.describeFpgaImages(ALICE));
    assertEquals(List.of(), f.plane.describeFpgaImages(BOB));
  }

  @Test
  void a_failed_compilation_ends_failed_and_final() {
    FpgaImage image = f.queued(ALICE, SHELL_A);
    f.plane.startCompile(image.uuid());
    FpgaImage failed = f.plane.finishCompile(image.uuid(), false);
    assertEquals(ImageState.FAILED, failed.state());
    assertTrue(failed.state().isFinal());
    assertThrows(IllegalStateException.class, () -> f.plane.startCompile(image.uuid()));
    assertThrows(IllegalStateException.class, () -> f.plane.finishCompile(image.uuid(), true));
  }

  @Test
  void compile_steps_out_of_order_are_refused() {
    FpgaImage image = f.queued(ALICE, SHELL_A);
    assertThrows(IllegalStateException.class, () -> f.plane.finishCompile(image.uuid(), true));
    f.plane.startCompile(image.uuid());
    assertThrows(IllegalStateException.class, () -> f.plane.startCompile(image.uuid()));
    assertThrows(IllegalArgumentException.class, () -> f.plane.startCompile("no-such-image"));
    assertEquals(ImageState.COMPILING, f.plane.describeFpgaImages(ALICE).get(0).state());
  }

  @Test
  void only_ram_users_create_images() {
    for (CallerType type : new CallerType[] {CallerType.ACCOUNT, CallerType.STS_TOKEN}) {
      Expect.faas(FaasError.CALLER_TYPE_NOT_SUPPORT, CREATE_FPGA_IMAGE, 403,
          "The callerType is not supported, please use sub user's AK.",
          () -> f.plane.createFpgaImage(new Caller("alice", type), request));
    }
    assertEquals(List.of(), f.plane.describeFpgaImages(ALICE));
  }

  @Test
  void missing_parameters_and_unknown_shells_are_refused() {
    for (CreateImageRequest bad : List.of(
        new CreateImageRequest(" ", SHELL_A, "bucket", "o"),
        new CreateImageRequest("n", null, "bucket", "o"),
        new CreateImageRequest("n", SHELL_A, "", "o"),
        new CreateImageRequest("n", SHELL_A, "bucket", null))) {
      Expect.faas(FaasError.PARAMETER_INVALIDATE, CREATE_FPGA_IMAGE, 400,
          "Specify parameters are invalid.", () -> f.plane.createFpgaImage(ALICE, bad));
    }
    Expect.faas(FaasError.SHELL_NOT_SUPPORT, CREATE_FPGA_IMAGE, 404,
        "The shellUUID is not supported, please check your input shellUUID.",
        () -> f.plane.createFpgaImage(ALICE, new CreateImageRequest("n", "shell-x", "bucket", "o")));
    // refused requests do not count against the create interval
    assertEquals(ImageState.QUEUED, f.plane.createFpgaImage(ALICE, request).state());
  }

  @Test
  void one_create_per_half_hour_per_account() {
    f.plane.createFpgaImage(ALICE, request);
    f.clock.advance(Duration.ofMinutes(30).minusSeconds(1));
    FaasException e = Expect.faas(FaasError.FREQUENCY_ERROR, CREATE_FPGA_IMAGE, 503,
        "CreateFpgaImage task is allowed to take every half an hour.",
        () -> f.plane.createFpgaImage(ALICE, request));
    assertEquals(Duration.ofMinutes(30), e.retry().after());
    // another account is not held back
    f.plane.createFpgaImage(BOB, request);
    f.clock.advance(Duration.ofSeconds(1));
    f.plane.createFpgaImage(ALICE, request);
    assertEquals(2, f.plane.describeFpgaImages(ALICE).size());
  }

  @Test
  void thirty_images_per_account_and_deleting_frees_a_slot() {
    for (int i = 0; i < 30; i++) {
      f.queued(ALICE, SHELL_A);
    }
    Expect.faas(FaasError.IMAGE_NUMBER_EXCEED, CREATE_FPGA_IMAGE, 401,
        "The user is allowed to have no more than 30 images.",
        () -> f.plane.createFpgaImage(ALICE, request));
    f.plane.createFpgaImage(BOB, request);
    List<FpgaImage> images = f.plane.describeFpgaImages(ALICE);
    assertEquals(30, images.size());
    f.plane.deleteFpgaImage(ALICE, images.get(0).uuid());
    FpgaImage thirtieth = f.plane.createFpgaImage(ALICE, request);
    assertEquals(thirtieth, f.plane.describeFpgaImages(ALICE).get(29));
  }

  @Test
  void delete_only_own_images() {
    FpgaImage image = f.queued(ALICE, SHELL_A);
    for (String uuid : new String[] {"no-such-image", null}) {
      Expect.faas(FaasError.IMAGE_NOT_FOUND, DELETE_FPGA_IMAGE, 404, "The specify image does not found.",
          () -> f.plane.deleteFpgaImage(ALICE, uuid));
    }
    Expect.faas(FaasError.IMAGE_NOT_FOUND, DELETE_FPGA_IMAGE, 404, "The specify image does not found.",
        () -> f.plane.deleteFpgaImage(BOB, image.uuid()));
    f.plane.deleteFpgaImage(ALICE, image.uuid());
    assertEquals(List.of(), f.plane.describeFpgaImages(ALICE));
    Expect.faas(FaasError.IMAGE_NOT_FOUND, DELETE_FPGA_IMAGE, 404, "The specify image does not found.",
        () -> f.plane.deleteFpgaImage(ALICE, image.uuid()));
  }

  @Test
  void publish_only_own_successful_images_and_withdraw_them() {
    FpgaImage queued = f.queued(ALICE, SHELL_A);
    Expect.faas(FaasError.FPGA_IMAGE_STATE_ERROR, PUBLISH_FPGA_IMAGE, 404,
        "The specify fpga image is not in success state.", () -> f.plane.publishFpgaImage(ALICE, queued.uuid()));
    f.plane.startCompile(queued.uuid());
    Expect.faas(FaasError.FPGA_IMAGE_STATE_ERROR, PUBLISH_FPGA_IMAGE, 404,
        "The specify fpga image is not in success state.", () -> f.plane.publishFpgaImage(ALICE, queued.uuid()));
    f.plane.finishCompile(queued.uuid(), true);
    for (String uuid : new String[] {"no-such-image", null}) {
      Expect.faas(FaasError.FPGA_IMAGE_NOT_FOUND, PUBLISH_FPGA_IMAGE, 404,
          "The specify fpga image does not found.", () -> f.plane.publishFpgaImage(ALICE, uuid));
    }
    Expect.faas(FaasError.FPGA_IMAGE_NOT_FOUND, PUBLISH_FPGA_IMAGE, 404,
        "The specify fpga image does not found.", () -> f.plane.publishFpgaImage(BOB, queued.uuid()));
    // not published yet: nothing to withdraw
    Expect.faas(FaasError.IMAGE_NOT_FOUND, DELETE_PUBLISH_FPGA_IMAGE, 404, "The specify image does not found.",
        () -> f.plane.deletePublishFpgaImage(ALICE, queued.uuid()));

    assertTrue(f.plane.publishFpgaImage(ALICE, queued.uuid()).published());
    Expect.faas(FaasError.IMAGE_NOT_FOUND, DELETE_PUBLISH_FPGA_IMAGE, 404, "The specify image does not found.",
        () -> f.plane.deletePublishFpgaImage(BOB, queued.uuid()));
    assertFalse(f.plane.deletePublishFpgaImage(ALICE, queued.uuid()).published());
    assertFalse(f.plane.describeFpgaImages(ALICE).get(0).published());
  }

  @Test
  void a_failed_image_cannot_be_published() {
    FpgaImage image = f.queued(ALICE, SHELL_A);
    f.plane.startCompile(image.uuid());
    f.plane.finishCompile(image.uuid(), false);
    Expect.faas(FaasError.FPGA_IMAGE_STATE_ERROR, PUBLISH_FPGA_IMAGE, 404,
        "The specify fpga image is not in success state.", () -> f.plane.publishFpgaImage(ALICE, image.uuid()));
  }
}
