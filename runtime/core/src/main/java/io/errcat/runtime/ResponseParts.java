package io.errcat.runtime;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * An error response as a client framework hands it over, read part by part: any part may fail (a
 * status the framework cannot represent, a header it cannot parse, a body stream that is gone),
 * and {@link CatalogBinding#fromResponse} decodes whatever could be read. Each client adapter
 * implements this once over its framework's response type.
 */
public interface ResponseParts {
  /**
   * The status.
   *
   * @return the HTTP status
   * @throws Exception when the framework cannot tell it
   */
  int status() throws Exception;

  /**
   * The headers.
   *
   * @return the headers, names in any case
   * @throws Exception when the framework cannot give them
   */
  Map<String, List<String>> headers() throws Exception;

  /**
   * The body.
   *
   * @return the body stream, or {@code null} for none
   * @throws Exception when the framework cannot give it
   */
  InputStream body() throws Exception;

  /**
   * Releases the body once it was decoded, without reading the rest (by default nothing: the
   * caller closes the response).
   *
   * @param body what {@link #body()} returned, or {@code null}
   * @throws Exception when releasing fails (ignored: the body is decoded already)
   */
  default void end(InputStream body) throws Exception {}
}
