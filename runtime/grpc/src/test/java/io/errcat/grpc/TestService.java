package io.errcat.grpc;

import com.google.protobuf.StringValue;
import io.errcat.catalogs.faas.FaasError;
import io.errcat.catalogs.faas.FaasException;
import io.errcat.catalogs.ordersi18n.OrdersException;
import io.grpc.MethodDescriptor;
import io.grpc.ServerServiceDefinition;
import io.grpc.protobuf.ProtoUtils;
import io.grpc.stub.ServerCalls;

/**
 * A plain grpc-java service without generated stubs (method descriptors over {@code
 * google.protobuf.StringValue}), whose methods fail the ways real services do: a generated
 * exception thrown from a unary handler, given to {@code onError}, thrown from a server stream
 * after two messages, and an exception that is not errcat's.
 */
final class TestService {
  private TestService() {}

  static final String SERVICE = "errcat.test.Faas";

  static MethodDescriptor<StringValue, StringValue> method(String name,
      MethodDescriptor.MethodType type) {
    return MethodDescriptor.<StringValue, StringValue>newBuilder()
        .setType(type)
        .setFullMethodName(MethodDescriptor.generateFullMethodName(SERVICE, name))
        .setRequestMarshaller(ProtoUtils.marshaller(StringValue.getDefaultInstance()))
        .setResponseMarshaller(ProtoUtils.marshaller(StringValue.getDefaultInstance()))
        .build();
  }

  static final MethodDescriptor<StringValue, StringValue> RAISE =
      method("Raise", MethodDescriptor.MethodType.UNARY);
  static final MethodDescriptor<StringValue, StringValue> ON_ERROR =
      method("OnError", MethodDescriptor.MethodType.UNARY);
  static final MethodDescriptor<StringValue, StringValue> STREAM =
      method("Stream", MethodDescriptor.MethodType.SERVER_STREAMING);
  static final MethodDescriptor<StringValue, StringValue> BOOM =
      method("Boom", MethodDescriptor.MethodType.UNARY);
  static final MethodDescriptor<StringValue, StringValue> ORDER =
      method("Order", MethodDescriptor.MethodType.UNARY);

  private static FaasException faas(StringValue code) {
    return FaasException.of(FaasError.fromCode(code.getValue()).orElseThrow());
  }

  static ServerServiceDefinition definition() {
    return ServerServiceDefinition.builder(SERVICE)
        .addMethod(RAISE, ServerCalls.asyncUnaryCall((req, out) -> {
          throw faas(req);
        }))
        .addMethod(ON_ERROR, ServerCalls.asyncUnaryCall((req, out) -> out.onError(faas(req))))
        .addMethod(STREAM, ServerCalls.asyncServerStreamingCall((req, out) -> {
          out.onNext(StringValue.of("first"));
          out.onNext(StringValue.of("second"));
          throw faas(req);
        }))
        .addMethod(BOOM, ServerCalls.asyncUnaryCall((req, out) -> {
          throw new IllegalStateException("not errcat's: " + req.getValue());
        }))
        .addMethod(ORDER, ServerCalls.asyncUnaryCall((req, out) -> {
          throw OrdersException.orderNotFound(req.getValue(), 42L);
        }))
        .build();
  }
}
