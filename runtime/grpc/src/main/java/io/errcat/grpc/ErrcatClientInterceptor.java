package io.errcat.grpc;

import io.errcat.runtime.CatalogBinding;
import io.errcat.runtime.CatalogRegistry;
import io.errcat.runtime.ErrcatException;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall;
import io.grpc.ForwardingClientCallListener;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import java.util.Objects;

/**
 * Reads every failed call of a channel as one catalog's typed exception: the status a stub throws
 * ({@code StatusRuntimeException}) keeps its code, description and trailers for plain grpc-java
 * code, and carries the typed exception as its cause ({@link GrpcErrors#decode}: by domain and
 * reason, else the code in the description, else the typed fallback).
 *
 * <pre>{@code
 * Channel channel = ClientInterceptors.intercept(managed,
 *     ErrcatClientInterceptor.of(FaasException.class));
 * try { stub.loadFpgaImage(request); }
 * catch (StatusRuntimeException e) { FaasException f = GrpcErrors.decode(e, faas); ... }
 * }</pre>
 *
 * @param <E> the catalog's exception type
 */
public final class ErrcatClientInterceptor<E extends ErrcatException> implements ClientInterceptor {
  private final CatalogBinding<E> binding;

  private ErrcatClientInterceptor(CatalogBinding<E> binding) {
    this.binding = Objects.requireNonNull(binding, "binding");
  }

  /**
   * An interceptor for a generated exception type's catalog.
   *
   * @param <E> the exception type
   * @param type e.g. {@code FaasException.class}
   * @return the interceptor
   */
  public static <E extends ErrcatException> ErrcatClientInterceptor<E> of(Class<E> type) {
    return new ErrcatClientInterceptor<>(CatalogRegistry.binding(type));
  }

  /**
   * An interceptor for a catalog.
   *
   * @param <E> the exception type
   * @param binding the catalog
   * @return the interceptor
   */
  public static <E extends ErrcatException> ErrcatClientInterceptor<E> of(
      CatalogBinding<E> binding) {
    return new ErrcatClientInterceptor<>(binding);
  }

  @Override
  public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method,
      CallOptions callOptions, Channel next) {
    return new ForwardingClientCall.SimpleForwardingClientCall<>(next.newCall(method, callOptions)) {
      @Override
      public void start(Listener<R> listener, Metadata headers) {
        super.start(new ForwardingClientCallListener.SimpleForwardingClientCallListener<>(listener) {
          @Override
          public void onClose(Status status, Metadata trailers) {
            if (!status.isOk()) {
              status = status.withCause(GrpcErrors.decode(status, trailers, binding));
            }
            super.onClose(status, trailers);
          }
        }, headers);
      }
    };
  }
}
