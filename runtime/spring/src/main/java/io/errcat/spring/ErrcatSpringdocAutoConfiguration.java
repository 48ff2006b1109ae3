package io.errcat.spring;

import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * With springdoc on the class path, each controller method's documented responses are the errors
 * its {@code @Raises} declares ({@link ErrcatOpenApiCustomizer}). Off with {@code
 * errcat.springdoc.enabled=false}; a bean of the application's own type wins.
 */
@AutoConfiguration
// springdoc and the swagger models it documents with: only then is there anything to customize
@ConditionalOnClass(name = {"org.springdoc.core.customizers.OperationCustomizer",
    "io.swagger.v3.core.util.Json"})
@ConditionalOnBooleanProperty(name = "errcat.springdoc.enabled", matchIfMissing = true)
public class ErrcatSpringdocAutoConfiguration implements BeanClassLoaderAware {
  private ClassLoader classLoader = ErrcatSpringdocAutoConfiguration.class.getClassLoader();

  /** Created by Spring Boot. */
  public ErrcatSpringdocAutoConfiguration() {}

  @Override
  public void setBeanClassLoader(ClassLoader classLoader) {
    this.classLoader = classLoader;
  }

  /**
   * The customizer springdoc calls for every operation and once for the whole document.
   *
   * @return the customizer
   */
  @Bean
  @ConditionalOnMissingBean
  public ErrcatOpenApiCustomizer errcatOpenApiCustomizer() {
    return new ErrcatOpenApiCustomizer(classLoader);
  }
}
