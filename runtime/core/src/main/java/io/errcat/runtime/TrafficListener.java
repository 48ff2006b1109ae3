package io.errcat.runtime;

/**
 * Told of every response a client's catalog could not explain ({@link Traffic#listen}), and, if
 * it wants, of every decode. Called
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

  /**
   * Every decode, explained or not, before {@link #unexplained}: for a listener that counts all
   * the errors a client met (the Spring starter's {@code errcat.errors} meter). Does nothing
   * unless overridden.
   *
   * @param catalog the id of the catalog that decoded it, or {@code null}
   * @param details what was decoded
   */
  default void decoded(String catalog, ErrorDetails details) {}
}
