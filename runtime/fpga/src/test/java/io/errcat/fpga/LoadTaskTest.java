package io.errcat.fpga;

import static io.errcat.catalogs.faas.FaasOperation.DESCRIBE_FPGA_INSTANCES;
import static io.errcat.catalogs.faas.FaasOperation.DESCRIBE_LOAD_TASK_STATUS;
import static io.errcat.catalogs.faas.FaasOperation.LOAD_FPGA_IMAGE;
import static io.errcat.fpga.Fixture.ALICE;
import static io.errcat.fpga.Fixture.ALICE_INSTANCE;
import static io.errcat.fpga.Fixture.ALICE_PLAIN;
import static io.errcat.fpga.Fixture.BOB;
import static io.errcat.fpga.Fixture.BOB_FPGA;
import static io.errcat.fpga.Fixture.BOB_INSTANCE;
import static io.errcat.fpga.Fixture.FPGA_0;
import static io.errcat.fpga.Fixture.FPGA_B;
import static io.errcat.fpga.Fixture.SHELL_A;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.errcat.catalogs.faas.FaasError;
import io.errcat.catalogs.faas.FaasException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoadTaskTest {
  private final Fixture f = new Fixture();
  private final FpgaImage image = f.compiled(ALICE, SHELL_A);

  private Optional<LoadTask> status(String fpga) {
    return f.plane.describeLoadTaskStatus(ALICE, ALICE_INSTANCE, fpga);
  }

  @Test
  void loads_from_committed_through_operating_to_valid() {
    assertEquals(Optional.empty(), status(FPGA_0));
    Instant start = f.clock.instant();
    LoadTask committed = f.plane.loadFpgaImage(ALICE, f.load(FPGA_0, image));
    assertEquals(TaskState.COMMITTED, committed.state());
    assertEquals(start, committed.committedAt());
    assertEquals(Optional.of(committed), status(FPGA_0));
    f.clock.advance(Duration.ofMinutes(1));
    assertEquals(TaskState.OPERATING, f.plane.startLoad(FPGA_0).state());
    f.clock.advance(Duration.ofMinutes(1));
    LoadTask valid = f.plane.finishLoad(FPGA_0, true);
    assertEquals(TaskState.VALID, valid.state());
    assertEquals("valid", valid.state().wireName());
    assertEquals(Optional.of(image.uuid()), valid.loadedImageUuid());
    assertEquals(start.plusSeconds(120), valid.endedAt());
    assertFalse(valid.timedOut());
    // a valid task stays valid, whatever the clock says
    f.clock.advance(Duration.ofHours(1));
    assertEquals(Optional.of(valid), status(FPGA_0));
    // and the FPGA takes the next load
    assertEquals(TaskState.COMMITTED, f.plane.loadFpgaImage(ALICE, f.load(FPGA_0, image)).state());
  }

  @Test
  void a_failed_write_ends_failed_without_an_image() {
    f.plane.loadFpgaImage(ALICE, f.load(FPGA_0, image));
    f.plane.startLoad(FPGA_0);
    LoadTask failed = f.plane.finishLoad(FPGA_0, false);
    assertEquals(TaskState.FAILED, failed.state());
    assertEquals(Optional.empty(), failed.loadedImageUuid());
    assertThrows(IllegalStateException.class, () -> f.plane.finishLoad(FPGA_0, true));
    assertEquals(TaskState.COMMITTED, f.plane.loadFpgaImage(ALICE, f.load(FPGA_0, image)).state());
  }

  @Test
  void writer_steps_out_of_order_are_refused() {
    assertThrows(IllegalStateException.class, () -> f.plane.startLoad(FPGA_0));
    f.plane.loadFpgaImage(ALICE, f.load(FPGA_0, image));
    assertThrows(IllegalStateException.class, () -> f.plane.finishLoad(FPGA_0, true));
    f.plane.startLoad(FPGA_0);
    assertThrows(IllegalStateException.class, () -> f.plane.startLoad(FPGA_0));
    assertEquals(TaskState.OPERATING, status(FPGA_0).orElseThrow().state());
  }

  @Test
  void another_task_running_while_committed_or_operating() {
    f.plane.loadFpgaImage(ALICE, f.load(FPGA_0, image));
    FaasException e = Expect.faas(FaasError.ANOTHER_TASK_RUNNING, LOAD_FPGA_IMAGE, 503,
        "Another task is running, user is allowed to take this task half an hour.",
        () -> f.plane.loadFpgaImage(ALICE, f.load(FPGA_0, image)));
    assertTrue(e.retry().retryable());
    assertEquals(Duration.ofMinutes(10), e.retry().after());
    f.plane.startLoad(FPGA_0);
    Expect.faas(FaasError.ANOTHER_TASK_RUNNING, LOAD_FPGA_IMAGE, 503,
        "Another task is running, user is allowed to take this task half an hour.",
        () -> f.plane.loadFpgaImage(ALICE, f.load(FPGA_0, image)));
    // the refused loads left the running task alone
    assertEquals(TaskState.OPERATING, status(FPGA_0).orElseThrow().state());
  }

  @Test
  void an_operating_task_fails_when_the_clock_passes_ten_minutes() {
    Instant committedAt = f.clock.instant();
    f.plane.loadFpgaImage(ALICE, f.load(FPGA_0, image));
    f.plane.startLoad(FPGA_0);
    f.clock.advance(Duration.ofMinutes(10).minusNanos(1));
    assertEquals(TaskState.OPERATING, status(FPGA_0).orElseThrow().state());
    Expect.faas(FaasError.ANOTHER_TASK_RUNNING, LOAD_FPGA_IMAGE, 503,
        "Another task is running, user is allowed to take this task half an hour.",
        () -> f.plane.loadFpgaImage(ALICE, f.load(FPGA_0, image)));
    f.clock.advance(Duration.ofNanos(1));
    LoadTask ended = status(FPGA_0).orElseThrow();
    assertEquals(TaskState.FAILED, ended.state());
    assertTrue(ended.timedOut());
    assertEquals(committedAt.plus(Duration.ofMinutes(10)), ended.endedAt());
    // the writer's late answer does not revive it
    assertThrows(IllegalStateException.class, () -> f.plane.finishLoad(FPGA_0, true));
    f.clock.advance(Duration.ofMinutes(5));
    assertEquals(ended, status(FPGA_0).orElseThrow());
    assertEquals(TaskState.COMMITTED, f.plane.loadFpgaImage(ALICE, f.load(FPGA_0, image)).state());
  }

  @Test
  void a_committed_task_the_writer_never_starts_times_out_too() {
    f.plane.loadFpgaImage(ALICE, f.load(FPGA_0, image));
    f.clock.advance(Duration.ofMinutes(10));
    // the timeout is applied by the next load itself, without a status read first
    LoadTask next = f.plane.loadFpgaImage(ALICE, f.load(FPGA_0, image));
    assertEquals(f.clock.instant(), next.committedAt());
    f.clock.advance(Duration.ofMinutes(10));
    assertThrows(IllegalStateException.class, () -> f.plane.startLoad(FPGA_0));
  }

  @Test
  void unknown_or_foreign_instances_and_fpgas() {
    Expect.faas(FaasError.FPGA_NOT_FOUND, LOAD_FPGA_IMAGE, 404, "The fpga you specify is not found.",
        () -> f.plane.loadFpgaImage(ALICE, new LoadRequest("i-none", FPGA_0, image.uuid())));
    Expect.faas(FaasError.FPGA_NOT_FOUND, LOAD_FPGA_IMAGE, 404, "The fpga you specify is not found.",
        () -> f.plane.loadFpgaImage(ALICE, new LoadRequest(null, FPGA_0, image.uuid())));
    Expect.faas(FaasError.FPGA_NOT_FOUND, LOAD_FPGA_IMAGE, 404, "The fpga you specify is not found.",
        () -> f.plane.loadFpgaImage(ALICE, f.load("fpga-none", image)));
    Expect.faas(FaasError.YOU_HAVE_NO_ACCESS_TO_THIS_INSTANCE, LOAD_FPGA_IMAGE, 401,
        "You are not allowed to access this instance.",
        () -> f.plane.loadFpgaImage(ALICE, new LoadRequest(BOB_INSTANCE, BOB_FPGA, image.uuid())));
    assertEquals(Optional.empty(), f.plane.describeLoadTaskStatus(BOB, BOB_INSTANCE, BOB_FPGA));
  }

  @Test
  void unknown_foreign_and_unfinished_images() {
    Expect.faas(FaasError.IMAGE_NOT_FOUND, LOAD_FPGA_IMAGE, 404, "The fpga image you specify is not found.",
        () -> f.plane.loadFpgaImage(ALICE, new LoadRequest(ALICE_INSTANCE, FPGA_0, "no-such-image")));
    Expect.faas(FaasError.IMAGE_NOT_FOUND, LOAD_FPGA_IMAGE, 404, "The fpga image you specify is not found.",
        () -> f.plane.loadFpgaImage(ALICE, new LoadRequest(ALICE_INSTANCE, FPGA_0, null)));
    FpgaImage bobs = f.compiled(BOB, SHELL_A);
    Expect.faas(FaasError.IMAGE_ACCESS_ERROR, LOAD_FPGA_IMAGE, 401,
        "You are not allowed to access this fpga image.", () -> f.plane.loadFpgaImage(ALICE, f.load(FPGA_0, bobs)));
    FpgaImage queued = f.queued(ALICE, SHELL_A);
    String notSuccess = "The fpga image you specify is not in success state.";
    Expect.faas(FaasError.IMAGE_NOT_IN_SUCCESS_STATE, LOAD_FPGA_IMAGE, 404, notSuccess,
        () -> f.plane.loadFpgaImage(ALICE, f.load(FPGA_0, queued)));
    f.plane.startCompile(queued.uuid());
    Expect.faas(FaasError.IMAGE_NOT_IN_SUCCESS_STATE, LOAD_FPGA_IMAGE, 404, notSuccess,
        () -> f.plane.loadFpgaImage(ALICE, f.load(FPGA_0, queued)));
    f.plane.finishCompile(queued.uuid(), false);
    Expect.faas(FaasError.IMAGE_NOT_IN_SUCCESS_STATE, LOAD_FPGA_IMAGE, 404, notSuccess,
        () -> f.plane.loadFpgaImage(ALICE, f.load(FPGA_0, queued)));
    assertEquals(Optional.empty(), status(FPGA_0));
  }

  @Test
  void the_image_shell_must_equal_the_fpga_shell() {
    Expect.faas(FaasError.SHELL_NOT_MATCH, LOAD_FPGA_IMAGE, 404, "The imageShell is not match with fpgaShell.",
        () -> f.plane.loadFpgaImage(ALICE, f.load(FPGA_B, image)));
    assertEquals(Optional.empty(), status(FPGA_B));
  }

  @Test
  void marketplace_images_load_anywhere_and_are_all_sts_tokens_may_load() {
    Caller sts = new Caller("alice", CallerType.STS_TOKEN);
    Expect.faas(FaasError.ASSUME_ROLE_USER_NOT_SUPPORT, LOAD_FPGA_IMAGE, 403,
        "AssumeRoleUser only support loading market fpga images.",
        () -> f.plane.loadFpgaImage(sts, f.load(FPGA_0, image)));
    FpgaImage market = f.compiled(BOB, SHELL_A);
    f.plane.publishFpgaImage(BOB, market.uuid());
    assertEquals(market.uuid(), f.plane.loadFpgaImage(sts, f.load(FPGA_0, market)).imageUuid());
    assertEquals(market.uuid(), f.plane.loadFpgaImage(ALICE, f.load(Fixture.FPGA_1, market)).imageUuid());
  }

  @Test
  void load_task_status_of_unknown_or_foreign_instances_and_fpgas() {
    String notAuthorized = "You are not allowed to access this instance.";
    Expect.faas(FaasError.NOT_AUTHORIZED, DESCRIBE_LOAD_TASK_STATUS, 401, notAuthorized,
        () -> f.plane.describeLoadTaskStatus(ALICE, "i-none", FPGA_0));
    Expect.faas(FaasError.NOT_AUTHORIZED, DESCRIBE_LOAD_TASK_STATUS, 401, notAuthorized,
        () -> f.plane.describeLoadTaskStatus(ALICE, BOB_INSTANCE, BOB_FPGA));
    FaasException e = Expect.faas(FaasError.FPGA_NOT_FOUND, DESCRIBE_LOAD_TASK_STATUS, 404,
        "The fpga you specify is not found.", () -> f.plane.describeLoadTaskStatus(ALICE, ALICE_INSTANCE, "fpga-none"));
    // same code and text as LoadFpgaImage's, but the operation's own variant
    assertEquals(FaasError.FPGA_NOT_FOUND.variant(DESCRIBE_LOAD_TASK_STATUS).description(),
        "The error message returned because the specified fpgauuid parameter does not exist. Check the input parameters.");
    assertEquals(DESCRIBE_LOAD_TASK_STATUS.id(), e.operationId());
  }

  @Test
  void describe_instances_by_caller_type_and_instance() {
    assertEquals(3, f.plane.describeFpgaInstances(ALICE, ALICE_INSTANCE).fpgas().size());
    assertEquals(ALICE_INSTANCE,
        f.plane.describeFpgaInstances(new Caller("alice", CallerType.STS_TOKEN), ALICE_INSTANCE).instanceId());
    Expect.faas(FaasError.CALLER_TYPE_NOT_SUPPORT, DESCRIBE_FPGA_INSTANCES, 403, "The callerType is not supported.",
        () -> f.plane.describeFpgaInstances(new Caller("alice", CallerType.ACCOUNT), ALICE_INSTANCE));
    String notAuthorized = "You are not allowed to access this instance.";
    Expect.faas(FaasError.NOT_AUTHORIZED, DESCRIBE_FPGA_INSTANCES, 401, notAuthorized,
        () -> f.plane.describeFpgaInstances(ALICE, "i-none"));
    Expect.faas(FaasError.NOT_AUTHORIZED, DESCRIBE_FPGA_INSTANCES, 401, notAuthorized,
        () -> f.plane.describeFpgaInstances(ALICE, BOB_INSTANCE));
    Expect.faas(FaasError.INSTANCE_INVALIDATE, DESCRIBE_FPGA_INSTANCES, 404, "The instance you specify is not FPGA type.",
        () -> f.plane.describeFpgaInstances(ALICE, ALICE_PLAIN));
  }
}
