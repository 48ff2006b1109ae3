package io.errcat.spring;

import io.errcat.runtime.BodyForm;
import io.errcat.runtime.CatalogRegistry;
import io.errcat.runtime.ErrorResponder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * The server side in a Spring MVC application: {@link ErrcatExceptionHandler} answering generated
 * exceptions through the runtime's {@link ErrorResponder}, configured by {@code errcat.*}. Off
 * with {@code errcat.server.enabled=false}.
 */
@AutoConfiguration(after = ErrcatAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(DispatcherServlet.class)
@ConditionalOnBooleanProperty(name = "errcat.server.enabled", matchIfMissing = true)
public class ErrcatServerAutoConfiguration {
  /** Spring Boot's switch for RFC 9457 answers to Spring MVC's own exceptions. */
  static final String SPRING_PROBLEM_DETAILS = "spring.mvc.problemdetails.enabled";

  /** Created by Spring Boot. */
  public ErrcatServerAutoConfiguration() {}

  /**
   * The rules of an error answer.
   *
   * @param registry the catalogs
   * @param properties {@code errcat.*}
   * @param environment for Spring's problem-details switch
   * @return the responder
   */
  @Bean
  @ConditionalOnMissingBean
  public ErrorResponder errcatErrorResponder(CatalogRegistry registry, ErrcatProperties properties,
      Environment environment) {
    BodyForm form = properties.getServer().getDefaultFormat();
    if (form == null) {
      // answer as the rest of the application does: problem+json where Spring's own errors are
      form = environment.getProperty(SPRING_PROBLEM_DETAILS, Boolean.class, false)
          ? BodyForm.PROBLEM : BodyForm.JSON;
    }
    return ErrorResponder.builder(registry)
        .docsBaseUrl(properties.getDocsBaseUrl())
        .defaultForm(form)
        .requestIdHeaders(properties.getServer().getRequestIdHeaders())
        .build();
  }

  /**
   * The exception handler.
   *
   * @param responder the rules of the answer
   * @param properties {@code errcat.*}
   * @param counter what counts the answers (the {@code errcat.errors} meter), if any
   * @return the handler
   */
  @Bean
  @ConditionalOnMissingBean
  public ErrcatExceptionHandler errcatExceptionHandler(ErrorResponder responder,
      ErrcatProperties properties, ObjectProvider<ErrorCounter> counter) {
    return new ErrcatExceptionHandler(responder, properties.getServer().getOrder(),
        properties.getServer().getRequestIdAttribute(), counter.getIfUnique());
  }
}
