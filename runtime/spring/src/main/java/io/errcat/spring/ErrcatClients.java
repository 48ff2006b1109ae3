package io.errcat.spring;

import io.errcat.runtime.CatalogBinding;
import io.errcat.runtime.CatalogRegistry;
import io.errcat.runtime.ErrcatException;
import io.errcat.runtime.HttpErrorCodec;
import java.time.Duration;
import java.util.Objects;

/**
 * The client side as a bean: status handlers for the application's catalogs, from the
 * registry the starter loaded once.
 *
 * <pre>{@code
 * @Bean RestClient functionCompute(RestClient.Builder b, ErrcatClients errcat) {
 *   return b.baseUrl(endpoint)
 *       .defaultStatusHandler(errcat.statusHandler(FunctionComputeException.class)).build();
 * }
 * }</pre>
 */
public final class ErrcatClients {
  private final CatalogRegistry registry;
  private final Duration bodyDeadline;

  /**
   * Creates the bean with the default body deadline.
   *
   * @param registry the application's catalogs
   */
  public ErrcatClients(CatalogRegistry registry) {
    this(registry, HttpErrorCodec.DEFAULT_BODY_DEADLINE);
  }

  /**
   * Creates the bean.
   *
   * @param registry the application's catalogs
   * @param bodyDeadline the total time reading an error body may take ({@code
   *     errcat.client.body-deadline}); zero for none
   */
  public ErrcatClients(CatalogRegistry registry, Duration bodyDeadline) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.bodyDeadline = Objects.requireNonNull(bodyDeadline, "bodyDeadline");
  }

  /**
   * A {@code RestClient} status handler for a catalog's exception type.
   *
   * @param <E> the exception type
   * @param type a generated exception type
   * @return the handler
   * @throws IllegalArgumentException when no catalog on the path generated that type
   */
  public <E extends ErrcatException> ErrcatStatusHandler<E> statusHandler(Class<E> type) {
    return ErrcatStatusHandler.of(registry.require(type)).withBodyDeadline(bodyDeadline);
  }

  /**
   * The total time reading an error body may take ({@code errcat.client.body-deadline}), for
   * {@code WebClient} filters: {@code ErrcatExchangeFilter.of(catalog(T.class))
   * .withBodyDeadline(bodyDeadline())} (this bean names no reactive type, so applications without
   * WebFlux can have it).
   *
   * @return the deadline
   */
  public Duration bodyDeadline() {
    return bodyDeadline;
  }

  /**
   * A catalog by its exception type, e.g. for {@link ErrcatExchangeFilter#of(CatalogBinding)}
   * ({@code WebClient}).
   *
   * @param <E> the exception type
   * @param type a generated exception type
   * @return the catalog
   * @throws IllegalArgumentException when no catalog on the path generated that type
   */
  public <E extends ErrcatException> CatalogBinding<E> catalog(Class<E> type) {
    return registry.require(type);
  }
}
