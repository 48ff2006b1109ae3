package io.errcat.spring;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The {@code errcat.errors} meter ({@link ErrcatMeters}) where Micrometer is on the class path:
 * Actuator's metrics then show every error answered and decoded. Off with {@code
 * errcat.metrics.enabled=false}.
 */
@AutoConfiguration(after = ErrcatAutoConfiguration.class)
// Micrometer is optional for the starter: without it there is nothing to count into
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBooleanProperty(name = "errcat.metrics.enabled", matchIfMissing = true)
public class ErrcatMetricsAutoConfiguration {
  /** Created by Spring Boot. */
  public ErrcatMetricsAutoConfiguration() {}

  /**
   * The meters. The registry is looked up when the first error is counted, not here, so that this
   * needs no ordering against the auto-configuration that makes the registry (its class moved
   * between Boot 3 and 4), and counts nothing where the application has none.
   *
   * @param registry the application's meter registry, if any
   * @return the meters
   */
  @Bean
  @ConditionalOnMissingBean
  public ErrcatMeters errcatMeters(ObjectProvider<MeterRegistry> registry) {
    return new ErrcatMeters(registry);
  }
}
