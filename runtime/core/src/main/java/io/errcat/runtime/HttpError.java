package io.errcat.runtime;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An HTTP error response: status, headers, body and content type. Immutable: the headers are an
 * unmodifiable copy with case-insensitive names (sorted, so iteration order is stable), the body
 * is copied in and out.
 */
public final class HttpError {
  private final int status;
  private final Map<String, List<String>> headers;
  private final byte[] body;

  private HttpError(int status, Map<String, List<String>> headers, byte[] body) {
    this.status = status;
    this.headers = Headers.copyOf(headers);
    this.body = body == null ? new byte[0] : body.clone();
  }

  /**
   * Whether a status is an error for a client, the one rule every errcat client adapter applies:
   * a 4xx or 5xx, and also any status outside 100–599 (a server that answers 600 or 999 has not
   * succeeded, whatever its framework makes of the number).
   *
   * @param status the HTTP status
   * @return {@code true} unless the status is 1xx, 2xx or 3xx
   */
  public static boolean isError(int status) {
    return status < 100 || status >= 400;
  }

  /**
   * Creates a response.
   *
   * @param status the HTTP status
   * @param headers the headers; {@code null}, null names and null values are dropped
   * @param body the body; {@code null} is empty
   * @return the response
   */
  public static HttpError of(int status, Map<String, List<String>> headers, byte[] body) {
    return new HttpError(status, headers, body);
  }

  /**
   * The HTTP status.
   *
   * @return the status
   */
  public int status() {
    return status;
  }

  /**
   * All headers, with case-insensitive lookup ({@code get("content-type")} finds
   * {@code Content-Type}).
   *
   * @return the unmodifiable headers
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * The first value of a header.
   *
   * @param name the header name, in any case
   * @return the value, or empty when absent
   */
  public Optional<String> header(String name) {
    return Optional.ofNullable(Headers.first(headers, name));
  }

  /**
   * The media type of the body, without parameters ({@code application/problem+json}).
   *
   * @return the lower-case media type, or empty when there is no {@code Content-Type}
   */
  public Optional<String> contentType() {
    return Optional.ofNullable(Headers.mediaType(Headers.first(headers, "Content-Type")));
  }

  /**
   * The body.
   *
   * @return a copy of the body bytes
   */
  public byte[] body() {
    return body.clone();
  }

  /**
   * The body decoded as UTF-8 (malformed bytes replaced).
   *
   * @return the body text
   */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /**
   * The body length, without copying it.
   *
   * @return the length in bytes
   */
  public int bodyLength() {
    return body.length;
  }

  byte[] bodyUnsafe() {
    return body;
  }

  /**
   * Equal when status, headers and body bytes are.
   *
   * @param o the other object
   * @return whether equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof HttpError
        && ((HttpError) o).status == status
        && ((HttpError) o).headers.equals(headers)
        && Arrays.equals(((HttpError) o).body, body);
  }

  /**
   * A hash of status, headers and body.
   *
   * @return the hash
   */
  @Override
  public int hashCode() {
    return (31 * status + headers.hashCode()) * 31 + Arrays.hashCode(body);
  }

  /**
   * The status, headers and body length (not the body: it may be large or sensitive).
   *
   * @return a description
   */
  @Override
  public String toString() {
    return "HttpError[status=" + status + ", headers=" + headers + ", body=" + body.length
        + " bytes]";
  }
}
