package io.errcat.samples.faas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyuncs.CommonRequest;
import com.aliyuncs.RpcAcsRequest;
import com.aliyuncs.CommonResponse;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.auth.BasicSessionCredentials;
import com.aliyuncs.auth.StaticCredentialsProvider;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.exceptions.ServerException;
import com.aliyuncs.http.FormatType;
import com.aliyuncs.http.HttpResponse;
import com.aliyuncs.http.MethodType;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;
import io.errcat.catalogs.faas.FaasError;
import io.errcat.catalogs.faas.FaasOperation;
import io.errcat.runtime.Variant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The official Alibaba Cloud POP client ({@code aliyun-java-sdk-core} 4.7.x, {@code
 * DefaultAcsClient} with RPC {@code CommonRequest}s) against the running service: every operation
 * succeeds, and every error each operation can return is provoked for the reason the document
 * gives; the SDK's exception carries the code, the operation's message, a request id and the
 * status. All 29 codes are raised.
 */
class PopSdkTest {
  private static final String UUID = "[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}";
  private static TestWorld world;
  private static String good;
  private static String broken;
  private static String bPrivate;

  @BeforeAll
  static void start() throws Exception {
    world = new TestWorld();
    good = world.createImage("AK-A", "secret-a", "a-designs", "adder.tar", "shell-v1");
    broken = world.createImage("AK-A", "secret-a", "a-designs", "broken.tar", "shell-v1");
    bPrivate = world.createImage("AK-B", "secret-b", "b-designs", "b.tar", "shell-v1");
    for (int i = 0; i < 30; i++) {
      world.createImage("AK-C", "secret-c", "c-designs", "c.tar", "shell-v1");
    }
    world.client("AK-D", "secret-d").call(FaasOperation.CREATE_FPGA_IMAGE,
        Map.of("Bucket", "d-designs", "Object", "d.tar", "ShellUUID", "shell-v1", "Name", "d"));
    // the farm compiles (durations 0) on the next request; then one FPGA is busy
    world.client("AK-A", "secret-a").call(FaasOperation.DESCRIBE_FPGA_IMAGES, Map.of());
    world.client("AK-A", "secret-a").call(FaasOperation.LOAD_FPGA_IMAGE,
        Map.of("InstanceId", "i-a1", "FpgaUUID", "fpga-a-busy", "FpgaImageUUID", good));
  }

  @AfterAll
  static void stop() {
    world.close();
  }

  private static DefaultAcsClient sdk(String key, String secret, String token) {
    DefaultProfile profile = DefaultProfile.getProfile("cn-hangzhou", key, secret);
    return token == null ? new DefaultAcsClient(profile)
        : new DefaultAcsClient(profile,
            new StaticCredentialsProvider(new BasicSessionCredentials(key, secret, token)));
  }

  private static CommonRequest request(String host, FaasOperation op, Map<String, String> params,
      FormatType format) {
    CommonRequest r = new CommonRequest();
    r.setSysDomain(host);
    r.setSysProtocol(ProtocolType.HTTP);
    r.setSysVersion("2017-08-24");
    r.setSysAction(op.action() != null ? op.action() : op.id());
    r.setSysAccept(format);
    // JSON by GET with a query, XML by POST with a form body: both ways POP clients send
    if (format == FormatType.XML) {
      r.setSysMethod(MethodType.POST);
      params.forEach(r::putBodyParameter);
    } else {
      r.setSysMethod(MethodType.GET);
      params.forEach(r::putQueryParameter);
    }
    return r;
  }

  /** One way to meet one error: who calls which operation with what. */
  private record Case(FaasError error, FaasOperation op, String key, String secret, String token,
      String host, Map<String, String> params) {
    Variant variant() {
      return error.variant(op.id());
    }

    @Override
    public String toString() {
      return error.code() + " in " + op.id();
    }
  }

  private static Case c(FaasError e, FaasOperation op, String key, String... params) {
    return cAs(e, op, key, null, params);
  }

  private static Case cAs(FaasError e, FaasOperation op, String key, String token,
      String... params) {
    Map<String, String> p = new LinkedHashMap<>();
    for (int i = 0; i < params.length; i += 2) {
      p.put(params[i], params[i + 1]);
    }
    String secret = switch (key) {
      case "AK-A" -> "secret-a";
      case "AK-A-root" -> "secret-a-root";
      case "AK-A-off" -> "secret-a-off";
      case "AK-A-noecs" -> "secret-a-noecs";
      case "STS.A1" -> "secret-sts-a1";
      case "STS.A2" -> "secret-sts-a2";
      case "STS.Aold" -> "secret-sts-old";
      case "AK-C" -> "secret-c";
      case "AK-D" -> "secret-d";
      case "AK-E" -> "secret-e";
      default -> "whatever";
    };
    return new Case(e, op, key, secret, token, "localhost:" + world.port, p);
  }

  private static List<Case> cases() {
    FaasOperation create = FaasOperation.CREATE_FPGA_IMAGE;
    FaasOperation load = FaasOperation.LOAD_FPGA_IMAGE;
    FaasOperation status = FaasOperation.DESCRIBE_LOAD_TASK_STATUS;
    FaasOperation instances = FaasOperation.DESCRIBE_FPGA_INSTANCES;
    FaasOperation publish = FaasOperation.PUBLISH_FPGA_IMAGE;
    FaasOperation list = FaasOperation.DESCRIBE_FPGA_IMAGES;
    String[] createParams = {"Bucket", "a-designs", "Object", "adder.tar", "ShellUUID",
        "shell-v1", "Name", "again"};
    List<Case> cases = new ArrayList<>(List.of(
        c(FaasError.PARAMETER_INVALIDATE, load, "AK-A", "InstanceId", "i-a1",
            "FpgaImageUUID", good),
        c(FaasError.INTERNAL_ERROR, load, "AK-A", "InstanceId", "i-a1", "FpgaUUID",
            "fpga-a-fails", "FpgaImageUUID", good),
        c(FaasError.INVALID_ACCESS_KEY_ID_NOT_FOUND, list, "AK-nobody"),
        c(FaasError.INVALID_ACCESS_KEY_ID_INACTIVE, list, "AK-A-off"),
        cAs(FaasError.INVALID_SECURITY_TOKEN_EXPIRED, list, "STS.Aold", "token-old"),
        cAs(FaasError.INVALID_SECURITY_TOKEN_MALFORMED, list, "STS.A1", "not-a-token"),
        cAs(FaasError.INVALID_SECURITY_TOKEN_MISMATCH_WITH_ACCESS_KEY, list, "STS.A1",
            "token-a2"),
        c(FaasError.NO_PERMISSON, FaasOperation.AUTH, "AK-D"),
        c(FaasError.IMAGE_NUMBER_EXCEED, create, "AK-C", "Bucket", "c-designs", "Object",
            "c.tar", "ShellUUID", "shell-v1", "Name", "thirty-first"),
        c(FaasError.FREQUENCY_ERROR, create, "AK-D", "Bucket", "d-designs", "Object", "d.tar",
            "ShellUUID", "shell-v1", "Name", "too-soon"),
        c(FaasError.SHELL_NOT_SUPPORT, create, "AK-A", "Bucket", "a-designs", "Object",
            "adder.tar", "ShellUUID", "shell-v9", "Name", "x"),
        c(FaasError.ENTITY_NOT_EXIST_ROLE_ERROR, create, "AK-E", "Bucket", "e-designs",
            "Object", "e.tar", "ShellUUID", "shell-v1", "Name", "x"),
        c(FaasError.ACCESS_DENIED_ERROR, create, "AK-A", "Bucket", "b-designs", "Object",
            "b.tar", "ShellUUID", "shell-v1", "Name", "x"),
        c(FaasError.CALLER_TYPE_NOT_SUPPORT, create, "AK-A-root", createParams),
        c(FaasError.NO_SUCH_BUCKET_ERROR, create, "AK-A", "Bucket", "nobody-designs", "Object",
            "adder.tar", "ShellUUID", "shell-v1", "Name", "x"),
        c(FaasError.OSS_OBJECT_NOT_FOUND, create, "AK-A", "Bucket", "a-designs", "Object",
            "missing.tar", "ShellUUID", "shell-v1", "Name", "x"),
        c(FaasError.IMAGE_NOT_FOUND, FaasOperation.DELETE_FPGA_IMAGE, "AK-A",
            "FpgaImageUUID", "no-such-image"),
        c(FaasError.IMAGE_NOT_FOUND, FaasOperation.DELETE_PUBLISH_FPGA_IMAGE, "AK-A",
            "FpgaImageUUID", good),
        c(FaasError.NOT_AUTHORIZED, instances, "AK-A-noecs", "InstanceId", "i-a1"),
        c(FaasError.CALLER_TYPE_NOT_SUPPORT, instances, "AK-A-root", "InstanceId", "i-a1"),
        c(FaasError.INSTANCE_INVALIDATE, instances, "AK-A", "InstanceId", "i-a-plain"),
        c(FaasError.NOT_AUTHORIZED, status, "AK-A", "InstanceId", "i-b1", "FpgaUUID",
            "fpga-b1"),
        c(FaasError.FPGA_NOT_FOUND, status, "AK-A", "InstanceId", "i-a1", "FpgaUUID",
            "fpga-none"),
        c(FaasError.ANOTHER_TASK_RUNNING, load, "AK-A", "InstanceId", "i-a1", "FpgaUUID",
            "fpga-a-busy", "FpgaImageUUID", good),
        c(FaasError.IMAGE_ACCESS_ERROR, load, "AK-A", "InstanceId", "i-a1", "FpgaUUID",
            "fpga-a-v1", "FpgaImageUUID", bPrivate),
        c(FaasError.YOU_HAVE_NO_ACCESS_TO_THIS_INSTANCE, load, "AK-A", "InstanceId", "i-b1",
            "FpgaUUID", "fpga-b1", "FpgaImageUUID", good),
        c(FaasError.IMAGE_NOT_FOUND, load, "AK-A", "InstanceId", "i-a1", "FpgaUUID",
            "fpga-a-v1", "FpgaImageUUID", "no-such-image"),
        c(FaasError.FPGA_NOT_FOUND, load, "AK-A", "InstanceId", "i-a1", "FpgaUUID",
            "fpga-none", "FpgaImageUUID", good),
        c(FaasError.SHELL_NOT_MATCH, load, "AK-A", "InstanceId", "i-a1", "FpgaUUID",
            "fpga-a-v2", "FpgaImageUUID", good),
        cAs(FaasError.ASSUME_ROLE_USER_NOT_SUPPORT, load, "STS.A1", "token-a1", "InstanceId",
            "i-a1", "FpgaUUID", "fpga-a-v1", "FpgaImageUUID", good),
        c(FaasError.IMAGE_NOT_IN_SUCCESS_STATE, load, "AK-A", "InstanceId", "i-a1", "FpgaUUID",
            "fpga-a-v1", "FpgaImageUUID", broken),
        c(FaasError.FPGA_IMAGE_STATE_ERROR, publish, "AK-A", "FpgaImageUUID", broken),
        c(FaasError.FPGA_IMAGE_NOT_FOUND, publish, "AK-A", "FpgaImageUUID", "no-such-image")));
    Case product = c(FaasError.INVALID_PRODUCT_NOT_FOUND, list, "AK-A");
    cases.add(new Case(product.error(), product.op(), product.key(), product.secret(), null,
        "127.0.0.1:" + world.port, product.params()));
    return cases;
  }

  @TestFactory
  Stream<DynamicTest> everyErrorOfEveryOperationReachesTheOfficialSdk() {
    return cases().stream().flatMap(c -> Stream.of(FormatType.JSON, FormatType.XML).map(f ->
        DynamicTest.dynamicTest(c + " as " + f, () -> {
          DefaultAcsClient sdk = sdk(c.key(), c.secret(), c.token());
          ClientException e = assertThrows(ClientException.class,
              () -> sdk.getCommonResponse(request(c.host(), c.op(), c.params(), f)));
          assertEquals(c.error().code(), e.getErrCode(), e.toString());
          assertEquals(c.variant().message(), e.getErrMsg(), e.toString());
          assertTrue(e.getRequestId() != null && e.getRequestId().matches(UUID), e.toString());
          assertEquals(c.variant().httpStatus() >= 500, e instanceof ServerException,
              e.getClass().getName());
          // the status, as the SDK's own HTTP client received it (a refusal changes nothing,
          // so asking again gets the same answer)
          HttpResponse raw = sdk.doAction(request(c.host(), c.op(), c.params(), f)
              .buildRequest());
          assertEquals(c.variant().httpStatus(), raw.getStatus(), raw.getHttpContentString());
          assertEquals(f, raw.getHttpContentType());
        })));
  }

  @Test
  void all29CodesAreRaisedBySomeRequest() {
    Set<FaasError> raised = EnumSet.noneOf(FaasError.class);
    for (Case c : cases()) {
      raised.add(c.error());
    }
    assertEquals(EnumSet.allOf(FaasError.class), raised);
    assertEquals(29, raised.size());
  }

  @Test
  void everyOperationSucceedsThroughTheSdk() throws Exception {
    DefaultAcsClient a = sdk("AK-A", "secret-a", null);
    String host = "localhost:" + world.port;
    CommonResponse images = a.getCommonResponse(request(host,
        FaasOperation.DESCRIBE_FPGA_IMAGES, Map.of(), FormatType.JSON));
    assertEquals(200, images.getHttpStatus());
    assertTrue(images.getData().contains("\"FpgaImageUUID\":\"" + good + "\""), images.getData());
    assertTrue(images.getData().contains("\"State\":\"success\""), images.getData());
    assertTrue(images.getData().contains("\"State\":\"failed\""), "broken.tar did not compile");

    String published = a.getCommonResponse(request(host, FaasOperation.PUBLISH_FPGA_IMAGE,
        Map.of("FpgaImageUUID", good, "ImageID", "m-123"), FormatType.JSON)).getData();
    assertTrue(published.contains("\"Published\":true"), published);
    String withdrawn = a.getCommonResponse(request(host,
        FaasOperation.DELETE_PUBLISH_FPGA_IMAGE, Map.of("FpgaImageUUID", good),
        FormatType.JSON)).getData();
    assertTrue(withdrawn.contains("\"Published\":false"), withdrawn);

    String inst = a.getCommonResponse(request(host, FaasOperation.DESCRIBE_FPGA_INSTANCES,
        Map.of("InstanceId", "i-a1"), FormatType.XML)).getData();
    assertTrue(inst.contains("<FpgaUUID>fpga-a-v1</FpgaUUID>"), inst);

    String loaded = a.getCommonResponse(request(host, FaasOperation.LOAD_FPGA_IMAGE,
        Map.of("InstanceId", "i-a1", "FpgaUUID", "fpga-a-v1", "FpgaImageUUID", good),
        FormatType.JSON)).getData();
    assertTrue(loaded.contains("\"State\":\"committed\""), loaded);
    String st = a.getCommonResponse(request(host, FaasOperation.DESCRIBE_LOAD_TASK_STATUS,
        Map.of("InstanceId", "i-a1", "FpgaUUID", "fpga-a-v1"), FormatType.JSON)).getData();
    assertTrue(st.contains("\"TaskStatus\":\"committed\""), st);

    String auth = a.getCommonResponse(request(host, FaasOperation.AUTH, Map.of(),
        FormatType.JSON)).getData();
    assertTrue(auth.contains("AliyunFAASDefaultRole"), auth);

    DefaultAcsClient f = sdk("AK-F", "secret-f", null);
    String created = f.getCommonResponse(request(host, FaasOperation.CREATE_FPGA_IMAGE,
        Map.of("Bucket", "f-designs", "Object", "f.tar", "ShellUUID", "shell-v2", "Name", "f"),
        FormatType.JSON)).getData();
    String uuid = TestWorld.member(created, "FpgaImageUUID");
    assertTrue(created.contains("\"State\":\"queued\""), created);
    CommonResponse deleted = f.getCommonResponse(request(host, FaasOperation.DELETE_FPGA_IMAGE,
        Map.of("FpgaImageUUID", uuid), FormatType.JSON));
    assertTrue(deleted.getData().matches("\\{\"RequestId\":\"" + UUID + "\"}"), deleted.getData());
  }

  /** A typed request, as a product SDK declares one (the SDK's typed path reads errors on). */
  static final class DescribeFpgaImagesRequest extends RpcAcsRequest<DescribeFpgaImagesResponse> {
    DescribeFpgaImagesRequest(String host) {
      super("faas", "2017-08-24", "DescribeFpgaImages");
      setSysProtocol(ProtocolType.HTTP);
      setSysEndpoint(host);
      setSysMethod(MethodType.GET);
    }

    @Override
    public Class<DescribeFpgaImagesResponse> getResponseClass() {
      return DescribeFpgaImagesResponse.class;
    }
  }

  @Test
  void aWrongSecretIsWhatTheSdkCallsAnInvalidSecret() throws Exception {
    String host = "localhost:" + world.port;
    DescribeFpgaImagesResponse ok = sdk("AK-A", "secret-a", null)
        .getAcsResponse(new DescribeFpgaImagesRequest(host));
    assertTrue(ok.requestId().matches(UUID), ok.requestId());
    ClientException e = assertThrows(ClientException.class, () -> sdk("AK-A", "not-the-secret",
        null).getAcsResponse(new DescribeFpgaImagesRequest(host)));
    // the service answers POP's SignatureDoesNotMatch with its string to sign; the SDK finds its
    // own string there and concludes that the secret is wrong
    assertEquals("SDK.InvalidAccessKeySecret", e.getErrCode(), e.toString());
    assertTrue(e.getRequestId().matches(UUID), e.toString());
    // through the untyped path the SDK shows the service's code itself
    ClientException raw = assertThrows(ClientException.class, () -> sdk("AK-A", "not-the-secret",
        null).getCommonResponse(request(host, FaasOperation.DESCRIBE_FPGA_IMAGES, Map.of(),
        FormatType.JSON)));
    assertEquals("SignatureDoesNotMatch", raw.getErrCode());
    assertInstanceOf(ClientException.class, raw);
  }
}
