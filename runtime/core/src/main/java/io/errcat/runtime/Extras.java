package io.errcat.runtime;

import java.io.Serializable;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The extra members of an error: an immutable map in wire order over one array of names and
 * values, with neither null. Small (an error has a handful), so lookups scan; copying one is free,
 * which matters because decoded details pass through several values on their way out.
 */
final class Extras extends AbstractMap<String, String> implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Extras EMPTY = new Extras(new String[0], 0);

  /** Names at even, values at odd indexes; never changed once built. */
  private final String[] pairs;
  private final int size;

  private Extras(String[] pairs, int size) {
    this.pairs = pairs;
    this.size = size;
  }

  /** An immutable copy of {@code m} in its order, without null names or values. */
  static Map<String, String> copyOf(Map<String, String> m) {
    if (m instanceof Extras) {
      return m;
    }
    if (m == null || m.isEmpty()) {
      return EMPTY;
    }
    Builder b = new Builder();
    m.forEach(b::put);
    return b.build();
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public String get(Object key) {
    for (int i = 0; i < 2 * size; i += 2) {
      if (pairs[i].equals(key)) {
        return pairs[i + 1];
      }
    }
    return null;
  }

  @Override
  public boolean containsKey(Object key) {
    return get(key) != null;
  }

  @Override
  public Set<Entry<String, String>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return size;
      }

      @Override
      public Iterator<Entry<String, String>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < size;
          }

          @Override
          public Entry<String, String> next() {
            if (next >= size) {
              throw new NoSuchElementException();
            }
            int i = 2 * next++;
            return new SimpleImmutableEntry<>(pairs[i], pairs[i + 1]);
          }
        };
      }
    };
  }

  /** Collects members in order; a name put again keeps its place and takes the new value. */
  static final class Builder {
    private String[] pairs = new String[4];
    private int size;

    /** Adds or replaces a member; null names or values are dropped. */
    Builder put(String name, String value) {
      if (name == null || value == null) {
        return this;
      }
      for (int i = 0; i < 2 * size; i += 2) {
        if (pairs[i].equals(name)) {
          pairs[i + 1] = value;
          return this;
        }
      }
      if (2 * size == pairs.length) {
        pairs = Arrays.copyOf(pairs, 2 * pairs.length);
      }
      pairs[2 * size] = name;
      pairs[2 * size + 1] = value;
      size++;
      return this;
    }

    boolean isEmpty() {
      return size == 0;
    }

    /** The map; the builder hands its array over and may not be used again. */
    Map<String, String> build() {
      Map<String, String> m = size == 0 ? EMPTY : new Extras(pairs, size);
      pairs = null;
      return m;
    }
  }
}
