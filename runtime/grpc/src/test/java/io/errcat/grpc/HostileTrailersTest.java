package io.errcat.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Any;
import com.google.protobuf.ByteString;
import com.google.protobuf.StringValue;
import com.google.rpc.ErrorInfo;
import io.errcat.catalogs.faas.FaasCatalog;
import io.errcat.catalogs.faas.FaasException;
import io.errcat.runtime.DecodeFailure;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerServiceDefinition;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.ServerCalls;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A hostile or foreign server over real sockets: whatever its trailers hold — no details, another
 * domain's ErrorInfo, bytes that are no google.rpc.Status, an ErrorInfo whose Any does not parse,
 * a reason the catalog does not know, a 10 MB trailer — errcat's decoder gives the typed fallback
 * that says why, and never throws.
 */
class HostileTrailersTest {
  static Server server;
  static ManagedChannel channel;
  static final Metadata.Key<byte[]> DETAILS =
      Metadata.Key.of("grpc-status-details-bin", Metadata.BINARY_BYTE_MARSHALLER);

  /** Answers each request by what it names. */
  static ServerServiceDefinition hostile() {
    return ServerServiceDefinition.builder(TestService.SERVICE)
        .addMethod(TestService.RAISE, ServerCalls.asyncUnaryCall((req, out) -> {
          Metadata trailers = new Metadata();
          Status status = Status.NOT_FOUND.withDescription("SHELL NOT MATCH");
          switch (req.getValue()) {
            case "garbage" -> trailers.put(DETAILS, new byte[] {(byte) 0xff, 0x01, 0x02, 0x7f});
            case "mismatch" -> trailers.put(DETAILS, com.google.rpc.Status.newBuilder()
                .setCode(Status.Code.INTERNAL.value()).setMessage("x").build().toByteArray());
            case "bad-any" -> trailers.put(DETAILS, com.google.rpc.Status.newBuilder()
                .setCode(Status.Code.NOT_FOUND.value()).addDetails(Any.newBuilder()
                    .setTypeUrl("type.googleapis.com/google.rpc.ErrorInfo")
                    .setValue(ByteString.copyFrom(new byte[] {0x0a, (byte) 0xff, 0x01})))
                .build().toByteArray());
            case "other-domain" -> trailers.put(DETAILS, status(ErrorInfo.newBuilder()
                .setDomain("pubsub.googleapis.com").setReason("SHELL_NOT_MATCH").build()));
            case "unknown-reason" -> trailers.put(DETAILS, status(ErrorInfo.newBuilder()
                .setDomain(new FaasCatalog().grpcDomain()).setReason("NEVER_HEARD_OF").build()));
            case "huge" -> trailers.put(Metadata.Key.of("x-huge", Metadata.ASCII_STRING_MARSHALLER),
                "x".repeat(10 * 1024 * 1024));
            case "plain-code" -> { /* no details: the description is the code */ }
            default -> status = Status.NOT_FOUND.withDescription("no such thing");
          }
          out.onError(status.asRuntimeException(trailers));
        }))
        .build();
  }

  static byte[] status(ErrorInfo info) {
    return com.google.rpc.Status.newBuilder().setCode(Status.Code.NOT_FOUND.value())
        .setMessage("SHELL NOT MATCH").addDetails(Any.pack(info)).build().toByteArray();
  }

  @BeforeAll
  static void start() throws Exception {
    server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
        .addService(hostile()).build().start();
    channel = NettyChannelBuilder.forAddress("127.0.0.1", server.getPort()).usePlaintext().build();
  }

  @AfterAll
  static void stop() throws Exception {
    channel.shutdownNow().awaitTermination(10, TimeUnit.SECONDS);
    server.shutdownNow().awaitTermination(10, TimeUnit.SECONDS);
  }

  static FaasException read(String what) {
    StatusRuntimeException e = assertThrows(StatusRuntimeException.class, () ->
        ClientCalls.blockingUnaryCall(channel, TestService.RAISE,
            io.grpc.CallOptions.DEFAULT.withDeadlineAfter(10, TimeUnit.SECONDS),
            StringValue.of(what)));
    return GrpcErrors.decode(e, new FaasCatalog());
  }

  static DecodeFailure.Reason reason(FaasException e) {
    assertFalse(e.isKnown(), e.toString());
    return e.decodeFailure().orElseThrow().reason();
  }

  @Test
  void detailsThatAreNoStatusAreMalformed() {
    assertEquals(DecodeFailure.Reason.MALFORMED_DETAILS, reason(read("garbage")));
    assertEquals(DecodeFailure.Reason.MALFORMED_DETAILS, reason(read("mismatch")),
        "details of another code than the status");
    assertEquals(DecodeFailure.Reason.MALFORMED_DETAILS, reason(read("bad-any")));
  }

  @Test
  void anotherDomainOrAnUnknownReasonIsNotTakenForACode() {
    FaasException other = read("other-domain");
    assertEquals(DecodeFailure.Reason.OTHER_DOMAIN, reason(other));
    assertEquals(404, other.httpStatus(), "NOT_FOUND's HTTP status");
    FaasException unknown = read("unknown-reason");
    assertEquals(DecodeFailure.Reason.UNKNOWN_CODE, reason(unknown));
    assertEquals("NEVER_HEARD_OF", unknown.code());
  }

  @Test
  void withoutDetailsTheDescriptionMayBeTheCode() {
    assertTrue(read("plain-code").isKnown(), "by the code in the description");
    assertEquals(DecodeFailure.Reason.NO_DETAILS, reason(read("anything")));
  }

  @Test
  void aTenMegabyteTrailerIsRefusedByTheTransportAndStillTyped() {
    FaasException huge = read("huge");
    assertFalse(huge.isKnown());
    assertTrue(huge.getMessage().length() < 10_000, "bounded: " + huge.getMessage().length());
  }

  @Test
  void decodingNeverThrows() {
    FaasCatalog faas = new FaasCatalog();
    assertFalse(GrpcErrors.decode((Throwable) null, faas).isKnown());
    assertFalse(GrpcErrors.decode(new IllegalStateException("x"), faas).isKnown());
    assertFalse(GrpcErrors.decode(Status.INTERNAL, null, faas).isKnown());
    Metadata empty = new Metadata();
    empty.put(DETAILS, new byte[0]);
    assertFalse(GrpcErrors.decode(Status.INTERNAL, empty, faas).isKnown());
  }
}
