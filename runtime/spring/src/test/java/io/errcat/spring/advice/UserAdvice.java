package io.errcat.spring.advice;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * What applications commonly have: Spring's {@link ResponseEntityExceptionHandler} for Spring's
 * own exceptions, plus a catch-all of default order. errcat's handler must still answer errcat's
 * exceptions, and this one everything else.
 */
@RestControllerAdvice
public class UserAdvice extends ResponseEntityExceptionHandler {
  /**
   * The application's own catch-all.
   *
   * @param e any exception
   * @return a teapot, to be recognisable
   */
  @ExceptionHandler(Exception.class)
  public ResponseEntity<String> anything(Exception e) {
    return ResponseEntity.status(HttpStatus.I_AM_A_TEAPOT).body("user advice: " + e.getMessage());
  }
}
