package io.errcat.grpc;

import io.errcat.runtime.CatalogRegistry;
import io.errcat.runtime.ErrcatException;
import io.errcat.runtime.ErrorDetails;
import io.errcat.runtime.ErrorResponder;
import io.grpc.ForwardingServerCall;
import io.grpc.ForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Answers a generated exception from any service method — thrown from a unary or streaming
 * handler, or given to {@code StreamObserver.onError} — with its catalog's gRPC status and rich
 * error details ({@link GrpcErrors}); the request id and the language follow the same rules as the
 * HTTP adapters (the runtime's {@link ErrorResponder}, reading the call's metadata). Every other
 * exception is left to grpc-java.
 *
 * <pre>{@code
 * Server server = NettyServerBuilder.forPort(port)
 *     .addService(ServerInterceptors.intercept(new FpgaService(), ErrcatServerInterceptor.create()))
 *     .build();
 * }</pre>
 */
public final class ErrcatServerInterceptor implements ServerInterceptor {
  private final ErrorResponder responder;

  private ErrcatServerInterceptor(ErrorResponder responder) {
    this.responder = Objects.requireNonNull(responder, "responder");
  }

  /**
   * An interceptor for the catalogs on the class path ({@code META-INF/services}, as the plugin
   * and processor list them).
   *
   * @return the interceptor
   */
  public static ErrcatServerInterceptor create() {
    return of(ErrorResponder.builder(CatalogRegistry.load(
        ErrcatServerInterceptor.class.getClassLoader())).build());
  }

  /**
   * An interceptor with a responder of the application's (docs base URL, request id headers).
   *
   * @param responder the rules shared with the HTTP adapters
   * @return the interceptor
   */
  public static ErrcatServerInterceptor of(ErrorResponder responder) {
    return new ErrcatServerInterceptor(responder);
  }

  /**
   * The status and trailers a generated exception is answered with on a call with these
   * headers.
   *
   * @param exception the exception
   * @param headers the call's headers
   * @return the status with its trailers
   */
  public StatusRuntimeException toStatus(ErrcatException exception, Metadata headers) {
    ErrorDetails d = responder.prepare(exception, new MetadataView(headers));
    var registered = responder.catalogOf(exception);
    return GrpcErrors.toStatus(d, registered.map(ErrorResponder.Registered::binding).orElse(null),
        registered.map(ErrorResponder.Registered::codec).orElse(null));
  }

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
      ServerCallHandler<Q, R> next) {
    AtomicBoolean closed = new AtomicBoolean();
    ServerCall<Q, R> answering = new ForwardingServerCall.SimpleForwardingServerCall<>(call) {
      @Override
      public void close(Status status, Metadata trailers) {
        if (!closed.compareAndSet(false, true)) {
          return;
        }
        // StreamObserver.onError(e) closes with UNKNOWN caused by e
        if (status.getCause() instanceof ErrcatException e) {
          StatusRuntimeException s = toStatus(e, headers);
          trailers.merge(s.getTrailers());
          super.close(s.getStatus(), trailers);
        } else {
          super.close(status, trailers);
        }
      }
    };
    ServerCall.Listener<Q> delegate;
    try {
      delegate = next.startCall(answering, headers);
    } catch (ErrcatException e) {
      answer(answering, e);
      return new ServerCall.Listener<>() {};
    }
    return new ForwardingServerCallListener.SimpleForwardingServerCallListener<>(delegate) {
      @Override
      public void onMessage(Q message) {
        answering(answering, () -> super.onMessage(message));
      }

      @Override
      public void onHalfClose() {
        answering(answering, super::onHalfClose);
      }

      @Override
      public void onReady() {
        answering(answering, super::onReady);
      }
    };
  }

  /** Runs a listener step; a generated exception it throws is the call's answer. */
  private static <Q, R> void answering(ServerCall<Q, R> call, Runnable step) {
    try {
      step.run();
    } catch (ErrcatException e) {
      answer(call, e);
    }
  }

  /** Closes the call with the exception's status, once (a second close is ignored). */
  private static <Q, R> void answer(ServerCall<Q, R> call, ErrcatException e) {
    call.close(Status.UNKNOWN.withCause(e), new Metadata());
  }
}
