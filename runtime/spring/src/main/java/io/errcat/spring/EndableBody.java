package io.errcat.spring;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.io.EofSensorInputStream;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.util.ClassUtils;

/**
 * An error body that can be ended without reading the rest. Every request factory's response but
 * Jetty's drains the body when it is closed, to keep the connection for the next request; for an
 * endless body that drain never ends. Closing the body stream first ends it for most (the drain
 * then reads a closed stream): {@code java.net.http}, {@code HttpURLConnection}, reactor-netty and
 * Jetty. Apache HttpClient 5's streams drain on close themselves, so there the connection is
 * given up instead: its plain body stream aborts; a decompressing one hides that stream, so the
 * response loses its entity (nothing left to drain) and is closed, which discards the connection.
 */
final class EndableBody {
  private static final boolean HTTP_CLIENT_5 = ClassUtils.isPresent(
      "org.apache.hc.core5.http.io.EofSensorInputStream", EndableBody.class.getClassLoader());

  private EndableBody() {}

  /**
   * The body as a stream whose {@code close()} ends it without draining.
   *
   * @param response the response
   * @param body its body, or {@code null}
   * @return the stream to read and then {@linkplain #end end}
   */
  static InputStream of(ClientHttpResponse response, InputStream body) {
    return HTTP_CLIENT_5 && body != null ? HttpClient5.abortOnClose(response, body) : body;
  }

  /**
   * Ends a body: never throws.
   *
   * @param body what {@link #of} returned, or {@code null}
   */
  static void end(InputStream body) {
    if (body == null) {
      return;
    }
    try {
      body.close();
    } catch (IOException | RuntimeException e) {
      // a body that fails to close is ended all the same
    }
  }

  /** Loaded only when Apache HttpClient 5 is on the class path. */
  private static final class HttpClient5 {
    /** Spring's response keeps HttpClient's in a private field: the one way to reach it. */
    private static final Field RESPONSE = responseField();

    static InputStream abortOnClose(ClientHttpResponse response, InputStream body) {
      if (body instanceof EofSensorInputStream sensor) {
        return new FilterInputStream(sensor) {
          @Override
          public void close() throws IOException {
            sensor.abort();
          }
        };
      }
      ClassicHttpResponse classic = classic(response);
      if (classic == null) {
        return body;
      }
      return new FilterInputStream(body) {
        @Override
        public void close() throws IOException {
          classic.setEntity(null); // the later close finds nothing to drain...
          classic.close(); // ...and discards the connection instead of keeping it
        }
      };
    }

    private static ClassicHttpResponse classic(ClientHttpResponse response) {
      try {
        return RESPONSE != null && RESPONSE.getDeclaringClass().isInstance(response)
            ? (ClassicHttpResponse) RESPONSE.get(response) : null;
      } catch (IllegalAccessException | RuntimeException e) {
        return null;
      }
    }

    private static Field responseField() {
      try {
        Field f = Class.forName(
                "org.springframework.http.client.HttpComponentsClientHttpResponse", false,
                EndableBody.class.getClassLoader())
            .getDeclaredField("httpResponse");
        f.setAccessible(true);
        return f.getType() == ClassicHttpResponse.class ? f : null;
      } catch (ReflectiveOperationException | RuntimeException e) {
        return null; // another Spring: its own close decides, as without this class
      }
    }
  }
}
