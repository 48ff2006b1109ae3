package io.errcat.runtime;

/**
 * Told of every response a client's catalog could not explain ({@link Traffic#listen}). Called
 * on the thread that decoded the response, so it must be quick and thread-safe; what it throws is
 * ignored (a listener never changes what a decode returns).
 */
@FunctionalInterface
public interface TrafficListener {
  /**
   * One unexplained response.
   *
   * @param event what was met
   */
  void unexplained(Unexplained event);
}
