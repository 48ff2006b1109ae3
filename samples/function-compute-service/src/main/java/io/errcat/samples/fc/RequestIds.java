package io.errcat.samples.fc;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request the service's own id, {@code req-<n>}: the {@code X-Fc-Request-Id} of every
 * answer, and the request attribute the starter puts on error answers
 * ({@code errcat.server.request-id-attribute} in {@code application.properties}).
 */
@Component
final class RequestIds extends OncePerRequestFilter {
  /** The request attribute holding the id. */
  static final String ATTRIBUTE = "fc.requestId";

  private final AtomicLong next = new AtomicLong();

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    String id = "req-" + next.incrementAndGet();
    request.setAttribute(ATTRIBUTE, id);
    response.setHeader("X-Fc-Request-Id", id);
    chain.doFilter(request, response);
  }
}
