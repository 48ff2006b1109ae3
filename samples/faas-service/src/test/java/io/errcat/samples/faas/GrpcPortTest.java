package io.errcat.samples.faas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Any;
import com.google.protobuf.Struct;
import com.google.rpc.ErrorInfo;
import com.google.rpc.RequestInfo;
import com.google.rpc.RetryInfo;
import io.errcat.catalogs.faas.FaasCatalog;
import io.errcat.catalogs.faas.FaasError;
import io.errcat.catalogs.faas.FaasException;
import io.errcat.catalogs.faas.FaasOperation;
import io.errcat.samples.faas.cli.GrpcPopClient;
import io.errcat.samples.faas.cli.PopClient;
import io.errcat.samples.faas.grpc.FaasGrpc;
import io.errcat.samples.faas.grpc.LoadFpgaImageTaskRequest;
import io.grpc.ClientInterceptors;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.MetadataUtils;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The FaaS control plane on both wires at once: its POP endpoint (Tomcat) and its gRPC port
 * (Netty), one model, one authorization, one catalog. The same failing request gets the same code
 * on each; a plain grpc-java stub that knows nothing of errcat reads the error's status and
 * details; a replay, a forged signature or an oversized message changes nothing.
 */
class GrpcPortTest {
  static final MutableClock WORLD = new MutableClock(java.time.Instant.parse("2026-06-01T00:00:00Z"));
  static FaasServer server;
  static ManagedChannel channel;

  @BeforeAll
  static void start() throws Exception {
    server = FaasServer.start(TestWorld.config("/test-world.yaml"), Clock.systemUTC(), WORLD, 0, 0);
    channel = NettyChannelBuilder.forAddress("127.0.0.1", server.grpcPort()).usePlaintext().build();
  }

  @AfterAll
  static void stop() throws Exception {
    channel.shutdownNow().awaitTermination(10, TimeUnit.SECONDS);
    server.close();
  }

  static PopClient pop(String key, String secret) {
    return new PopClient(java.net.URI.create("http://localhost:" + server.endpoint().getPort()),
        key, secret, null, Clock.systemUTC());
  }

  static GrpcPopClient grpc(String key, String secret) {
    return new GrpcPopClient(channel, key, secret, null, Clock.systemUTC());
  }

  /** The code the POP endpoint answers a call with. */
  static String popCode(String key, String secret, FaasOperation op, Map<String, String> p) {
    return assertThrows(FaasException.class, () -> pop(key, secret).call(op, p)).code();
  }

  /** The code the gRPC port answers the same call with, read back by errcat. */
  static String grpcCode(String key, String secret, FaasOperation op, Map<String, String> p) {
    return assertThrows(FaasException.class, () -> grpc(key, secret).call(op, p)).code();
  }

  @Test
  void theSameFailingCallGetsTheSameCodeOnBothWires() {
    record Case(String key, String secret, FaasOperation op, Map<String, String> params) {}
    Map<String, String> load = Map.of("InstanceId", "i-a1", "FpgaUUID", "fpga-a-v1",
        "FpgaImageUUID", "no-such-image");
    for (Case c : List.of(
        new Case("AK-A", "secret-a", FaasOperation.LOAD_FPGA_IMAGE, load),
        new Case("AK-A-off", "secret-a-off", FaasOperation.LOAD_FPGA_IMAGE, load),
        new Case("AK-nobody", "x", FaasOperation.LOAD_FPGA_IMAGE, load),
        new Case("AK-A", "wrong-secret", FaasOperation.DESCRIBE_FPGA_IMAGES, Map.of()),
        new Case("AK-A-noecs", "secret-a-noecs", FaasOperation.DESCRIBE_FPGA_INSTANCES,
            Map.of("InstanceId", "i-a1")),
        new Case("AK-E", "secret-e", FaasOperation.CREATE_FPGA_IMAGE, Map.of("Bucket",
            "e-designs", "Object", "e.tar", "ShellUUID", "shell-v1", "Name", "e")),
        new Case("AK-A", "secret-a", FaasOperation.DESCRIBE_LOAD_TASK_STATUS, Map.of()))) {
      String onPop = popCode(c.key(), c.secret(), c.op(), c.params());
      assertEquals(onPop, grpcCode(c.key(), c.secret(), c.op(), c.params()), c.toString());
    }
  }

  @Test
  void aPlainGrpcJavaStubReadsTheCatalogsError() throws Exception {
    // an image of account A, then a load, then a second load of the same FPGA while the first runs
    Struct created = grpc("AK-A", "secret-a").call(FaasOperation.CREATE_FPGA_IMAGE, Map.of(
        "Bucket", "a-designs", "Object", "adder.tar", "ShellUUID", "shell-v1", "Name", "adder"));
    String image = created.getFieldsOrThrow("FpgaImageUUID").getStringValue();
    WORLD.advance(Duration.ofMinutes(31));
    Map<String, String> load = Map.of("InstanceId", "i-a1", "FpgaUUID", "fpga-a-busy",
        "FpgaImageUUID", image);
    Struct first = grpc("AK-A", "secret-a").call(FaasOperation.LOAD_FPGA_IMAGE, load);
    assertTrue(first.getFieldsOrThrow("RequestId").getStringValue().matches("[0-9A-F-]{36}"));
    // the second load, sent by grpc-java's own generated stub with the signed metadata
    GrpcPopClient signer = grpc("AK-A", "secret-a");
    Map<String, String> signed = signer.signed(FaasOperation.LOAD_FPGA_IMAGE, load);
    Metadata headers = PopMetadata.of(signed);
    FaasGrpc.FaasBlockingStub stub = FaasGrpc.newBlockingStub(ClientInterceptors.intercept(
        channel, MetadataUtils.newAttachHeadersInterceptor(headers)))
        .withDeadlineAfter(30, TimeUnit.SECONDS);
    StatusRuntimeException e = assertThrows(StatusRuntimeException.class, () ->
        stub.loadFpgaImageTask(LoadFpgaImageTaskRequest.newBuilder().setInstanceId("i-a1")
            .setFpgaUuid("fpga-a-busy").setFpgaImageUuid(image).build()));
    assertEquals(Status.Code.UNAVAILABLE, e.getStatus().getCode(), "HTTP 503");
    assertEquals(FaasError.ANOTHER_TASK_RUNNING.message(), e.getStatus().getDescription());
    com.google.rpc.Status rpc = StatusProto.fromThrowable(e);
    ErrorInfo info = null;
    RequestInfo request = null;
    RetryInfo retry = null;
    for (Any any : rpc.getDetailsList()) {
      if (any.is(ErrorInfo.class)) {
        info = any.unpack(ErrorInfo.class);
      } else if (any.is(RequestInfo.class)) {
        request = any.unpack(RequestInfo.class);
      } else if (any.is(RetryInfo.class)) {
        retry = any.unpack(RetryInfo.class);
      }
    }
    assertEquals("ANOTHER_TASK_RUNNING", info.getReason());
    assertEquals(new FaasCatalog().grpcDomain(), info.getDomain());
    assertEquals("faas.cn-hangzhou.aliyuncs.com", info.getMetadataOrThrow("hostId"));
    assertTrue(request.getRequestId().matches("[0-9A-F-]{36}"), request.getRequestId());
    assertTrue(retry.getRetryDelay().getSeconds() > 0, "the catalog's retry hint");
    assertEquals(FaasError.ANOTHER_TASK_RUNNING,
        io.errcat.grpc.GrpcErrors.decode(e, new FaasCatalog()).error());
  }

  @Test
  void aReplayedCallIsRefusedAndChangesNothing() {
    GrpcPopClient a = grpc("AK-A", "secret-a");
    Map<String, String> params = Map.of("InstanceId", "i-a1", "FpgaUUID", "fpga-a-v2",
        "FpgaImageUUID", "no-such-image");
    Map<String, String> signed = a.signed(FaasOperation.LOAD_FPGA_IMAGE, params);
    Metadata headers = PopMetadata.of(signed);
    var request = GrpcPopClient.request(FaasOperation.LOAD_FPGA_IMAGE, params);
    FaasException first = assertThrows(FaasException.class,
        () -> a.send(FaasOperation.LOAD_FPGA_IMAGE, request, headers));
    assertTrue(first.isKnown(), "the image is unknown: " + first);
    FaasException replay = assertThrows(FaasException.class,
        () -> a.send(FaasOperation.LOAD_FPGA_IMAGE, request, headers));
    assertEquals("SignatureNonceUsed", replay.code());
    Metadata forged = new Metadata();
    forged.merge(headers);
    forged.put(PopMetadata.key("SignatureNonce"), "another-nonce-" + System.nanoTime());
    assertEquals("SignatureDoesNotMatch", assertThrows(FaasException.class,
        () -> a.send(FaasOperation.LOAD_FPGA_IMAGE, request, forged)).code());
    assertEquals("PARAMETER INVALIDATE", assertThrows(FaasException.class,
        () -> a.send(FaasOperation.LOAD_FPGA_IMAGE, request, new Metadata())).code(),
        "no credentials at all");
  }

  @Test
  void anOversizedMessageIsRefusedByTheTransport() {
    GrpcPopClient a = grpc("AK-A", "secret-a");
    String huge = "x".repeat(64 * 1024);
    FaasException e = assertThrows(FaasException.class, () -> a.call(
        FaasOperation.DESCRIBE_FPGA_INSTANCES, Map.of("InstanceId", huge)));
    assertTrue(!e.isKnown() && e.httpStatus() == 429,
        "RESOURCE_EXHAUSTED, typed: " + e + " " + e.decodeFailure());
    assertEquals("i-a1", a.call(FaasOperation.DESCRIBE_FPGA_INSTANCES, Map.of("InstanceId",
        "i-a1")).getFieldsOrThrow("InstanceId").getStringValue().toLowerCase(Locale.ROOT),
        "the port still answers");
  }
}
