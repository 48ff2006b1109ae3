package io.errcat.spring;

import io.errcat.runtime.ErrcatException;

/**
 * Counts the errors a server answers; the starter's {@link ErrcatMeters} is the one that exists
 * when Micrometer does. An interface of the starter's own, so that the exception handler names no
 * Micrometer type and works without it.
 */
public interface ErrorCounter {
  /**
   * One answered error.
   *
   * @param catalog the catalog's id, or {@code null} for an exception of none
   * @param exception what was answered
   * @param status the status it was answered with
   */
  void answered(String catalog, ErrcatException exception, int status);
}
