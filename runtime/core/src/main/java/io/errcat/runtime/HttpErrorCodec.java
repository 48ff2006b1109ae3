package io.errcat.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Turns errors into HTTP responses and responses back into {@link ErrorDetails}, for one catalog:
 * what a generated {@code <Prefix>HttpMapper} delegates to.
 *
 * <p>Encoding writes the product's own {@link WireFormat} as JSON, or as XML when the format has an
 * XML form and the caller asks for it, or RFC 9457 problem+json on request or when the catalog has
 * no wire format; with the status, {@code Content-Type}, the request-id and code headers the format
 * names, and {@code Retry-After} when the retry hint has a delay. An answer without a request id
 * gets one minted when the format says so ({@link WireFormat#requestIdMint()}).
 *
 * <p>Decoding reads at most {@link #DEFAULT_MAX_BODY} bytes (configurable) of a byte array or a
 * stream, picks problem+json by {@code Content-Type} (or by its members when the product's
 * message member is absent), looks the
 * code up in the catalog and never throws: a proxy's HTML page, an empty, truncated, huge or
 * deeply nested body, a wrongly typed or unknown code all give details with the status, the raw
 * code if any, and a {@link DecodeFailure} holding a bounded excerpt of the body. The retry hint
 * is the catalog's for a known code, else {@link RetryHint#forStatus(int)}; a valid {@code
 * Retry-After} header adds its delay.
 *
 * <p>Immutable and thread-safe: build one per catalog and share it.
 */
public final class HttpErrorCodec {
  /** Default bound on the bytes of a body that are read: 1 MiB. */
  public static final int DEFAULT_MAX_BODY = 1 << 20;

  /**
   * Default bound on the time reading a body from a stream may take in all: 10 seconds (a read
   * timeout bounds each read, not a server that drips a byte just inside it).
   */
  public static final Duration DEFAULT_BODY_DEADLINE = Duration.ofSeconds(10);

  /** Default bound on the characters of a body excerpt. */
  public static final int DEFAULT_MAX_EXCERPT = 512;

  /** The media type of JSON bodies (a product's format may label its answers otherwise). */
  public static final String JSON = "application/json";

  private final WireFormat wire;
  private final Function<String, ? extends Optional<? extends ErrorCode>> lookup;
  private final String problemTypeBase;
  private final Map<String, String> problemAnchors;
  private final Set<String> retired;
  private final int maxBody;
  private final int maxExcerpt;
  private final Duration bodyDeadline;
  private final Clock clock;
  /** The catalog's id, for what {@link Traffic} reports; null when not given. */
  private final String catalog;

  private HttpErrorCodec(Builder b) {
    wire = b.wire;
    lookup = b.lookup;
    problemTypeBase = b.problemTypeBase;
    problemAnchors = Map.copyOf(b.problemAnchors);
    retired = Set.copyOf(b.retired);
    maxBody = b.maxBody;
    maxExcerpt = b.maxExcerpt;
    bodyDeadline = b.bodyDeadline;
    clock = b.clock;
    catalog = b.catalog;
  }

  private HttpErrorCodec(HttpErrorCodec c, String problemTypeBase, Duration bodyDeadline) {
    wire = c.wire;
    lookup = c.lookup;
    this.problemTypeBase = problemTypeBase;
    problemAnchors = c.problemAnchors;
    retired = c.retired;
    maxBody = c.maxBody;
    maxExcerpt = c.maxExcerpt;
    this.bodyDeadline = bodyDeadline;
    clock = c.clock;
    catalog = c.catalog;
  }

  /**
   * This codec with problem {@code type} URIs under another base: for a reference published
   * elsewhere than the generated code was told ({@link CatalogBinding#codec(String)}).
   *
   * @param base the URL up to and including {@code #}, or {@code null} for {@code about:blank}
   * @return the copy; this codec is unchanged
   */
  public HttpErrorCodec withProblemTypeBase(String base) {
    return new HttpErrorCodec(this, base, bodyDeadline);
  }

  /**
   * This codec with another total deadline for reading a body from a stream (an adapter's
   * {@code errcat.client.body-deadline}).
   *
   * @param deadline the deadline; zero for none
   * @return the copy; this codec is unchanged
   */
  public HttpErrorCodec withBodyDeadline(Duration deadline) {
    return new HttpErrorCodec(this, problemTypeBase, checkedDeadline(deadline));
  }

  /**
   * The total time reading a body from a stream may take.
   *
   * @return the deadline ({@link #DEFAULT_BODY_DEADLINE} unless configured; zero for none)
   */
  public Duration bodyDeadline() {
    return bodyDeadline;
  }

  private static Duration checkedDeadline(Duration d) {
    if (d == null || d.isNegative()) {
      throw new IllegalArgumentException("a body deadline is zero or positive: " + d);
    }
    return d;
  }

  /**
   * The most bytes of a body this codec reads.
   *
   * @return the bound ({@link #DEFAULT_MAX_BODY} unless configured)
   */
  public int maxBodyBytes() {
    return maxBody;
  }

  /**
   * The base of problem {@code type} URIs.
   *
   * @return the URL up to and including {@code #}, or empty for {@code about:blank}
   */
  public Optional<String> problemTypeBase() {
    return Optional.ofNullable(problemTypeBase);
  }

  /**
   * Starts a codec.
   *
   * @param wire the product's wire format, or {@code null} when it has none (problem+json only)
   * @param lookup finds a catalog error by wire code, e.g. {@code FaasError::fromCode}; it must not
   *     throw (if it does, the code is treated as unknown)
   * @return a builder
   */
  public static Builder builder(
      WireFormat wire, Function<String, ? extends Optional<? extends ErrorCode>> lookup) {
    return new Builder(wire, lookup);
  }

  /**
   * The product's wire format.
   *
   * @return the format, or empty when the catalog has none
   */
  public Optional<WireFormat> wire() {
    return Optional.ofNullable(wire);
  }

  /**
   * The response for an error in the product's wire format (problem+json when there is none).
   *
   * @param d the error
   * @return the response
   */
  public HttpError toHttp(ErrorDetails d) {
    return toHttpAs(d, BodyForm.JSON);
  }

  /**
   * The response for an error in the format the client accepts ({@link #negotiate(String)}).
   *
   * @param d the error
   * @param accept the request's {@code Accept} header, or {@code null}
   * @return the response
   */
  public HttpError toHttp(ErrorDetails d, String accept) {
    return toHttpAs(d, negotiate(accept));
  }

  /**
   * The response for an error in the format and the language the client accepts: the message
   * (and a problem's {@code title}) in the language {@code Accept-Language} prefers among the
   * error's translations ({@link ErrorDetails#inLanguage(String)}), named by {@code
   * Content-Language}.
   *
   * @param d the error
   * @param accept the request's {@code Accept} header, or {@code null}
   * @param acceptLanguage the request's {@code Accept-Language} header, or {@code null}
   * @return the response
   */
  public HttpError toHttp(ErrorDetails d, String accept, String acceptLanguage) {
    return toHttpAs(d.inLanguage(acceptLanguage), negotiate(accept));
  }

  /**
   * The response for an error in the given form: {@link BodyForm#XML} falls back to JSON when the
   * format has no XML form, and every form to problem+json when the catalog has no wire format.
   *
   * @param d the error
   * @param form the body's form ({@code null} for JSON)
   * @return the response
   */
  public HttpError toHttpAs(ErrorDetails d, BodyForm form) {
    if (wire == null || form == BodyForm.PROBLEM) {
      return toProblem(d);
    }
    ErrorDetails e = withRequestId(d);
    if (form == BodyForm.XML && wire.xmlRoot() != null) {
      return HttpError.of(status(e), headers(e, wire.xmlMediaType()), wire.encodeXml(e));
    }
    return HttpError.of(status(e), headers(e, wire.mediaType()), wire.encode(e));
  }

  /**
   * The form a request's {@code Accept} header prefers: {@link BodyForm#PROBLEM} when it lists
   * {@code application/problem+json} with a quality above zero and at least that of the product's
   * forms; {@link BodyForm#XML} when the format has an XML form and {@code application/xml} or
   * {@code text/xml} has a higher quality than {@code application/json}; else {@link
   * BodyForm#JSON}. Wildcards choose nothing: they accept the product's JSON.
   *
   * @param accept the request's {@code Accept} header, or {@code null}
   * @return the form, never {@code null}
   */
  public BodyForm negotiate(String accept) {
    return negotiate(accept, BodyForm.JSON);
  }

  /**
   * The form a request's {@code Accept} header prefers, as {@link #negotiate(String)}, with a
   * server's own default where the header names none of the forms ({@code null}, empty, or only
   * wildcards and other types): a service that answers problem+json by default still answers a
   * client that asks for {@code application/json} in the product's format.
   *
   * @param accept the request's {@code Accept} header, or {@code null}
   * @param unstated the form when the header names none ({@code null} for JSON; {@link
   *     BodyForm#XML} is JSON when the format has no XML form)
   * @return the form, never {@code null}
   */
  public BodyForm negotiate(String accept, BodyForm unstated) {
    BodyForm fallback = unstated == null
        || unstated == BodyForm.XML && (wire == null || wire.xmlRoot() == null)
        ? BodyForm.JSON : unstated;
    if (accept == null) {
      return fallback;
    }
    double problem = -1;
    double json = -1;
    double xml = -1;
    for (String range : accept.split(",")) {
      String[] parts = range.split(";");
      String type = parts[0].trim().toLowerCase(Locale.ROOT);
      double q = quality(parts);
      if (type.equals(ProblemDetails.MEDIA_TYPE)) {
        problem = Math.max(problem, q);
      } else if (type.equals(JSON)) {
        json = Math.max(json, q);
      } else if (type.equals("application/xml") || type.equals("text/xml")) {
        xml = Math.max(xml, q);
      }
    }
    if (problem < 0 && json < 0 && xml < 0) {
      return fallback;
    }
    boolean toXml = wire != null && wire.xmlRoot() != null && xml > 0 && xml > json;
    double own = toXml ? xml : json;
    if (problem > 0 && problem >= own) {
      return BodyForm.PROBLEM;
    }
    return toXml ? BodyForm.XML : BodyForm.JSON;
  }

  private static double quality(String[] parts) {
    double q = 1;
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i].trim();
      if (p.startsWith("q=") || p.startsWith("Q=")) {
        try {
          q = Double.parseDouble(p.substring(2).trim());
        } catch (NumberFormatException e) {
          q = 0;
        }
      }
    }
    return q;
  }

  /**
   * The response for an error as RFC 9457 problem+json.
   *
   * @param d the error
   * @return the response
   */
  public HttpError toProblem(ErrorDetails d) {
    ErrorDetails e = withRequestId(d);
    String anchor = e.error() == null ? null : anchor(e.error());
    ProblemDetails p = ProblemDetails.of(e, problemTypeBase, anchor);
    return HttpError.of(status(e), headers(e, ProblemDetails.MEDIA_TYPE), p.encode());
  }

  /**
   * The URL of an error's card in the HTML reference: a problem's {@code type}, gRPC's {@code
   * Help} link.
   *
   * @param error a code of this catalog
   * @return the URL, or empty when the codec knows no reference
   */
  public Optional<String> referenceUrl(ErrorCode error) {
    if (problemTypeBase == null || error == null) {
      return Optional.empty();
    }
    return Optional.of(problemTypeBase + anchor(error));
  }

  /** A code's anchor in its reference page: its constant name, unless renamed. */
  private String anchor(ErrorCode error) {
    return problemAnchors.getOrDefault(error.name(), error.name());
  }

  /** {@code d}, with a minted request id when it has none and the format mints them. */
  private ErrorDetails withRequestId(ErrorDetails d) {
    if (d.requestId() != null || wire == null || wire.requestIdMint() == null) {
      return d;
    }
    return d.toBuilder().requestId(wire.requestIdMint().mint()).build();
  }

  /**
   * Decodes a response. Never throws.
   *
   * @param status the HTTP status
   * @param headers the response headers (any case; {@code null} allowed)
   * @param body the body ({@code null} allowed)
   * @return the details; {@link ErrorDetails#error()} is null when the code is absent or unknown
   */
  public ErrorDetails fromHttp(int status, Map<String, List<String>> headers, byte[] body) {
    return fromHttp(status, headers, body, null);
  }

  /**
   * Decodes a response to a known operation. Never throws.
   *
   * @param status the HTTP status
   * @param headers the response headers (any case; {@code null} allowed)
   * @param body the body ({@code null} allowed)
   * @param operation the operation id the request was for, or {@code null}
   * @return the details, with {@code operation} set (else taken from a problem's extension) and,
   *     for a code with per-operation texts, that operation's texts where the response carried
   *     none ({@link ErrorDetails#inOperation(String)}; the status stays the response's)
   */
  public ErrorDetails fromHttp(
      int status, Map<String, List<String>> headers, byte[] body, String operation) {
    ErrorDetails d = decode(status, headers, body, operation);
    if (Traffic.listening()) {
      Traffic.decoded(catalog, d, body, maxExcerpt);
    }
    return d;
  }

  private ErrorDetails decode(
      int status, Map<String, List<String>> headers, byte[] body, String operation) {
    try {
      DecodedBuilder decoded =
          Decoding.read(wire, false, status, headers, body, maxBody, maxExcerpt);
      ErrorCode error = find(decoded.code);
      DecodeFailure failure = decoded.failure;
      if (error == null && decoded.code != null && failure == null) {
        boolean wasRetired = retired.contains(decoded.code);
        failure = new DecodeFailure(
            wasRetired ? DecodeFailure.Reason.RETIRED_CODE : DecodeFailure.Reason.UNKNOWN_CODE,
            "code '" + Excerpts.truncate(decoded.code, 64) + (wasRetired
                ? "' is retired: the catalog no longer returns it" : "' is not in the catalog"),
            Excerpts.of(body, maxExcerpt), body == null ? 0 : body.length);
      }
      RetryHint retry = RetryAfter.apply(
          error != null ? error.retry() : RetryHint.forStatus(decoded.status), decoded.status,
          Headers.first(headers, "Retry-After"), clock);
      String message = decoded.message(error != null ? error.message() : null);
      if (message == null && error != null) {
        message = error.message();
      }
      // Only a code with several variants can change texts with the operation; any other takes
      // it as is, without a second copy of the details.
      boolean switches = operation != null && error != null && error.variants().size() > 1;
      // the language is what the server says it answered in; the message stays as received
      ErrorDetails d = new ErrorDetails(error, decoded.code, message,
          operation != null && !switches ? operation : decoded.operation, decoded.requestId,
          decoded.status, retry, decoded.extras(), failure,
          Languages.contentLanguage(Headers.first(headers, "Content-Language")), List.of());
      return switches ? d.inOperation(operation, true) : d;
    } catch (RuntimeException | StackOverflowError e) {
      return ErrorDetails.builder()
          .httpStatus(status)
          .retry(RetryHint.forStatus(status))
          .failure(new DecodeFailure(DecodeFailure.Reason.INTERNAL_ERROR, e.toString(), "",
              body == null ? 0 : body.length))
          .build();
    }
  }

  /**
   * Decodes a response. Never throws.
   *
   * @param response the response
   * @return the details
   */
  public ErrorDetails fromHttp(HttpError response) {
    return fromHttp(response, null);
  }

  /**
   * Decodes a response to a known operation. Never throws.
   *
   * @param response the response ({@code null} is a response without status or body)
   * @param operation the operation id, or {@code null}
   * @return the details
   */
  public ErrorDetails fromHttp(HttpError response, String operation) {
    return response == null
        ? fromHttp(0, null, null, operation)
        : fromHttp(response.status(), response.headers(), response.bodyUnsafe(), operation);
  }

  /**
   * Decodes a response whose body is a stream (e.g. {@code HttpURLConnection.getErrorStream()},
   * which is {@code null} when there is no body). Reads at most one byte past the body bound, so a
   * huge body is never read to its end, within the {@linkplain #bodyDeadline() body deadline}, and
   * does not close the stream unless the deadline passes (then it is closed from another thread,
   * which ends a blocked read). Never throws: when reading fails part way, what was read is decoded
   * and the failure is {@link DecodeFailure.Reason#READ_FAILED} ({@link
   * DecodeFailure.Reason#TOO_SLOW} at the deadline) unless the bytes read already explain the
   * error.
   *
   * @param status the HTTP status
   * @param headers the response headers (any case; {@code null} allowed)
   * @param body the body stream ({@code null} allowed)
   * @param operation the operation id the request was for, or {@code null}
   * @return the details
   */
  public ErrorDetails fromStream(
      int status, Map<String, List<String>> headers, InputStream body, String operation) {
    if (body == null) {
      return fromHttp(status, headers, (byte[]) null, operation);
    }
    BodyRead.Result read = BodyRead.read(body, maxBody, bodyDeadline);
    if (read.error() == null) {
      return fromHttp(status, headers, read.bytes(), operation);
    }
    return fromCutOffBody(status, headers, read.bytes(), operation, read.tooSlow(), read.error());
  }

  /**
   * Decodes a response whose body stopped before its end: a read that failed, or one that did not
   * finish within a deadline (an adapter that reads the body its own way, as a reactive client
   * does, reports what arrived here). What arrived is decoded; the failure is {@link
   * DecodeFailure.Reason#TOO_SLOW} or {@link DecodeFailure.Reason#READ_FAILED}, unless the bytes
   * that arrived already explain the error. Never throws.
   *
   * @param status the HTTP status
   * @param headers the response headers (any case; {@code null} allowed)
   * @param arrived the bytes that arrived ({@code null} for none)
   * @param operation the operation id the request was for, or {@code null}
   * @param tooSlow whether the body missed its deadline (else reading it failed)
   * @param why what stopped it, for the failure's detail
   * @return the details
   */
  public ErrorDetails fromCutOffBody(int status, Map<String, List<String>> headers,
      byte[] arrived, String operation, boolean tooSlow, String why) {
    byte[] bytes = arrived == null ? new byte[0] : arrived;
    ErrorDetails d = cutOff(status, headers, bytes, operation, tooSlow, why);
    if (Traffic.listening()) {
      Traffic.decoded(catalog, d, bytes, maxExcerpt);
    }
    return d;
  }

  private ErrorDetails cutOff(int status, Map<String, List<String>> headers, byte[] bytes,
      String operation, boolean tooSlow, String why) {
    ErrorDetails d = decode(status, headers, bytes, operation);
    if (d.error() != null && d.failure() == null) {
      return d;
    }
    int n = bytes.length;
    return d.toBuilder()
        .failure(tooSlow
            ? new DecodeFailure(DecodeFailure.Reason.TOO_SLOW, "the body was " + why + " ("
                + n + " bytes arrived)", Excerpts.of(bytes, maxExcerpt), n)
            : new DecodeFailure(DecodeFailure.Reason.READ_FAILED,
                "reading the body failed after " + n + " bytes: " + why,
                Excerpts.of(bytes, maxExcerpt), n))
        .build();
  }

  private ErrorCode find(String code) {
    if (code == null) {
      return null;
    }
    try {
      Optional<? extends ErrorCode> e = lookup.apply(code);
      return e == null ? null : e.orElse(null);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static int status(ErrorDetails d) {
    int s = d.httpStatus();
    return s >= 100 && s <= 599 ? s : 500;
  }

  private Map<String, List<String>> headers(ErrorDetails d, String contentType) {
    Map<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    h.put("Content-Type", List.of(contentType));
    if (wire != null && wire.requestIdHeader() != null && d.requestId() != null) {
      h.put(wire.requestIdHeader(), List.of(headerValue(d.requestId())));
    }
    if (wire != null && wire.codeHeader() != null && d.code() != null) {
      h.put(wire.codeHeader(), List.of(headerValue(d.code())));
    }
    if (d.retry().after() != null) {
      h.put("Retry-After", List.of(RetryAfter.format(d.retry().after())));
    }
    if (d.language() != null) {
      h.put("Content-Language", List.of(headerValue(d.language())));
    }
    return h;
  }

  /** A header value cannot hold line breaks or other controls (header injection). */
  private static String headerValue(String v) {
    StringBuilder b = new StringBuilder(v.length());
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      b.append(Character.isISOControl(c) ? ' ' : c);
    }
    return b.toString();
  }

  /** Builds an {@link HttpErrorCodec}. */
  public static final class Builder {
    private final WireFormat wire;
    private final Function<String, ? extends Optional<? extends ErrorCode>> lookup;
    private String problemTypeBase;
    private final Map<String, String> problemAnchors = new TreeMap<>();
    private final Set<String> retired = new java.util.TreeSet<>();
    private int maxBody = DEFAULT_MAX_BODY;
    private int maxExcerpt = DEFAULT_MAX_EXCERPT;
    private Duration bodyDeadline = DEFAULT_BODY_DEADLINE;
    private Clock clock = Clock.systemUTC();
    private String catalog;

    private Builder(
        WireFormat wire, Function<String, ? extends Optional<? extends ErrorCode>> lookup) {
      this.wire = wire;
      this.lookup = Objects.requireNonNull(lookup, "lookup");
    }

    /**
     * Sets the URL of the catalog's HTML reference up to and including {@code #}: a problem's
     * {@code type} is this followed by the error's anchor, its constant name unless {@link
     * #problemAnchor} says otherwise. Without it, {@code about:blank}.
     *
     * @param v the base URL, or {@code null}
     * @return this builder
     */
    public Builder problemTypeBase(String v) {
      problemTypeBase = v;
      return this;
    }

    /**
     * Gives one error's card in the HTML reference another anchor than its constant name (the
     * docs renumber a constant that equals an element id of the page, such as {@code q}).
     *
     * @param constant the error's constant name
     * @param anchor the anchor its problem {@code type} ends with
     * @return this builder
     */
    public Builder problemAnchor(String constant, String anchor) {
      problemAnchors.put(Objects.requireNonNull(constant, "constant"),
          Objects.requireNonNull(anchor, "anchor"));
      return this;
    }

    /**
     * Names the catalog, for the events of {@link Traffic}.
     *
     * @param id the catalog's id, e.g. {@code faas}
     * @return this builder
     */
    public Builder catalog(String id) {
      catalog = id;
      return this;
    }

    /**
     * Names codes the catalog retired: decoding one gives the fallback with {@link
     * DecodeFailure.Reason#RETIRED_CODE}, which says what it was, rather than {@code UNKNOWN_CODE}.
     *
     * @param codes the retired codes, as they were on the wire
     * @return this builder
     */
    public Builder retired(String... codes) {
      for (String c : codes) {
        retired.add(Objects.requireNonNull(c, "code"));
      }
      return this;
    }

    /**
     * Sets how many body bytes are read at most.
     *
     * @param v the bound, at least 1
     * @return this builder
     * @throws IllegalArgumentException when {@code v < 1}
     */
    public Builder maxBodyBytes(int v) {
      if (v < 1) {
        throw new IllegalArgumentException("maxBodyBytes < 1: " + v);
      }
      maxBody = v;
      return this;
    }

    /**
     * Sets how many characters a body excerpt holds at most.
     *
     * @param v the bound, at least 0
     * @return this builder
     * @throws IllegalArgumentException when {@code v < 0}
     */
    public Builder maxExcerptChars(int v) {
      if (v < 0) {
        throw new IllegalArgumentException("maxExcerptChars < 0: " + v);
      }
      maxExcerpt = v;
      return this;
    }

    /**
     * Sets the total time reading a body from a stream may take ({@link
     * #DEFAULT_BODY_DEADLINE} unless set).
     *
     * @param v the deadline; zero for none
     * @return this builder
     */
    public Builder bodyDeadline(Duration v) {
      bodyDeadline = checkedDeadline(v);
      return this;
    }

    /**
     * Sets the clock a {@code Retry-After} HTTP-date is measured against (tests).
     *
     * @param v the clock
     * @return this builder
     */
    public Builder clock(Clock v) {
      clock = Objects.requireNonNull(v, "clock");
      return this;
    }

    /**
     * Builds the codec.
     *
     * @return the immutable, thread-safe codec
     */
    public HttpErrorCodec build() {
      return new HttpErrorCodec(this);
    }
  }
}
