package io.errcat.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.errcat.catalogs.functioncompute.FunctionComputeError;
import io.errcat.catalogs.functioncompute.FunctionComputeException;
import io.errcat.runtime.DecodeFailure;
import io.errcat.runtime.testing.HostileServer;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.client.JettyClientHttpRequestFactory;
import org.springframework.http.client.ReactorClientHttpRequestFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Every request factory Spring offers {@code RestClient}, and {@code WebClient}, against a server
 * that attacks through its error bodies: an endless body, a gzip body that inflates without end, a
 * body dripped past the deadline, impossible statuses, an unknown charset. Each call ends with the
 * catalog's typed exception, within its bounds, and the client gives the connection up rather
 * than drain the rest (the server sees it go away before the body's end).
 */
class HostileServerTest {
  private static HostileServer server;

  @BeforeAll
  static void start() throws Exception {
    server = new HostileServer();
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  static Stream<Named<Supplier<ClientHttpRequestFactory>>> factories() {
    return Stream.of(
        Named.of("java.net.http", JdkClientHttpRequestFactory::new),
        Named.of("HttpURLConnection", SimpleClientHttpRequestFactory::new),
        Named.of("Apache HttpClient 5", HttpComponentsClientHttpRequestFactory::new),
        Named.of("reactor-netty", ReactorClientHttpRequestFactory::new),
        Named.of("Jetty", JettyClientHttpRequestFactory::new));
  }

  private static FunctionComputeException call(Supplier<ClientHttpRequestFactory> factory,
      String path) throws Exception {
    return call(factory, path, false);
  }

  /** A RestClient call, the handler registered as status handler or as interceptor. */
  private static FunctionComputeException call(Supplier<ClientHttpRequestFactory> factory,
      String path, boolean intercepting) throws Exception {
    ClientHttpRequestFactory f = factory.get();
    try {
      ErrcatStatusHandler<FunctionComputeException> handler =
          ErrcatStatusHandler.of(FunctionComputeException.class)
              .withBodyDeadline(Duration.ofSeconds(1));
      RestClient.Builder b = RestClient.builder().baseUrl(server.base()).requestFactory(f);
      RestClient rest = (intercepting ? b.requestInterceptor(handler)
          : b.defaultStatusHandler(handler)).build();
      return assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(
          FunctionComputeException.class, () -> rest.get().uri(path).retrieve()
              .body(String.class), path));
    } finally {
      if (f instanceof AutoCloseable c) {
        c.close();
      } else if (f instanceof org.springframework.beans.factory.DisposableBean d) {
        d.destroy();
      }
    }
  }

  private static FunctionComputeException webClient(String path) {
    WebClient web = WebClient.builder().baseUrl(server.base())
        .filter(ErrcatExchangeFilter.of(FunctionComputeException.class)
            .withBodyDeadline(Duration.ofSeconds(1)))
        .build();
    return assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(
        FunctionComputeException.class, () -> web.get().uri(path).retrieve()
            .bodyToMono(String.class).block(), path));
  }

  private static void endedEarly(FunctionComputeException e, String path,
      DecodeFailure.Reason reason) throws Exception {
    assertEquals(500, e.httpStatus());
    assertNull(e.error(), e.toString());
    assertEquals(reason, e.details().failure().reason(), e.toString());
    assertEquals(HostileServer.Outcome.ABORTED, server.outcome(path, Duration.ofSeconds(20)),
        "the client read " + path + " to its end");
  }

  private static void typed(FunctionComputeException e, int status) {
    assertEquals(status, e.httpStatus());
    assertEquals(FunctionComputeError.SERVICE_NOT_FOUND, e.error(), e.toString());
  }

  @ParameterizedTest
  @MethodSource("factories")
  void anEndlessBodyIsReadToItsBoundAndNoFurther(Supplier<ClientHttpRequestFactory> f)
      throws Exception {
    server.reset();
    endedEarly(call(f, "/endless"), "/endless", DecodeFailure.Reason.TOO_LARGE);
  }

  @ParameterizedTest
  @MethodSource("factories")
  void aGzipBodyThatInflatesWithoutEndIsNotDrained(Supplier<ClientHttpRequestFactory> f)
      throws Exception {
    server.reset();
    FunctionComputeException e = call(f, "/gzip-endless");
    assertEquals(500, e.httpStatus());
    assertNull(e.error(), e.toString());
    assertEquals(HostileServer.Outcome.ABORTED,
        server.outcome("/gzip-endless", Duration.ofSeconds(20)), "the client drained the bomb");
  }

  @ParameterizedTest
  @MethodSource("factories")
  void aDrippedBodyEndsAtTheDeadline(Supplier<ClientHttpRequestFactory> f) throws Exception {
    server.reset();
    FunctionComputeException e = call(f, "/drip");
    if (f.get() instanceof SimpleClientHttpRequestFactory) {
      // HttpURLConnection hands a closed, unfinished body of up to 512 KiB to the JDK's own
      // keep-alive cleaner thread, which reads the rest there; the caller is free at once
      assertEquals(DecodeFailure.Reason.TOO_SLOW, e.details().failure().reason());
      return;
    }
    endedEarly(e, "/drip", DecodeFailure.Reason.TOO_SLOW);
  }

  @ParameterizedTest
  @MethodSource("factories")
  void impossibleStatusesAreErrors(Supplier<ClientHttpRequestFactory> f) throws Exception {
    typed(call(f, "/status-600"), 600);
    typed(call(f, "/status-999"), 999);
  }

  @ParameterizedTest
  @MethodSource("factories")
  void anUnknownCharsetStillGivesTheTypedException(Supplier<ClientHttpRequestFactory> f)
      throws Exception {
    // Spring parses Content-Type before any status handler: the interceptor acts first
    typed(call(f, "/bad-charset", true), 404);
  }

  @ParameterizedTest
  @MethodSource("factories")
  void asAnInterceptorTheHandlerEndsHostileBodiesAlike(Supplier<ClientHttpRequestFactory> f)
      throws Exception {
    server.reset();
    endedEarly(call(f, "/endless", true), "/endless", DecodeFailure.Reason.TOO_LARGE);
    typed(call(f, "/status-999", true), 999);
  }

  @Test
  void webClientMeetsTheSameBodiesTheSameWay() throws Exception {
    server.reset();
    endedEarly(webClient("/endless"), "/endless", DecodeFailure.Reason.TOO_LARGE);
    server.reset();
    FunctionComputeException bomb = webClient("/gzip-endless");
    assertEquals(500, bomb.httpStatus());
    assertEquals(HostileServer.Outcome.ABORTED,
        server.outcome("/gzip-endless", Duration.ofSeconds(20)), "WebClient drained the bomb");
    server.reset();
    endedEarly(webClient("/drip"), "/drip", DecodeFailure.Reason.TOO_SLOW);
    typed(webClient("/status-600"), 600);
    typed(webClient("/status-999"), 999);
    typed(webClient("/bad-charset"), 404);
  }
}
