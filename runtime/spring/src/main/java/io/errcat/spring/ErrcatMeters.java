package io.errcat.spring;

import io.errcat.runtime.ErrcatException;
import io.errcat.runtime.ErrorDetails;
import io.errcat.runtime.Traffic;
import io.errcat.runtime.TrafficListener;
import io.errcat.runtime.Unexplained;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Objects;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * The {@value #NAME} counter: every error the application answers ({@code side=server}, from
 * {@link ErrcatExceptionHandler}) and every one its clients decode ({@code side=client}, from any
 * errcat codec in the JVM, through {@link Traffic}), tagged {@code catalog}, {@code code} and
 * {@code status}. Tags stay bounded whatever a server sends: a code the catalog does not list is
 * counted as {@value #UNKNOWN}, never under its own text. Visible in Actuator's {@code
 * /actuator/metrics/errcat.errors}.
 */
public final class ErrcatMeters implements ErrorCounter, TrafficListener, SmartInitializingSingleton,
    DisposableBean {
  /** The meter's name. */
  public static final String NAME = "errcat.errors";
  /** The code tag of a code the catalog does not know (or of a response without one). */
  public static final String UNKNOWN = "UNKNOWN";

  private final ObjectProvider<MeterRegistry> registry;
  private Traffic.Registration listening;

  /**
   * Creates the meters.
   *
   * @param registry the application's registry, looked up when the first error is counted
   */
  public ErrcatMeters(ObjectProvider<MeterRegistry> registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  @Override
  public void afterSingletonsInstantiated() {
    listening = Traffic.listen(this);
  }

  @Override
  public void destroy() {
    if (listening != null) {
      listening.close();
    }
  }

  @Override
  public void answered(String catalog, ErrcatException exception, int status) {
    count(catalog, exception.isKnown() ? exception.error().code() : null, status, "server");
  }

  @Override
  public void decoded(String catalog, ErrorDetails details) {
    count(catalog, details.error() != null ? details.error().code() : null, details.httpStatus(),
        "client");
  }

  @Override
  public void unexplained(Unexplained event) {
    // already counted by decoded(); what the documents forgot goes to a JsonLinesSink
  }

  private void count(String catalog, String code, int status, String side) {
    MeterRegistry r = registry.getIfAvailable();
    if (r == null) {
      return;
    }
    Counter.builder(NAME)
        .description("Errors answered (side=server) and decoded (side=client) by errcat")
        .tag("catalog", catalog == null ? "none" : catalog)
        .tag("code", code == null ? UNKNOWN : code)
        .tag("status", Integer.toString(status))
        .tag("side", side)
        .register(r)
        .increment();
  }
}
