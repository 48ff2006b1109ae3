package io.errcat.runtime;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
   * The response for an exception thrown while serving a request. The id the answer carries is the
   * exception's own, else the application's for the request, else the caller's from the request
   * id headers (the first non-blank value of the first header that has one), else one minted as
   * the catalog's wire says. The form follows every {@code Accept} value the request carried,
   * read as one list, with the server's default where they name none.
   *
   * @param exception the exception a handler threw
   * @param request the request it was serving
   * @return status, headers and body
   */
  public HttpError respond(ErrcatException exception, RequestView request) {
    return answer(exception, request).http();
  }

  /**
   * The response for an exception, as {@link #respond(ErrcatException, RequestView)}, with the
   * request id it carries: for a server's log line that a caller's report can be matched with.
   *
   * @param exception the exception a handler threw
   * @param request the request it was serving
   * @return the response and its request id
   */
  public Answer answer(ErrcatException exception, RequestView request) {
    Optional<CatalogBinding<?>> binding = registry.forException(exception);
    HttpErrorCodec codec = binding.map(codecs::get).orElse(UNREGISTERED);
    ErrorDetails d = prepare(exception, codec, request);
    List<String> accept = request.headers("Accept");
    return new Answer(codec.toHttpAs(d, codec.negotiate(
        accept.isEmpty() ? null : String.join(", ", accept), defaultForm)), d.requestId(),
        binding.map(CatalogBinding::id).orElse(null));
  }

  /**
   * What any protocol's answer to an exception carries, by the rules of {@link #respond}: its
   * details with the request id (the exception's, else the application's, else the caller's from
   * the request id headers, else minted) and the message in the caller's language. The gRPC
   * adapter answers from these, so that both protocols follow one rule.
   *
   * @param exception the exception a handler threw
   * @param request the request it was serving
   * @return the details to answer with
   */
  public ErrorDetails prepare(ErrcatException exception, RequestView request) {
    Optional<CatalogBinding<?>> binding = registry.forException(exception);
    return prepare(exception, binding.map(codecs::get).orElse(UNREGISTERED), request);
  }

  /**
   * The catalog of an exception, and the codec this responder answers it with (its docs base
   * URL applied).
   *
   * @param exception a generated exception
   * @return the catalog and codec, or empty for an exception of no registered catalog
   */
  public Optional<Registered> catalogOf(ErrcatException exception) {
    return registry.forException(exception).map(b -> new Registered(b, codecs.get(b)));
  }

  /**
   * A registered catalog and the codec a responder answers it with.
   *
   * @param binding the catalog
   * @param codec its codec, with the responder's docs base URL
   */
  public record Registered(CatalogBinding<?> binding, HttpErrorCodec codec) {}

  private ErrorDetails prepare(ErrcatException exception, HttpErrorCodec codec,
      RequestView request) {
    ErrorDetails d = exception.details();
    if (d.requestId() == null) {
      String own = request.applicationRequestId();
      String id = own != null && !own.isBlank() ? own : incomingRequestId(codec, request);
      if (id == null) {
        id = codec.wire().map(WireFormat::requestIdMint).map(RequestIdMint::mint).orElse(null);
      }
      if (id != null) {
        d = d.toBuilder().requestId(id).build();
      }
    }
    return d.inLanguage(request.languageRanges());
  }

  /**
   * A response, the request id it carries and the catalog it comes from.
   *
   * @param http status, headers and body
   * @param requestId the id, or {@code null} when the catalog's wire has none to give
   * @param catalog the id of the catalog that answered, or {@code null} for an exception of none
   */
  public record Answer(HttpError http, String requestId, String catalog) {}

  /** The first non-blank value of the configured headers, else of the catalog's own. */
  private String incomingRequestId(HttpErrorCodec codec, RequestView request) {
    List<String> names = requestIdHeaders;
    if (names.isEmpty()) {
      String own = codec.wire().map(WireFormat::requestIdHeader).orElse(null);
      names = own == null ? List.of() : List.of(own);
    }
    for (String name : names) {
      for (String v : request.headers(name)) {
        if (v != null && !v.isBlank() && v.length() <= 256) {
          return v.strip();
        }
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
