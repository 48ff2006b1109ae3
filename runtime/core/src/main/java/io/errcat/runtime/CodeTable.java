package io.errcat.runtime;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The lookup behind every generated {@code fromCode}: wire codes to their pre-built {@code
 * Optional}s, matched exactly; O(1), allocation-free, hit or miss. It is a {@code HashMap}, the
 * structure a user fills by hand: open addressing with Fibonacci hashing was tried and measured
 * equal on hits and up to 2x slower on misses at 50 codes (a miss walks a cluster where a bucket
 * chain ends at once), so errcat does what the hand-written twin does, once, in the runtime.
 * Immutable and thread-safe once built.
 *
 * @param <E> the catalog's error type
 */
public final class CodeTable<E extends ErrorCode> {
  private final Map<String, Optional<E>> byCode;

  private CodeTable(Map<String, Optional<E>> byCode) {
    this.byCode = byCode;
  }

  /**
   * A table of every constant of the given arrays (a catalog's enum, or its parts).
   *
   * @param parts the constants; their codes must be distinct
   * @param <E> the catalog's error type
   * @return the table
   * @throws IllegalArgumentException when two constants have the same code
   */
  @SafeVarargs
  public static <E extends ErrorCode> CodeTable<E> of(E[]... parts) {
    int n = 0;
    for (E[] part : parts) {
      n += part.length;
    }
    // sized so that it never resizes: load at most 0.75 of the default factor
    Map<String, Optional<E>> byCode = new HashMap<>(Math.max(16, (int) (n / 0.75f) + 1));
    for (E[] part : parts) {
      for (E e : part) {
        String code = Objects.requireNonNull(e.code(), "code");
        if (byCode.putIfAbsent(code, Optional.of(e)) != null) {
          throw new IllegalArgumentException("two constants have the code " + code);
        }
      }
    }
    return new CodeTable<>(byCode);
  }

  /**
   * The constant of a wire code.
   *
   * @param code the code as received, may be {@code null}
   * @return the constant, or empty when there is no such code
   */
  public Optional<E> find(String code) {
    Optional<E> hit = code == null ? null : byCode.get(code);
    return hit != null ? hit : Optional.empty();
  }
}
