package io.errcat.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Any;
import com.google.protobuf.StringValue;
import com.google.rpc.ErrorInfo;
import com.google.rpc.Help;
import com.google.rpc.LocalizedMessage;
import com.google.rpc.RequestInfo;
import com.google.rpc.RetryInfo;
import io.errcat.catalogs.faas.FaasCatalog;
import io.errcat.catalogs.faas.FaasError;
import io.errcat.catalogs.faas.FaasException;
import io.errcat.catalogs.ordersi18n.OrdersCatalog;
import io.errcat.catalogs.ordersi18n.OrdersError;
import io.errcat.catalogs.ordersi18n.OrdersException;
import io.errcat.runtime.GrpcCodes;
import io.grpc.ClientInterceptors;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.MetadataUtils;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A real grpc-java server on Netty over loopback with {@link ErrcatServerInterceptor}: every FaaS
 * code, thrown from a handler, is read by a plain grpc-java client that knows nothing of errcat
 * (status, description, each detail unpacked with {@code StatusProto.fromThrowable}) and by
 * errcat's decoder back to the same typed exception; {@code onError}, server streams and
 * exceptions that are not errcat's; the language and request id from the call's metadata.
 */
class GrpcServerTest {
  static Server server;
  static ManagedChannel channel;

  @BeforeAll
  static void start() throws Exception {
    server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
        .addService(ServerInterceptors.intercept(TestService.definition(),
            ErrcatServerInterceptor.create()))
        .build().start();
    channel = NettyChannelBuilder.forAddress("127.0.0.1", server.getPort()).usePlaintext().build();
  }

  @AfterAll
  static void stop() throws Exception {
    channel.shutdownNow().awaitTermination(10, TimeUnit.SECONDS);
    server.shutdownNow().awaitTermination(10, TimeUnit.SECONDS);
  }

  static StatusRuntimeException call(io.grpc.Channel on,
      io.grpc.MethodDescriptor<StringValue, StringValue> method, String value) {
    return assertThrows(StatusRuntimeException.class, () -> ClientCalls.blockingUnaryCall(
        on, method, io.grpc.CallOptions.DEFAULT.withDeadlineAfter(10, TimeUnit.SECONDS),
        StringValue.of(value)));
  }

  static <T extends com.google.protobuf.Message> T detail(com.google.rpc.Status s, Class<T> type)
      throws Exception {
    for (Any any : s.getDetailsList()) {
      if (any.is(type)) {
        return any.unpack(type);
      }
    }
    return null;
  }

  @TestFactory
  Stream<DynamicTest> everyFaasCodeReadsRightInPlainGrpcJavaAndComesBackTyped() {
    FaasCatalog faas = new FaasCatalog();
    return Stream.of(FaasError.values()).map(code -> DynamicTest.dynamicTest(code.name(), () -> {
      StatusRuntimeException e = call(channel, TestService.RAISE, code.code());
      Status.Code expected = Status.Code.valueOf(GrpcCodes.forHttp(code.httpStatus()));
      assertEquals(expected, e.getStatus().getCode(), code + " is HTTP " + code.httpStatus());
      assertEquals(code.message(), e.getStatus().getDescription());
      com.google.rpc.Status rpc = StatusProto.fromThrowable(e);
      assertNotNull(rpc, "grpc-status-details-bin");
      assertEquals(expected.value(), rpc.getCode());
      ErrorInfo info = detail(rpc, ErrorInfo.class);
      assertEquals(code.name(), info.getReason());
      assertEquals(faas.grpcDomain(), info.getDomain());
      assertEquals(code.code(), info.getMetadataOrThrow("code"));
      Help help = detail(rpc, Help.class);
      assertEquals("https://errors.example.com/errcat/faas.html#" + code.name(),
          help.getLinks(0).getUrl());
      RequestInfo request = detail(rpc, RequestInfo.class);
      assertTrue(request.getRequestId().matches("[0-9A-F-]{36}"), request.getRequestId());
      RetryInfo retry = detail(rpc, RetryInfo.class);
      assertEquals(code.retry().retryable() && code.retry().after() != null, retry != null);
      FaasException typed = GrpcErrors.decode(e, faas);
      assertEquals(code, typed.error());
      assertEquals(request.getRequestId(), typed.requestId());
      assertEquals(code.message(), typed.getMessage());
      assertTrue(typed.decodeFailure().isEmpty());
    }));
  }

  @Test
  void onErrorAndServerStreamsAreAnsweredAlike() throws Exception {
    StatusRuntimeException viaObserver = call(channel, TestService.ON_ERROR, "SHELL NOT MATCH");
    assertEquals(Status.Code.NOT_FOUND, viaObserver.getStatus().getCode());
    assertEquals(FaasError.SHELL_NOT_MATCH, GrpcErrors.decode(viaObserver, new FaasCatalog()).error());
    Iterator<StringValue> stream = ClientCalls.blockingServerStreamingCall(channel,
        TestService.STREAM, io.grpc.CallOptions.DEFAULT.withDeadlineAfter(10, TimeUnit.SECONDS),
        StringValue.of("ANOTHER TASK RUNNING"));
    List<String> got = new ArrayList<>();
    StatusRuntimeException e = assertThrows(StatusRuntimeException.class, () -> {
      while (stream.hasNext()) {
        got.add(stream.next().getValue());
      }
    });
    assertEquals(List.of("first", "second"), got);
    FaasException typed = GrpcErrors.decode(e, new FaasCatalog());
    assertEquals(FaasError.ANOTHER_TASK_RUNNING, typed.error());
    assertNotNull(detail(StatusProto.fromThrowable(e), RetryInfo.class), "FaaS says 10 minutes");
  }

  @Test
  void anExceptionThatIsNotErrcatsIsLeftToGrpcJava() {
    StatusRuntimeException e = call(channel, TestService.BOOM, "x");
    assertEquals(Status.Code.UNKNOWN, e.getStatus().getCode());
    assertEquals(0, StatusProto.fromThrowable(e).getDetailsCount(), "no errcat details");
    FaasException typed = GrpcErrors.decode(e, new FaasCatalog());
    assertFalse(typed.isKnown());
    assertEquals(io.errcat.runtime.DecodeFailure.Reason.NO_DETAILS,
        typed.decodeFailure().orElseThrow().reason());
  }

  @Test
  void theCallersLanguageAndRequestIdAreRead() throws Exception {
    Metadata headers = new Metadata();
    headers.put(Metadata.Key.of("accept-language", Metadata.ASCII_STRING_MARSHALLER),
        "zh-Hant-TW, en;q=0.5");
    headers.put(Metadata.Key.of("x-request-id", Metadata.ASCII_STRING_MARSHALLER), "caller-7");
    io.grpc.Channel withHeaders = ClientInterceptors.intercept(channel,
        MetadataUtils.newAttachHeadersInterceptor(headers));
    StatusRuntimeException e = call(withHeaders, TestService.ORDER, "A-1");
    assertEquals(Status.Code.NOT_FOUND, e.getStatus().getCode());
    assertEquals("客户 42 的订单 'A-1' 不存在。", e.getStatus().getDescription());
    com.google.rpc.Status rpc = StatusProto.fromThrowable(e);
    LocalizedMessage localized = detail(rpc, LocalizedMessage.class);
    assertEquals("zh-CN", localized.getLocale());
    assertEquals("caller-7", detail(rpc, RequestInfo.class).getRequestId());
    ErrorInfo info = detail(rpc, ErrorInfo.class);
    assertEquals("A-1", info.getMetadataOrThrow("orderId"));
    assertEquals("42", info.getMetadataOrThrow("customerId"));
    assertEquals("caller-7", e.getTrailers().get(
        Metadata.Key.of("x-request-id", Metadata.ASCII_STRING_MARSHALLER)));
    OrdersException typed = GrpcErrors.decode(e, new OrdersCatalog());
    assertEquals(OrdersError.ORDER_NOT_FOUND, typed.error());
    assertEquals("zh-CN", typed.details().language());
    assertEquals(List.of("A-1", "42"), typed.details().args(), "its parameters, as strings");
  }

  @Test
  void theClientInterceptorGivesTheTypedExceptionAsTheCause() {
    io.grpc.Channel typed = ClientInterceptors.intercept(channel,
        ErrcatClientInterceptor.of(FaasException.class));
    StatusRuntimeException e = call(typed, TestService.RAISE, "SHELL NOT MATCH");
    assertEquals(Status.Code.NOT_FOUND, e.getStatus().getCode(), "plain code keeps working");
    FaasException cause = (FaasException) e.getCause();
    assertEquals(FaasError.SHELL_NOT_MATCH, cause.error());
  }
}
