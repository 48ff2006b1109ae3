package io.errcat.spring;

import io.errcat.runtime.CatalogRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The client side: {@link ErrcatClients}, the factory of {@code RestClient} status handlers (and
 * catalogs for {@code WebClient} filters) over the application's catalogs.
 */
@AutoConfiguration(after = ErrcatAutoConfiguration.class)
public class ErrcatClientAutoConfiguration {
  /** Created by Spring Boot. */
  public ErrcatClientAutoConfiguration() {}

  /**
   * The client factory.
   *
   * @param registry the catalogs
   * @param properties {@code errcat.client.*}
   * @return the factory
   */
  @Bean
  @ConditionalOnMissingBean
  public ErrcatClients errcatClients(CatalogRegistry registry, ErrcatProperties properties) {
    return new ErrcatClients(registry, properties.getClient().getBodyDeadline());
  }
}
