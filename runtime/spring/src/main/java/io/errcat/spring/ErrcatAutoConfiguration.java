package io.errcat.spring;

import io.errcat.runtime.CatalogBinding;
import io.errcat.runtime.CatalogRegistry;
import java.util.logging.Logger;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The application's catalogs: every {@code <Prefix>Catalog} that generated code lists in {@code
 * META-INF/services/io.errcat.runtime.CatalogBinding}, loaded once through {@code ServiceLoader}.
 * Define a {@link CatalogRegistry} bean of your own to choose them instead.
 */
@AutoConfiguration
@EnableConfigurationProperties(ErrcatProperties.class)
public class ErrcatAutoConfiguration implements BeanClassLoaderAware {
  private static final Logger LOG = Logger.getLogger(ErrcatAutoConfiguration.class.getName());

  private ClassLoader classLoader;

  /** Created by Spring Boot. */
  public ErrcatAutoConfiguration() {}

  @Override
  public void setBeanClassLoader(ClassLoader classLoader) {
    this.classLoader = classLoader;
  }

  /**
   * The catalogs on the application's class path.
   *
   * @return the registry
   */
  @Bean
  @ConditionalOnMissingBean
  public CatalogRegistry errcatCatalogRegistry() {
    CatalogRegistry registry = CatalogRegistry.load(classLoader);
    for (String problem : registry.problems()) {
      LOG.warning(() -> "errcat: a catalog binding could not be loaded and is skipped: " + problem);
    }
    LOG.fine(() -> "errcat catalogs: " + registry.all().stream().map(CatalogBinding::id).toList());
    return registry;
  }
}
