package io.errcat.fpga;

import static io.errcat.catalogs.faas.FaasOperation.DESCRIBE_FPGA_INSTANCES;
import static io.errcat.catalogs.faas.FaasOperation.DESCRIBE_LOAD_TASK_STATUS;
import static io.errcat.catalogs.faas.FaasOperation.LOAD_FPGA_IMAGE;

import io.errcat.catalogs.faas.FaasException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The FaaS control plane that {@code faascmd} talks to, in process. The public operations are the
 * API's (CreateFpgaImage, LoadFpgaImage, ...) and throw the generated {@link FaasException} of
 * the catalog entry for that operation. The back end's events (the compile farm and the FPGA
 * writer finishing their work) are explicit methods, so callers and tests decide when they happen;
 * time comes only from the injected {@link Clock}, and nothing sleeps.
 *
 * <p>Thread-safe. Each FPGA has at most one active load task at any moment; FPGAs are independent
 * (no lock is shared between them).
 */
public final class FaasControlPlane {
  private final ImageRegistry images;
  private final LoadTasks loads;
  private final Map<String, FpgaInstance> instances = new ConcurrentHashMap<>();

  /**
   * A control plane.
   *
   * @param clock the only source of time
   * @param limits the image and load limits, e.g. {@link FaasLimits#DOCUMENTED}
   * @param supportedShells the ShellUUIDs CreateFpgaImage accepts
   */
  public FaasControlPlane(Clock clock, FaasLimits limits, Set<String> supportedShells) {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(limits, "limits");
    this.images = new ImageRegistry(clock, limits, supportedShells);
    this.loads = new LoadTasks(clock, limits.loadTimeout());
  }

  /**
   * Adds or replaces an ECS instance (the model's stand-in for ECS).
   *
   * @param instance the instance and its FPGAs
   */
  public void putInstance(FpgaInstance instance) {
    instances.put(instance.instanceId(), instance);
  }

  // ---- API operations -------------------------------------------------------------------------

  /**
   * CreateFpgaImage ({@code faascmd create_image}): queues the compilation of an image.
   *
   * @param caller who asks; only RAM users may create images
   * @param request the design and its shell
   * @return the new image, {@link ImageState#QUEUED}
   * @throws FaasException CALLER TYPE NOT SUPPORT, PARAMETER INVALIDATE, SHELL NOT SUPPORT,
   *     IMAGE NUMBER EXCEED (30 images), FREQUENCY ERROR (one per 30 minutes)
   */
  public FpgaImage createFpgaImage(Caller caller, CreateImageRequest request) {
    return images.create(caller, request);
  }

  /**
   * DescribeFpgaImages ({@code faascmd list_images}).
   *
   * @param caller who asks
   * @return the caller's images, oldest first
   */
  public List<FpgaImage> describeFpgaImages(Caller caller) {
    return images.describe(caller);
  }

  /**
   * DeleteFpgaImage ({@code faascmd delete_image}).
   *
   * @param caller who asks
   * @param imageUuid the FpgaImageUUID
   * @throws FaasException IMAGE NOT FOUND when the caller has no such image
   */
  public void deleteFpgaImage(Caller caller, String imageUuid) {
    images.delete(caller, imageUuid);
  }

  /**
   * PublishFpgaImage ({@code faascmd publish_image}): makes a compiled image a marketplace image.
   *
   * @param caller who asks
   * @param imageUuid the FpgaImageUUID
   * @return the published image
   * @throws FaasException FPGA IMAGE NOT FOUND, FPGA IMAGE STATE ERROR (not {@code success})
   */
  public FpgaImage publishFpgaImage(Caller caller, String imageUuid) {
    return images.publish(caller, imageUuid);
  }

  /**
   * DeletePublishFpgaImage: withdraws a published image from the marketplace.
   *
   * @param caller who asks
   * @param imageUuid the FpgaImageUUID
   * @return the image, no longer published
   * @throws FaasException IMAGE NOT FOUND when the caller has no such published image
   */
  public FpgaImage deletePublishFpgaImage(Caller caller, String imageUuid) {
    return images.deletePublish(caller, imageUuid);
  }

  /**
   * DescribeFpgaInstances ({@code faascmd list_instances}).
   *
   * @param caller who asks; RAM users and STS tokens only
   * @param instanceId the InstanceId
   * @return the instance and its FPGAs
   * @throws FaasException CALLER TYPE NOT SUPPORT, NOT AUTHORIZED (no such instance of the
   *     caller's), INSTANCE INVALIDATE (no FPGAs)
   */
  public FpgaInstance describeFpgaInstances(Caller caller, String instanceId) {
    if (caller.type() == CallerType.ACCOUNT) {
      throw FaasException.callerTypeNotSupport(DESCRIBE_FPGA_INSTANCES);
    }
    FpgaInstance instance = ownInstance(caller, instanceId)
        .orElseThrow(() -> FaasException.notAuthorized(DESCRIBE_FPGA_INSTANCES));
    if (instance.fpgas().isEmpty()) {
      throw FaasException.instanceInvalidate().withOperation(DESCRIBE_FPGA_INSTANCES);
    }
    return instance;
  }

  /**
   * LoadFpgaImage ({@code faascmd download_image}): commits a load task on an FPGA.
   *
   * @param caller who asks; STS tokens may only load marketplace images
   * @param request the instance, FPGA and image
   * @return the new task, {@link TaskState#COMMITTED}
   * @throws FaasException FPGA NOT FOUND, YOU HAVE NO ACCESS TO THIS INSTANCE, IMAGE NOT FOUND,
   *     IMAGE ACCESS ERROR, ASSUME ROLE USER NOT SUPPORT, Image not in success state,
   *     SHELL NOT MATCH, ANOTHER TASK RUNNING (the FPGA's task is still active)
   */
  public LoadTask loadFpgaImage(Caller caller, LoadRequest request) {
    FpgaInstance instance = instance(request.instanceId())
        .orElseThrow(() -> FaasException.fpgaNotFound(LOAD_FPGA_IMAGE));
    if (!instance.ownerAccountId().equals(caller.accountId())) {
      throw FaasException.youHaveNoAccessToThisInstance().withOperation(LOAD_FPGA_IMAGE);
    }
    FpgaDevice fpga = instance.fpga(request.fpgaUuid())
        .orElseThrow(() -> FaasException.fpgaNotFound(LOAD_FPGA_IMAGE));
    FpgaImage image = images.find(request.imageUuid())
        .orElseThrow(() -> FaasException.imageNotFound(LOAD_FPGA_IMAGE));
    boolean own = image.ownerAccountId().equals(caller.accountId());
    if (!own && !image.published()) {
      throw FaasException.imageAccessError().withOperation(LOAD_FPGA_IMAGE);
    }
    if (caller.type() == CallerType.STS_TOKEN && !image.published()) {
      throw FaasException.assumeRoleUserNotSupport().withOperation(LOAD_FPGA_IMAGE);
    }
    if (image.state() != ImageState.SUCCESS) {
      throw FaasException.imageNotInSuccessState().withOperation(LOAD_FPGA_IMAGE);
    }
    if (!image.shellUuid().equals(fpga.shellUuid())) {
      throw FaasException.shellNotMatch().withOperation(LOAD_FPGA_IMAGE);
    }
    return loads.commit(fpga.fpgaUuid(), image.uuid());
  }

  /**
   * DescribeLoadTaskStatus ({@code faascmd fpga_status}).
   *
   * @param caller who asks
   * @param instanceId the InstanceId
   * @param fpgaUuid the FpgaUUID
   * @return the FPGA's latest task as of now, or empty when it never had one
   * @throws FaasException NOT AUTHORIZED (no such instance of the caller's), FPGA NOT FOUND
   */
  public Optional<LoadTask> describeLoadTaskStatus(Caller caller, String instanceId, String fpgaUuid) {
    FpgaInstance instance = ownInstance(caller, instanceId)
        .orElseThrow(() -> FaasException.notAuthorized(DESCRIBE_LOAD_TASK_STATUS));
    FpgaDevice fpga = instance.fpga(fpgaUuid)
        .orElseThrow(() -> FaasException.fpgaNotFound(DESCRIBE_LOAD_TASK_STATUS));
    return loads.current(fpga.fpgaUuid());
  }

  // ---- back-end events ------------------------------------------------------------------------

  /**
   * The compile farm picks an image up: {@code queued → compiling}.
   *
   * @param imageUuid the image
   * @return the image, {@link ImageState#COMPILING}
   * @throws IllegalStateException when the image is not queued
   * @throws IllegalArgumentException when there is no such image
   */
  public FpgaImage startCompile(String imageUuid) {
    return images.advance(imageUuid, ImageState.QUEUED, ImageState.COMPILING);
  }

  /**
   * The compile farm is done: {@code compiling → success | failed}.
   *
   * @param imageUuid the image
   * @param succeeded whether the compilation succeeded
   * @return the image in its final state
   * @throws IllegalStateException when the image is not compiling
   * @throws IllegalArgumentException when there is no such image
   */
  public FpgaImage finishCompile(String imageUuid, boolean succeeded) {
    return images.advance(imageUuid, ImageState.COMPILING,
        succeeded ? ImageState.SUCCESS : ImageState.FAILED);
  }

  /**
   * The FPGA writer starts the FPGA's committed task: {@code committed → operating}.
   *
   * @param fpgaUuid the FPGA
   * @return the task, {@link TaskState#OPERATING}
   * @throws IllegalStateException when the FPGA's task is not committed (or has timed out)
   */
  public LoadTask startLoad(String fpgaUuid) {
    return loads.start(fpgaUuid);
  }

  /**
   * The FPGA writer is done: {@code operating → valid | failed}.
   *
   * @param fpgaUuid the FPGA
   * @param loaded whether the image was written
   * @return the task in its final state
   * @throws IllegalStateException when the FPGA's task is not operating (or has timed out)
   */
  public LoadTask finishLoad(String fpgaUuid, boolean loaded) {
    return loads.finish(fpgaUuid, loaded);
  }

  private Optional<FpgaInstance> instance(String instanceId) {
    return instanceId == null ? Optional.empty() : Optional.ofNullable(instances.get(instanceId));
  }

  private Optional<FpgaInstance> ownInstance(Caller caller, String instanceId) {
    return instance(instanceId).filter(i -> i.ownerAccountId().equals(caller.accountId()));
  }
}
