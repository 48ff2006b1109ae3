package io.errcat.spring;

import io.errcat.runtime.CatalogBinding;
import io.errcat.runtime.CatalogRegistry;
import io.errcat.runtime.ErrcatException;
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

  /**
   * Creates the bean.
   *
   * @param registry the application's catalogs
   */
  public ErrcatClients(CatalogRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
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
    return ErrcatStatusHandler.of(registry.require(type));
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
