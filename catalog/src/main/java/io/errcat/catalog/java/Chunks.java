package io.errcat.catalog.java;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Splits generated statements into groups whose estimated bytecode stays well under the JVM's
 * 64 KB limit per method, so static tables of any size compile.
 */
final class Chunks {
  private Chunks() {}

  /** Budget of estimated bytecode per generated method: half the hard limit, for safety. */
  static final int BUDGET = 32_000;

  static <T> List<List<T>> split(List<T> items, ToIntFunction<T> estimatedBytes) {
    List<List<T>> out = new ArrayList<>();
    List<T> current = new ArrayList<>();
    int used = 0;
    for (T item : items) {
      int cost = estimatedBytes.applyAsInt(item);
      if (!current.isEmpty() && used + cost > BUDGET) {
        out.add(current);
        current = new ArrayList<>();
        used = 0;
      }
      current.add(item);
      used += cost;
    }
    if (!current.isEmpty()) {
      out.add(current);
    }
    return out;
  }
}
