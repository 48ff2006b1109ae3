package io.errcat.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The member names a decoder looks for, each with a slot. Names equal without regard to case
 * share a slot. A name spelled as configured is found with one hash lookup (jackson hands out the
 * same canonical name strings, whose hashes are cached); any other casing by a scan. A dotted
 * name ({@code error.code}) is a path: each of its prefixes ({@code error}) is a container whose
 * members the decoder reads.
 */
final class MemberNames {
  private final String[] names;
  private final Map<String, Integer> exact;
  private final String[] containers;

  private MemberNames(List<String> spellings) {
    List<String> distinct = new ArrayList<>();
    Map<String, Integer> bySpelling = new HashMap<>();
    for (String s : spellings) {
      int slot = scan(distinct, s);
      if (slot < 0) {
        slot = distinct.size();
        distinct.add(s);
      }
      bySpelling.putIfAbsent(s, slot);
    }
    names = distinct.toArray(new String[0]);
    exact = Map.copyOf(bySpelling);
    List<String> prefixes = new ArrayList<>();
    for (String n : names) {
      for (int dot = n.indexOf('.'); dot > 0; dot = n.indexOf('.', dot + 1)) {
        if (scan(prefixes, n.substring(0, dot)) < 0) {
          prefixes.add(n.substring(0, dot));
        }
      }
    }
    containers = prefixes.toArray(new String[0]);
  }

  /** Whether {@code name} (in any case) is a proper prefix of a wanted dotted path. */
  boolean isContainer(String name) {
    for (String c : containers) {
      if (c.equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }

  static MemberNames of(String... names) {
    return new MemberNames(List.of(names));
  }

  /** These names and {@code more}. */
  MemberNames plus(List<String> more) {
    List<String> all = new ArrayList<>(exact.keySet().size() + more.size());
    all.addAll(List.of(names));
    exact.keySet().stream().sorted().forEach(all::add);
    all.addAll(more);
    return new MemberNames(all);
  }

  /** How many slots. */
  int size() {
    return names.length;
  }

  /** The slot of {@code name} in any case, or -1. */
  int slot(String name) {
    Integer i = exact.get(name);
    if (i != null) {
      return i;
    }
    for (int k = 0; k < names.length; k++) {
      if (names[k].equalsIgnoreCase(name)) {
        return k;
      }
    }
    return -1;
  }

  private static int scan(List<String> names, String name) {
    for (int k = 0; k < names.size(); k++) {
      if (names.get(k).equalsIgnoreCase(name)) {
        return k;
      }
    }
    return -1;
  }
}
