package io.errcat.samples.fc;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a request's body once, before the signature check, so that {@link SignatureCheck} can
 * verify a signed {@code Content-MD5} against the bytes the handler will read: at most the
 * account's request limit and one byte more (the handler then refuses the excess as it always
 * did), kept as a request attribute and replayed to the handler.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
final class SignedBody extends OncePerRequestFilter {
  /** The request attribute holding the bytes read. */
  static final String ATTRIBUTE = "fc.body";

  private final Account account;

  SignedBody(Account account) {
    this.account = account;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    byte[] body;
    try (InputStream in = request.getInputStream()) {
      body = in.readNBytes(account.maxRequestBytes + 1);
    }
    request.setAttribute(ATTRIBUTE, body);
    chain.doFilter(new HttpServletRequestWrapper(request) {
      @Override
      public ServletInputStream getInputStream() {
        ByteArrayInputStream bytes = new ByteArrayInputStream(body);
        return new ServletInputStream() {
          @Override
          public int read() {
            return bytes.read();
          }

          @Override
          public int read(byte[] b, int off, int len) {
            return bytes.read(b, off, len);
          }

          @Override
          public boolean isFinished() {
            return bytes.available() == 0;
          }

          @Override
          public boolean isReady() {
            return true;
          }

          @Override
          public void setReadListener(ReadListener listener) {
            // the whole body is here already: it is available now, and then all read
            try {
              if (bytes.available() > 0) {
                listener.onDataAvailable();
              }
              listener.onAllDataRead();
            } catch (IOException e) {
              listener.onError(e);
            }
          }
        };
      }
    }, response);
  }
}
