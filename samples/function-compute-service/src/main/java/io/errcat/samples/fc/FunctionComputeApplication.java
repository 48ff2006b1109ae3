package io.errcat.samples.fc;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A small Function Compute style service on Spring Boot and embedded Tomcat. Nothing in it speaks
 * errcat: its handlers throw the generated {@code FunctionComputeException}s and the errcat
 * Spring Boot starter answers them in Function Compute's wire format (or problem+json), which the
 * official Function Compute SDK reads.
 *
 * <p>{@code main} serves a demo account on port 8080 (override with {@code --server.port=...}).
 */
@SpringBootApplication
public class FunctionComputeApplication {
  /**
   * Starts the demo service.
   *
   * @param args Spring Boot arguments
   */
  public static void main(String[] args) {
    SpringApplication.run(FunctionComputeApplication.class, args);
  }

  /**
   * The clock request dates are checked against.
   *
   * @return the system clock, in UTC
   */
  @Bean
  @org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean
  java.time.Clock clock() {
    return java.time.Clock.systemUTC();
  }

  /**
   * The demo account, used when no other {@link Account} is given.
   *
   * @return a key {@code AK-demo} / {@code demo-secret} and a service {@code demo}
   */
  @Bean
  @org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean
  Account account() {
    return new Account(10, 1 << 20, 1_000_000)
        .key("AK-demo", "demo-secret", false)
        .service("demo")
        .version("demo", 1, "first release")
        .function("demo", "echo", payload -> payload);
  }
}
