package io.errcat.samples.faas.cli;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import com.google.protobuf.Struct;
import io.errcat.catalogs.faas.FaasCatalog;
import io.errcat.catalogs.faas.FaasException;
import io.errcat.catalogs.faas.FaasOperation;
import io.errcat.grpc.GrpcErrors;
import io.errcat.samples.faas.PopMetadata;
import io.errcat.samples.faas.grpc.FaasGrpc;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientInterceptors;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.MetadataUtils;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A FaaS client on the gRPC port, as {@link PopClient} is on the POP endpoint: the same
 * operations and parameters, signed the same way (POP's common parameters as {@code x-acs-*}
 * metadata), and the same typed exception on failure, read from Google's rich error model by
 * errcat's {@link GrpcErrors}.
 */
public final class GrpcPopClient {
  private static final FaasCatalog FAAS = new FaasCatalog();
  private final Channel channel;
  private final PopCredentials credentials;

  /**
   * Creates a client.
   *
   * @param channel a channel to the gRPC port
   * @param accessKeyId the AccessKey id
   * @param secret its secret
   * @param securityToken an STS token, or {@code null}
   * @param clock what {@code Timestamp} is read from
   */
  public GrpcPopClient(Channel channel, String accessKeyId, String secret, String securityToken,
      Clock clock) {
    this.channel = channel;
    this.credentials = new PopCredentials(accessKeyId, secret, securityToken, clock);
  }

  /**
   * The signed metadata and request of a call, for a caller that sends it itself.
   *
   * @param operation the operation
   * @param params its parameters
   * @return the POP parameters, signed
   */
  public Map<String, String> signed(FaasOperation operation, Map<String, String> params) {
    return credentials.sign("POST", operation, params, Map.of());
  }

  /**
   * Calls an action.
   *
   * @param operation the operation
   * @param params its parameters
   * @return the success body's members
   * @throws FaasException the decoded error, typed whatever the server sent
   */
  public Struct call(FaasOperation operation, Map<String, String> params) {
    return send(operation, request(operation, params),
        PopMetadata.of(signed(operation, params)));
  }

  /**
   * Sends a request as it is, with the given metadata (a test's forged or replayed call).
   *
   * @param operation the operation
   * @param request the request message
   * @param headers the metadata
   * @return the success body's members
   * @throws FaasException the decoded error
   */
  @SuppressWarnings("unchecked")
  public Struct send(FaasOperation operation, Message request, Metadata headers) {
    MethodDescriptor<Message, Struct> method = (MethodDescriptor<Message, Struct>)
        descriptor(operation);
    try {
      return ClientCalls.blockingUnaryCall(ClientInterceptors.intercept(channel,
          MetadataUtils.newAttachHeadersInterceptor(headers)), method,
          CallOptions.DEFAULT.withDeadlineAfter(30, TimeUnit.SECONDS), request);
    } catch (StatusRuntimeException e) {
      throw GrpcErrors.decode(e, FAAS).withOperation(operation);
    }
  }

  /**
   * An operation's request message with its POP parameters set (by their json_name).
   *
   * @param operation the operation
   * @param params its parameters
   * @return the request
   */
  public static Message request(FaasOperation operation, Map<String, String> params) {
    MethodDescriptor<?, ?> method = descriptor(operation);
    Message prototype = (Message) ((MethodDescriptor.PrototypeMarshaller<?>)
        method.getRequestMarshaller()).getMessagePrototype();
    Message.Builder b = prototype.newBuilderForType();
    for (FieldDescriptor f : prototype.getDescriptorForType().getFields()) {
      String v = params.get(f.getJsonName());
      if (v != null) {
        b.setField(f, v);
      }
    }
    return b.build();
  }

  private static MethodDescriptor<?, ?> descriptor(FaasOperation operation) {
    String name = MethodDescriptor.generateFullMethodName(FaasGrpc.SERVICE_NAME, method(operation));
    for (MethodDescriptor<?, ?> m : FaasGrpc.getServiceDescriptor().getMethods()) {
      if (m.getFullMethodName().equals(name)) {
        return m;
      }
    }
    throw new IllegalArgumentException(operation + " is not on the gRPC port");
  }

  private static String method(FaasOperation operation) {
    return operation.action() != null ? operation.action() : operation.id();
  }
}
