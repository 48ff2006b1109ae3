package io.errcat.samples.faas;

import static io.errcat.catalogs.faas.FaasOperation.CREATE_FPGA_IMAGE;
import static io.errcat.catalogs.faas.FaasOperation.DESCRIBE_FPGA_INSTANCES;

import io.errcat.catalogs.faas.FaasException;
import io.errcat.catalogs.faas.FaasOperation;
import io.errcat.fpga.CreateImageRequest;
import io.errcat.fpga.FaasControlPlane;
import io.errcat.fpga.FpgaDevice;
import io.errcat.fpga.FpgaImage;
import io.errcat.fpga.FpgaInstance;
import io.errcat.fpga.LoadRequest;
import io.errcat.fpga.LoadTask;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The actions of API version 2017-08-24, each from its parameters to its success body. What the
 * control plane does not model is checked here, before anything changes: the caller's default
 * role and OSS bucket and object for CreateFpgaImageTask, the ECS permission for
 * DescribeFpgaInstances, RAM permissions for {@code auth}.
 */
final class Actions {
  /** The API version the service speaks. */
  static final String VERSION = "2017-08-24";

  private final FaasControlPlane plane;
  private final Directory directory;
  private final Backend backend;

  Actions(FaasControlPlane plane, Directory directory, Backend backend) {
    this.plane = plane;
    this.directory = directory;
    this.backend = backend;
  }

  /**
   * Runs an action.
   *
   * @return the body's members after {@code RequestId}
   * @throws FaasException the action's error
   */
  Map<String, Object> run(String action, PopAuth.Verified who, Map<String, String> p) {
    FaasOperation op = operation(action)
        .orElseThrow(FaasException::parameterInvalidate); // not an action of this API
    return switch (op) {
      case CREATE_FPGA_IMAGE -> create(who, p);
      case DESCRIBE_FPGA_IMAGES -> describeImages(who);
      case DELETE_FPGA_IMAGE -> {
        plane.deleteFpgaImage(who.caller(), required(p, "FpgaImageUUID", op));
        yield new LinkedHashMap<>();
      }
      case PUBLISH_FPGA_IMAGE -> {
        FpgaImage image = plane.publishFpgaImage(who.caller(), required(p, "FpgaImageUUID", op));
        Map<String, Object> body = image(image);
        Optional.ofNullable(p.get("ImageID")).ifPresent(id -> body.put("ImageID", id));
        yield body;
      }
      case DELETE_PUBLISH_FPGA_IMAGE -> image(plane.deletePublishFpgaImage(who.caller(),
          required(p, "FpgaImageUUID", op)));
      case DESCRIBE_FPGA_INSTANCES -> describeInstances(who, required(p, "InstanceId", op));
      case LOAD_FPGA_IMAGE -> load(who, p, op);
      case DESCRIBE_LOAD_TASK_STATUS -> status(who, required(p, "InstanceId", op),
          required(p, "FpgaUUID", op));
      case AUTH -> auth(who);
    };
  }

  /** The operation whose RPC action this is (exactly: an operation's id is no action). */
  static Optional<FaasOperation> operation(String action) {
    return FaasOperation.fromId(action).filter(o -> o.action().equals(action));
  }

  private Map<String, Object> create(PopAuth.Verified who, Map<String, String> p) {
    String bucketName = required(p, "Bucket", CREATE_FPGA_IMAGE);
    String object = required(p, "Object", CREATE_FPGA_IMAGE);
    String shell = required(p, "ShellUUID", CREATE_FPGA_IMAGE);
    String name = required(p, "Name", CREATE_FPGA_IMAGE);
    String account = who.caller().accountId();
    // FaaS reads the design from OSS as the account's default role
    if (!directory.hasDefaultRole(account)) {
      throw FaasException.entityNotExistRoleError().withOperation(CREATE_FPGA_IMAGE);
    }
    Directory.Bucket bucket = directory.bucket(bucketName)
        .orElseThrow(() -> FaasException.noSuchBucketError().withOperation(CREATE_FPGA_IMAGE));
    if (!bucket.ownerAccountId().equals(account)) {
      throw FaasException.accessDeniedError().withOperation(CREATE_FPGA_IMAGE);
    }
    if (!bucket.objects().contains(object)) {
      throw FaasException.ossObjectNotFound().withOperation(CREATE_FPGA_IMAGE);
    }
    FpgaImage image = plane.createFpgaImage(who.caller(),
        new CreateImageRequest(name, shell, bucketName, object));
    backend.compile(image, !bucket.failingObjects().contains(object));
    return image(image);
  }

  private Map<String, Object> describeImages(PopAuth.Verified who) {
    List<Object> images = new ArrayList<>();
    for (FpgaImage i : plane.describeFpgaImages(who.caller())) {
      images.add(image(i));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("FpgaImages", Map.of("FpgaImage", images));
    return body;
  }

  private Map<String, Object> describeInstances(PopAuth.Verified who, String instanceId) {
    if (!who.ecsDescribe()) {
      throw FaasException.notAuthorized(DESCRIBE_FPGA_INSTANCES);
    }
    FpgaInstance instance = plane.describeFpgaInstances(who.caller(), instanceId);
    List<Object> fpgas = new ArrayList<>();
    for (FpgaDevice f : instance.fpgas()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("FpgaUUID", f.fpgaUuid());
      m.put("ShellUUID", f.shellUuid());
      plane.describeLoadTaskStatus(who.caller(), instanceId, f.fpgaUuid())
          .ifPresent(t -> m.put("TaskStatus", t.state().wireName()));
      fpgas.add(m);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("InstanceId", instance.instanceId());
    body.put("Fpgas", Map.of("Fpga", fpgas));
    return body;
  }

  private Map<String, Object> load(PopAuth.Verified who, Map<String, String> p, FaasOperation op) {
    LoadTask task = plane.loadFpgaImage(who.caller(), new LoadRequest(
        required(p, "InstanceId", op), required(p, "FpgaUUID", op),
        required(p, "FpgaImageUUID", op)));
    backend.write(task);
    Map<String, Object> body = task(task);
    body.put("InstanceId", p.get("InstanceId"));
    return body;
  }

  private Map<String, Object> status(PopAuth.Verified who, String instanceId, String fpga) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("InstanceId", instanceId);
    body.put("FpgaUUID", fpga);
    plane.describeLoadTaskStatus(who.caller(), instanceId, fpga).ifPresentOrElse(t -> {
      body.putAll(task(t));
      body.put("TaskStatus", t.state().wireName());
    }, () -> body.put("TaskStatus", "none"));
    return body;
  }

  private Map<String, Object> auth(PopAuth.Verified who) {
    if (!who.ramAdmin()) {
      throw FaasException.noPermisson().withOperation(FaasOperation.AUTH);
    }
    directory.createDefaultRole(who.caller().accountId());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("RoleName", Directory.DEFAULT_ROLE);
    return body;
  }

  private static Map<String, Object> image(FpgaImage i) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("FpgaImageUUID", i.uuid());
    m.put("Name", i.name());
    m.put("ShellUUID", i.shellUuid());
    m.put("State", i.state().wireName());
    m.put("CreateTime", i.createdAt().toString());
    m.put("Published", i.published());
    return m;
  }

  private static Map<String, Object> task(LoadTask t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("FpgaUUID", t.fpgaUuid());
    m.put("FpgaImageUUID", t.imageUuid());
    m.put("State", t.state().wireName());
    m.put("CommitTime", t.committedAt().toString());
    return m;
  }

  /** A parameter the action needs; absent or blank is {@code PARAMETER INVALIDATE}. */
  private static String required(Map<String, String> p, String name, FaasOperation op) {
    String v = p.get(name);
    if (v == null || v.isBlank()) {
      throw FaasException.parameterInvalidate().withOperation(op);
    }
    return v;
  }
}
