package io.errcat.runtime;

import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One generated catalog as a framework adapter sees it: its exception and error types, its HTTP
 * codec, and how to make its typed exception from decoded details. The errcat generator writes one
 * per catalog with a wire format ({@code <Prefix>Catalog}) and lists it in {@code
 * META-INF/services/io.errcat.runtime.CatalogBinding}, so {@link CatalogRegistry} finds every
 * catalog of an application through {@link java.util.ServiceLoader}: nothing to register by hand,
 * no reflection beyond what {@code ServiceLoader} does.
 *
 * <p>Implementations hold data only (the generated class returns its mapper's codec and calls its
 * exception's constructor); the rules live in the runtime.
 *
 * @param <E> the catalog's exception type
 */
public interface CatalogBinding<E extends ErrcatException> {

  /**
   * The catalog's id.
   *
   * @return the product id, e.g. {@code function-compute}
   */
  String id();

  /**
   * The {@code domain} of this catalog's errors in gRPC's {@code google.rpc.ErrorInfo}: the
   * catalog's own, else its product's service host, else its id.
   *
   * @return the domain
   */
  default String grpcDomain() {
    return id();
  }

  /**
   * The exception type generated code throws for this catalog.
   *
   * @return e.g. {@code FunctionComputeException.class}
   */
  Class<E> exceptionType();

  /**
   * The type of the catalog's error codes.
   *
   * @return e.g. {@code FunctionComputeError.class} (an enum, or the sealed interface of a split
   *     catalog)
   */
  Class<? extends ErrorCode> errorType();

  /**
   * The codec the generated mapper uses, with the problem {@code type} base it was generated with.
   *
   * @return the shared, thread-safe codec
   */
  HttpErrorCodec codec();

  /**
   * The catalog's page in the HTML reference.
   *
   * @return the page file, e.g. {@code function-compute.html}
   */
  String referencePage();

  /**
   * The typed exception for decoded details ({@code new <Prefix>Exception(details)}).
   *
   * @param details the details, whose error (if any) is of this catalog
   * @return the exception, to throw
   */
  E exception(ErrorDetails details);

  /**
   * The codec with problem {@code type} URIs under a docs base URL given at run time: {@code
   * <base>/<referencePage>#<anchor>}, the same rule the generator applies to its {@code
   * docsBaseUrl}.
   *
   * @param docsBaseUrl where the HTML reference is published, or {@code null} to keep the
   *     generated base
   * @return the codec
   */
  default HttpErrorCodec codec(String docsBaseUrl) {
    String base = ReferenceUrls.normaliseBaseUrl(docsBaseUrl);
    return base == null ? codec()
        : codec().withProblemTypeBase(ReferenceUrls.pageUrl(base, referencePage()) + "#");
  }

  /**
   * Decodes an error response into this catalog's typed exception. Never throws.
   *
   * @param response the response ({@code null} is a response without status or body)
   * @param operation the operation id the request was for, or {@code null}
   * @return the exception, never {@code null}
   */
  default E fromHttp(HttpError response, String operation) {
    return exception(codec().fromHttp(response, operation));
  }

  /**
   * Decodes an error response whose body is a stream into this catalog's typed exception, as
   * {@link HttpErrorCodec#fromStream} reads it (bounded, the stream not closed). Never throws.
   *
   * @param status the HTTP status
   * @param headers the response headers (any case; {@code null} allowed)
   * @param body the body stream ({@code null} allowed)
   * @param operation the operation id the request was for, or {@code null}
   * @return the exception, never {@code null}
   */
  default E fromStream(int status, Map<String, List<String>> headers, InputStream body,
      String operation) {
    return exception(codec().fromStream(status, headers, body, operation));
  }

  /**
   * Decodes an error response read part by part from a client framework: what could be read is
   * decoded (a part that fails is absent, so the typed fallback says so), within the body bound
   * and deadline, and the body is then {@linkplain ResponseParts#end ended}. Never throws: the one
   * defensive reading every client adapter shares.
   *
   * @param response the response's parts
   * @param operation the operation id the request was for, or {@code null}
   * @param bodyDeadline the total time reading the body may take; zero for none
   * @return the exception, never {@code null}
   */
  default E fromResponse(ResponseParts response, String operation, Duration bodyDeadline) {
    int status = 0;
    Map<String, List<String>> headers = null;
    InputStream body = null;
    try {
      status = response.status();
      headers = response.headers();
      body = response.body();
    } catch (Exception e) {
      // decoded from what was read: a missing part gives the typed fallback
    }
    try {
      return fromStream(status, headers, body, operation, bodyDeadline);
    } finally {
      try {
        response.end(body);
      } catch (Exception e) {
        // the body is decoded; failing to release it changes nothing for the caller
      }
    }
  }

  /**
   * As {@link #fromStream(int, Map, InputStream, String)}, with a total deadline for reading the
   * body other than the codec's ({@link HttpErrorCodec#withBodyDeadline}).
   *
   * @param status the HTTP status
   * @param headers the response headers (any case; {@code null} allowed)
   * @param body the body stream ({@code null} allowed)
   * @param operation the operation id the request was for, or {@code null}
   * @param bodyDeadline the deadline; zero for none
   * @return the exception, never {@code null}
   */
  default E fromStream(int status, Map<String, List<String>> headers, InputStream body,
      String operation, Duration bodyDeadline) {
    HttpErrorCodec c = codec();
    if (!c.bodyDeadline().equals(bodyDeadline)) {
      c = c.withBodyDeadline(bodyDeadline); // a copy only for a deadline other than the codec's
    }
    return exception(c.fromStream(status, headers, body, operation));
  }
}
