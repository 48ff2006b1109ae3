package io.errcat.samples.faas;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.ListValue;
import com.google.protobuf.Message;
import com.google.protobuf.NullValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import io.errcat.catalogs.faas.FaasException;
import io.errcat.samples.faas.grpc.CreateFpgaImageTaskRequest;
import io.errcat.samples.faas.grpc.DescribeFpgaImagesRequest;
import io.errcat.samples.faas.grpc.DescribeFpgaInstancesRequest;
import io.errcat.samples.faas.grpc.DescribeLoadTaskStatusRequest;
import io.errcat.samples.faas.grpc.FaasGrpc;
import io.errcat.samples.faas.grpc.FpgaImageRequest;
import io.errcat.samples.faas.grpc.LoadFpgaImageTaskRequest;
import io.errcat.samples.faas.grpc.PublishFpgaImageRequest;
import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.stub.StreamObserver;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The FaaS actions on gRPC ({@code src/main/protobuf/faas.proto}), run by the same {@link
 * PopCalls} as the POP endpoint: a request's fields are the action's POP parameters (by their
 * {@code json_name}), the common ones come from metadata ({@link PopMetadata}), and the signature is POP's
 * over all of them. The answer is the POP success body's members; an error is the catalog's, with
 * the request id and the service's {@code HostId}, answered by errcat's {@code
 * ErrcatServerInterceptor}.
 */
final class GrpcFaas extends FaasGrpc.FaasImplBase {
  private static final Logger LOG = Logger.getLogger(GrpcFaas.class.getName());
  /** The method the signature covers: a gRPC call is a POST. */
  static final String METHOD = "POST";

  /** The call's metadata, for the handler (set by {@link #headers()}). */
  private static final Context.Key<Metadata> HEADERS = Context.key("errcat-faas-headers");

  private final PopCalls calls;
  private final String hostId;

  GrpcFaas(PopCalls calls, String hostId) {
    this.calls = calls;
    this.hostId = hostId;
  }

  /** Puts each call's metadata where the handler finds it. */
  static ServerInterceptor headers() {
    return new ServerInterceptor() {
      @Override
      public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
          ServerCallHandler<Q, R> next) {
        return Contexts.interceptCall(Context.current().withValue(HEADERS, headers), call,
            headers, next);
      }
    };
  }

  /** A request's POP parameters: each field that is set, under its json_name. */
  static Map<String, String> params(Message request) {
    Map<String, String> p = new LinkedHashMap<>();
    for (Map.Entry<FieldDescriptor, Object> f : request.getAllFields().entrySet()) {
      p.put(f.getKey().getJsonName(), String.valueOf(f.getValue()));
    }
    return p;
  }

  private void run(String action, Message request, StreamObserver<Struct> out) {
    String requestId = PopCalls.MINT.mint();
    Map<String, String> params = params(request);
    PopMetadata.read(HEADERS.get(), params);
    params.put("Action", action);
    params.put("Version", Actions.VERSION);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("RequestId", requestId);
    try {
      body.putAll(calls.run(METHOD, params));
    } catch (FaasException e) {
      throw PopErrors.withHostId(e.withRequestId(requestId), hostId);
    } catch (RuntimeException | StackOverflowError e) {
      LOG.log(Level.WARNING, "call " + requestId + " (" + action + ") failed", e);
      throw PopErrors.withHostId(FaasException.internalError().withRequestId(requestId), hostId);
    }
    out.onNext(struct(body));
    out.onCompleted();
  }

  /** A POP body as a {@code google.protobuf.Struct}. */
  static Struct struct(Map<String, Object> body) {
    Struct.Builder s = Struct.newBuilder();
    body.forEach((k, v) -> s.putFields(k, value(v)));
    return s.build();
  }

  @SuppressWarnings("unchecked")
  private static Value value(Object v) {
    if (v == null) {
      return Value.newBuilder().setNullValue(NullValue.NULL_VALUE).build();
    } else if (v instanceof Map<?, ?> m) {
      return Value.newBuilder().setStructValue(struct((Map<String, Object>) m)).build();
    } else if (v instanceof List<?> l) {
      ListValue.Builder b = ListValue.newBuilder();
      l.forEach(x -> b.addValues(value(x)));
      return Value.newBuilder().setListValue(b).build();
    } else if (v instanceof Number n) {
      return Value.newBuilder().setNumberValue(n.doubleValue()).build();
    } else if (v instanceof Boolean b) {
      return Value.newBuilder().setBoolValue(b).build();
    }
    return Value.newBuilder().setStringValue(String.valueOf(v)).build();
  }

  @Override
  public void createFpgaImageTask(CreateFpgaImageTaskRequest r, StreamObserver<Struct> out) {
    run("CreateFpgaImageTask", r, out);
  }

  @Override
  public void describeFpgaImages(DescribeFpgaImagesRequest r, StreamObserver<Struct> out) {
    run("DescribeFpgaImages", r, out);
  }

  @Override
  public void deleteFpgaImage(FpgaImageRequest r, StreamObserver<Struct> out) {
    run("DeleteFpgaImage", r, out);
  }

  @Override
  public void publishFpgaImage(PublishFpgaImageRequest r, StreamObserver<Struct> out) {
    run("PublishFpgaImage", r, out);
  }

  @Override
  public void deletePublishFpgaImage(FpgaImageRequest r, StreamObserver<Struct> out) {
    run("DeletePublishFpgaImage", r, out);
  }

  @Override
  public void describeFpgaInstances(DescribeFpgaInstancesRequest r, StreamObserver<Struct> out) {
    run("DescribeFpgaInstances", r, out);
  }

  @Override
  public void loadFpgaImageTask(LoadFpgaImageTaskRequest r, StreamObserver<Struct> out) {
    run("LoadFpgaImageTask", r, out);
  }

  @Override
  public void describeLoadTaskStatus(DescribeLoadTaskStatusRequest r,
      StreamObserver<Struct> out) {
    run("DescribeLoadTaskStatus", r, out);
  }
}
