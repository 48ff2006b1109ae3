package io.errcat.spring.app;

import io.errcat.catalogs.faas.FaasError;
import io.errcat.catalogs.faas.FaasException;
import io.errcat.catalogs.faas.FaasOperation;
import io.errcat.catalogs.functioncompute.FunctionComputeError;
import io.errcat.catalogs.functioncompute.FunctionComputeException;
import io.errcat.catalogs.imagesearch.ImageSearchError;
import io.errcat.catalogs.imagesearch.ImageSearchException;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A Spring Boot application with three catalogs on its class path and nothing errcat-specific in
 * it: its controllers throw generated exceptions and the starter does the rest.
 */
@SpringBootApplication
public class TestApp {
  /** Throws what the request names. */
  @RestController
  static class Throwing {
    @GetMapping("/fc")
    String fc(@RequestParam("code") String code) {
      throw FunctionComputeException.of(FunctionComputeError.fromCode(code).orElseThrow());
    }

    @GetMapping("/faas")
    String faas(@RequestParam("code") String code, @RequestParam(name = "operation", required = false) String operation) {
      FaasException e = FaasException.of(FaasError.fromCode(code).orElseThrow());
      throw operation == null ? e : e.withOperation(FaasOperation.fromId(operation).orElseThrow());
    }

    @GetMapping("/image-search")
    String imageSearch(@RequestParam("code") String code) {
      throw ImageSearchException.of(ImageSearchError.fromCode(code).orElseThrow());
    }

    @GetMapping("/boom")
    String boom() {
      throw new IllegalStateException("not an errcat exception");
    }

    @GetMapping("/ok")
    String ok() {
      return "ok";
    }
  }

  /**
   * Starts an application on 127.0.0.1 and a free port.
   *
   * @param sources configuration classes
   * @param properties extra {@code key=value} properties
   * @return the running context
   */
  public static ConfigurableApplicationContext start(List<Class<?>> sources, String... properties) {
    return new SpringApplicationBuilder(sources.toArray(Class<?>[]::new))
        .web(WebApplicationType.SERVLET)
        .properties("server.port=0", "server.address=127.0.0.1", "spring.main.banner-mode=off",
            "logging.level.root=warn")
        .properties(properties)
        .run();
  }

  /**
   * The port a started application listens on.
   *
   * @param context the context
   * @return the port
   */
  public static int port(ConfigurableApplicationContext context) {
    // the property both Boot 3.5 and 4.0 publish (the web server context moved package in 4.0,
    // and compat/spring-boot-3 compiles these tests against 3.5)
    return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
  }
}
