package io.errcat.spring;

import io.errcat.runtime.ErrcatException;
import io.errcat.runtime.ErrorResponder;
import io.errcat.runtime.HttpError;
import io.errcat.runtime.LogSafe;
import io.errcat.runtime.RequestView;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Answers a generated exception thrown from a Spring MVC handler (or a {@code
 * HandlerInterceptor}) with its catalog's own response: status, body in the product's wire
 * format or problem+json by {@code Accept}, request id and {@code Retry-After} headers, all
 * decided by the runtime's {@link ErrorResponder}; the message in the caller's language, as the
 * application's {@code LocaleResolver} decides it ({@link SpringLocales}). It handles {@link ErrcatException} only, so
 * Spring's own exceptions still reach Spring's handlers ({@code ResponseEntityExceptionHandler},
 * the problem-details support), and every other exception is left to Spring.
 *
 * <p>Registered by {@link ErrcatServerAutoConfiguration}; an {@code @ExceptionHandler} in a
 * controller, or advice of higher precedence than {@link #getOrder()}, still comes first.
 */
@ControllerAdvice
public class ErrcatExceptionHandler implements Ordered {
  private static final Log LOG = LogFactory.getLog(ErrcatExceptionHandler.class);

  /** Before advice of default order (a catch-all {@code @ExceptionHandler(Exception.class)}). */
  public static final int DEFAULT_ORDER = Ordered.LOWEST_PRECEDENCE - 1000;

  private final ErrorResponder responder;
  private final int order;
  private final String requestIdAttribute;
  private final ErrorCounter counter;

  /**
   * Creates the handler.
   *
   * @param responder the rules of the answer
   * @param order its order among {@code @ControllerAdvice} beans
   * @param requestIdAttribute the request attribute with the application's own id for the
   *     request, or {@code null}
   */
  public ErrcatExceptionHandler(ErrorResponder responder, int order, String requestIdAttribute) {
    this(responder, order, requestIdAttribute, null);
  }

  /**
   * Creates the handler that also counts what it answers.
   *
   * @param responder the rules of the answer
   * @param order its order among {@code @ControllerAdvice} beans
   * @param requestIdAttribute the request attribute with the application's own id for the
   *     request, or {@code null}
   * @param counter counts each answer (the {@code errcat.errors} meter), or {@code null}
   */
  public ErrcatExceptionHandler(ErrorResponder responder, int order, String requestIdAttribute,
      ErrorCounter counter) {
    this.responder = Objects.requireNonNull(responder, "responder");
    this.order = order;
    this.requestIdAttribute = requestIdAttribute;
    this.counter = counter;
  }

  /**
   * The response for a generated exception.
   *
   * @param exception what the handler threw
   * @param request the request it was handling
   * @return status, headers and body, written as they are (the {@code Content-Type} is preset)
   */
  @ExceptionHandler(ErrcatException.class)
  public ResponseEntity<byte[]> handle(ErrcatException exception, HttpServletRequest request) {
    ErrorResponder.Answer answered = responder.answer(exception, new RequestView() {
      @Override
      public List<String> headers(String name) {
        return Collections.list(request.getHeaders(name));
      }

      @Override
      public String applicationRequestId() {
        Object own = requestIdAttribute == null ? null : request.getAttribute(requestIdAttribute);
        return own == null ? null : own.toString();
      }

      @Override
      public List<String> languageRanges() {
        return SpringLocales.ranges(request, RequestView.super::languageRanges);
      }
    });
    HttpError answer = answered.http();
    if (counter != null) {
      try {
        counter.answered(answered.catalog(), exception, answer.status());
      } catch (RuntimeException e) {
        // counting must never turn an error answer into another error
      }
    }
    if (answer.status() >= 500) {
      // a server fault: logged once, as Spring's own handlers log what they resolve, with the id
      // the caller was given so the two can be matched
      LOG.error("errcat answered " + answer.status() + " " + LogSafe.text(exception.code())
          + " (request id " + LogSafe.text(answered.requestId()) + ")", exception);
    }
    HttpHeaders headers = new HttpHeaders();
    for (Map.Entry<String, List<String>> h : answer.headers().entrySet()) {
      headers.put(h.getKey(), h.getValue());
    }
    return ResponseEntity.status(answer.status()).headers(headers).body(answer.body());
  }

  @Override
  public int getOrder() {
    return order;
  }
}
