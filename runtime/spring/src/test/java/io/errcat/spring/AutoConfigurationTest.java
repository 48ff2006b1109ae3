package io.errcat.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.errcat.runtime.CatalogRegistry;
import io.errcat.runtime.ErrorResponder;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The auto-configurations as Spring Boot's own are tested: on class paths applications really
 * have (without WebFlux, a servlet application with RestClient only, the {@link ErrcatClients}
 * bean still exists), with the properties reaching their beans, and stepping aside for the
 * application's own beans.
 */
class AutoConfigurationTest {
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(ErrcatAutoConfiguration.class,
          ErrcatServerAutoConfiguration.class, ErrcatClientAutoConfiguration.class));

  @Test
  void withoutWebFluxTheClientsBeanStillStarts() {
    runner.withClassLoader(new FilteredClassLoader(WebClient.class.getPackageName()))
        .run(context -> {
          if (context.getStartupFailure() != null) {
            throw new AssertionError(context.getStartupFailure());
          }
          assertEquals(Duration.ofSeconds(10), context.getBean(ErrcatClients.class).bodyDeadline());
        });
  }

  @Test
  void theBodyDeadlinePropertyReachesTheBean() {
    runner.withPropertyValues("errcat.client.body-deadline=2500ms").run(context ->
        assertEquals(Duration.ofMillis(2500), context.getBean(ErrcatClients.class)
            .bodyDeadline()));
  }

  @Test
  void theApplicationsOwnRegistryIsTheOneUsed() {
    CatalogRegistry own = CatalogRegistry.of(List.of());
    runner.withBean(CatalogRegistry.class, () -> own).run(context -> {
      assertSame(own, context.getBean(CatalogRegistry.class));
      assertThrows(IllegalArgumentException.class, () -> context.getBean(ErrcatClients.class)
          .catalog(io.errcat.catalogs.functioncompute.FunctionComputeException.class),
          "the starter's registry would know Function Compute; the application's does not");
    });
  }

  @Test
  void theApplicationsOwnResponderAndClientsAreTheOnesUsed() {
    ErrorResponder responder = ErrorResponder.builder(CatalogRegistry.of(List.of())).build();
    ErrcatClients clients = new ErrcatClients(CatalogRegistry.of(List.of()), Duration.ZERO);
    new WebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(ErrcatAutoConfiguration.class,
            ErrcatServerAutoConfiguration.class, ErrcatClientAutoConfiguration.class))
        .withBean(ErrorResponder.class, () -> responder)
        .withBean(ErrcatClients.class, () -> clients)
        .run(context -> {
          assertEquals(1, context.getBeansOfType(ErrcatExceptionHandler.class).size(),
              "the server side is there, over the application's responder");
          assertSame(responder, context.getBean(ErrorResponder.class));
          assertSame(clients, context.getBean(ErrcatClients.class));
          assertEquals(1, context.getBeansOfType(ErrorResponder.class).size());
        });
  }

  @Test
  void springdocIsDocumentedOnlyWhereItIsAndNotTurnedOff() {
    ApplicationContextRunner springdoc = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(ErrcatSpringdocAutoConfiguration.class));
    springdoc.run(context -> assertEquals(1,
        context.getBeansOfType(ErrcatOpenApiCustomizer.class).size()));
    // without springdoc there is nothing to customize
    springdoc.withClassLoader(new FilteredClassLoader("org.springdoc"))
        .run(context -> assertEquals(0,
            context.getBeansOfType(ErrcatOpenApiCustomizer.class).size()));
    springdoc.withPropertyValues("errcat.springdoc.enabled=false")
        .run(context -> assertEquals(0,
            context.getBeansOfType(ErrcatOpenApiCustomizer.class).size()));
    ErrcatOpenApiCustomizer own = new ErrcatOpenApiCustomizer(getClass().getClassLoader());
    springdoc.withBean(ErrcatOpenApiCustomizer.class, () -> own)
        .run(context -> assertSame(own, context.getBean(ErrcatOpenApiCustomizer.class)));
  }
}
