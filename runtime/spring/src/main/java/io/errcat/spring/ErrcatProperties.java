package io.errcat.spring;

import io.errcat.runtime.BodyForm;
import io.errcat.runtime.HttpErrorCodec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code errcat.*} settings of the starter. Spring Boot's configuration processor turns this
 * class and its comments into {@code META-INF/spring-configuration-metadata.json}, so IDEs
 * complete and explain every key.
 */
@ConfigurationProperties("errcat")
public class ErrcatProperties {
  /**
   * Where the HTML reference of the catalogs is published: problem+json "type" URIs become
   * <docs-base-url>/<catalog>.html#<code>. Unset: the URL the code was generated with (the Maven
   * plugin's docsBaseUrl).
   */
  private String docsBaseUrl;

  /** How Spring MVC handlers' errcat exceptions are answered. */
  private final Server server = new Server();

  /** How error responses are read by RestClient and WebClient. */
  private final Client client = new Client();

  /** How springdoc documents the errors of controller methods. */
  private final Springdoc springdoc = new Springdoc();

  /** The errcat.errors meter. */
  private final Metrics metrics = new Metrics();

  public String getDocsBaseUrl() {
    return docsBaseUrl;
  }

  public void setDocsBaseUrl(String docsBaseUrl) {
    this.docsBaseUrl = docsBaseUrl;
  }

  public Server getServer() {
    return server;
  }

  public Client getClient() {
    return client;
  }

  public Springdoc getSpringdoc() {
    return springdoc;
  }

  public Metrics getMetrics() {
    return metrics;
  }

  /** {@code errcat.metrics.*}. */
  public static class Metrics {
    /**
     * Whether every error answered and decoded is counted as the Micrometer counter
     * errcat.errors (tags catalog, code, status, side), when Micrometer is present.
     */
    private boolean enabled = true;

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }
  }

  /** {@code errcat.springdoc.*}. */
  public static class Springdoc {
    /**
     * Whether each controller method's documented responses are the errors its @Raises
     * declares (read from what the annotation processor generated), when springdoc is present.
     */
    private boolean enabled = true;

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }
  }

  /** {@code errcat.client.*}. */
  public static class Client {
    /**
     * The most time reading an error response's body may take in all (besides the 1 MiB bound);
     * past it the connection is closed and the typed exception carries what arrived (a read
     * timeout bounds each read, not a server that drips a byte just inside it). 0: none.
     */
    private Duration bodyDeadline = HttpErrorCodec.DEFAULT_BODY_DEADLINE;

    public Duration getBodyDeadline() {
      return bodyDeadline;
    }

    public void setBodyDeadline(Duration bodyDeadline) {
      this.bodyDeadline = bodyDeadline;
    }
  }

  /** {@code errcat.server.*}. */
  public static class Server {
    /**
     * Whether generated exceptions thrown from Spring MVC handlers are answered in their
     * catalog's format. Off: they are left to Spring (a 500).
     */
    private boolean enabled = true;

    /**
     * The body's form when the request's Accept header names none of the forms (absent, or only
     * wildcards): json is the product's own format, xml its XML form where it has one, problem is
     * RFC 9457 problem+json. Unset: problem when spring.mvc.problemdetails.enabled is true, else
     * json. A client that names a form (Accept: application/json, application/problem+json)
     * always gets it.
     */
    private BodyForm defaultFormat;

    /**
     * Request headers that carry the caller's request id, tried in order; the first present is
     * echoed in the error response. Empty: each catalog's own request id header (e.g.
     * X-Fc-Request-Id). Without one, the id is minted where the catalog's wire says so.
     */
    private List<String> requestIdHeaders = new ArrayList<>();

    /**
     * A request attribute holding the id the application gave this request (set by its own
     * filter, e.g. one that logs or traces requests): answered before the request's headers are
     * looked at. Unset: none.
     */
    private String requestIdAttribute;

    /**
     * The order of errcat's exception handler among the application's @ControllerAdvice beans:
     * before advice of default order, so a catch-all @ExceptionHandler(Exception.class) does not
     * take errcat's exceptions; give your own advice a higher precedence to handle them first.
     */
    private int order = ErrcatExceptionHandler.DEFAULT_ORDER;

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public BodyForm getDefaultFormat() {
      return defaultFormat;
    }

    public void setDefaultFormat(BodyForm defaultFormat) {
      this.defaultFormat = defaultFormat;
    }

    public List<String> getRequestIdHeaders() {
      return requestIdHeaders;
    }

    public void setRequestIdHeaders(List<String> requestIdHeaders) {
      this.requestIdHeaders = requestIdHeaders;
    }

    public String getRequestIdAttribute() {
      return requestIdAttribute;
    }

    public void setRequestIdAttribute(String requestIdAttribute) {
      this.requestIdAttribute = requestIdAttribute;
    }

    public int getOrder() {
      return order;
    }

    public void setOrder(int order) {
      this.order = order;
    }
  }
}
