package io.errcat.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The client side's auto-configuration on class paths applications really have: without WebFlux
 * (a servlet application with RestClient only) the {@link ErrcatClients} bean still exists, and
 * {@code errcat.client.body-deadline} reaches the handlers it makes.
 */
class ClientAutoConfigurationTest {
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(ErrcatAutoConfiguration.class,
          ErrcatClientAutoConfiguration.class));

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
}
