package io.errcat.runtime;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What a server adapter (the Spring Boot starter's exception handler, the JAX-RS exception mapper)
 * answers for a generated exception: the catalog found through a {@link CatalogRegistry}, the
 * body's form negotiated from the request's {@code Accept} with the server's default where the
 * header names none, the caller's request id taken from the request when the exception has none
 * (else minted as the catalog's wire says), problem {@code type} URIs under the configured docs
 * base URL. One place for these rules, whatever the framework.
 *
 * <p>An exception of no registered catalog (a hand-written subclass of {@link ErrcatException})
 * is answered as problem+json with its own status: it has no product format to speak.
 *
 * <p>Immutable and thread-safe.
 */
public final class ErrorResponder {
  /** Answers exceptions that belong to no registered catalog. */
  private static final HttpErrorCodec UNREGISTERED =
      HttpErrorCodec.builder(null, code -> Optional.empty()).build();

  private final CatalogRegistry registry;
  private final Map<CatalogBinding<?>, HttpErrorCodec> codecs = new IdentityHashMap<>();
  private final BodyForm defaultForm;
  private final List<String> requestIdHeaders;

  private ErrorResponder(Builder b) {
    registry = b.registry;
    for (CatalogBinding<?> binding : registry.all()) {
      codecs.put(binding, binding.codec(b.docsBaseUrl));
    }
    defaultForm = b.defaultForm;
    requestIdHeaders = List.copyOf(b.requestIdHeaders);
  }

  /**
   * Starts a responder.
   *
   * @param registry the application's catalogs
   * @return a builder
   */
  public static Builder builder(CatalogRegistry registry) {
    return new Builder(registry);
  }

  /**
   * The response for an exception.
   *
   * @param exception the exception a handler threw
   * @param requestHeader the request's header by name (any case), {@code null} when absent
   * @return status, headers and body
   */
  public HttpError respond(ErrcatException exception, UnaryOperator<String> requestHeader) {
    return respond(exception, requestHeader, null);
  }

  /**
   * The response for an exception thrown while serving a request the server gave its own id.
   * The id the answer carries is the exception's own, else {@code serverRequestId}, else the
   * caller's from the request headers, else one minted as the catalog's wire says.
   *
   * @param exception the exception a handler threw
   * @param requestHeader the request's header by name (any case), {@code null} when absent
   * @param serverRequestId the id the server gave this request, or {@code null}
   * @return status, headers and body
   */
  public HttpError respond(ErrcatException exception, UnaryOperator<String> requestHeader,
      String serverRequestId) {
    Optional<CatalogBinding<?>> binding = registry.forException(exception);
    HttpErrorCodec codec = binding.map(codecs::get).orElse(UNREGISTERED);
    ErrorDetails d = exception.details();
    if (d.requestId() == null) {
      String incoming = serverRequestId != null && !serverRequestId.isBlank()
          ? serverRequestId : incomingRequestId(codec, requestHeader);
      if (incoming != null) {
        d = d.toBuilder().requestId(incoming).build();
      }
    }
    return codec.toHttpAs(d, codec.negotiate(requestHeader.apply("Accept"), defaultForm));
  }

  /** The first non-blank value of the configured headers, else of the catalog's own. */
  private String incomingRequestId(HttpErrorCodec codec, UnaryOperator<String> requestHeader) {
    List<String> names = requestIdHeaders;
    if (names.isEmpty()) {
      String own = codec.wire().map(WireFormat::requestIdHeader).orElse(null);
      names = own == null ? List.of() : List.of(own);
    }
    for (String name : names) {
      String v = requestHeader.apply(name);
      if (v != null && !v.isBlank() && v.length() <= 256) {
        return v.strip();
      }
    }
    return null;
  }

  /** Builds an {@link ErrorResponder}. */
  public static final class Builder {
    private final CatalogRegistry registry;
    private String docsBaseUrl;
    private BodyForm defaultForm = BodyForm.JSON;
    private final List<String> requestIdHeaders = new ArrayList<>();

    private Builder(CatalogRegistry registry) {
      this.registry = Objects.requireNonNull(registry, "registry");
    }

    /**
     * Where the HTML reference is published: problem {@code type} URIs become {@code
     * <base>/<catalog>.html#<anchor>}.
     *
     * @param v the base URL, or {@code null} to keep the one the code was generated with
     * @return this builder
     */
    public Builder docsBaseUrl(String v) {
      docsBaseUrl = v;
      return this;
    }

    /**
     * The form of a body when the request's {@code Accept} names none of the forms.
     *
     * @param v the form ({@code null} for the product's JSON)
     * @return this builder
     */
    public Builder defaultForm(BodyForm v) {
      defaultForm = v == null ? BodyForm.JSON : v;
      return this;
    }

    /**
     * The request headers that carry the caller's request id, in order; without any, each
     * catalog's own request id header (e.g. {@code X-Fc-Request-Id}). A value over 256
     * characters is ignored.
     *
     * @param names header names
     * @return this builder
     */
    public Builder requestIdHeaders(List<String> names) {
      requestIdHeaders.clear();
      for (String n : names) {
        if (n != null && !n.isBlank()) {
          requestIdHeaders.add(n.strip());
        }
      }
      return this;
    }

    /**
     * Builds the responder.
     *
     * @return the immutable, thread-safe responder
     */
    public ErrorResponder build() {
      return new ErrorResponder(this);
    }
  }
}
