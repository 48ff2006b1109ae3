package io.errcat.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The member names a decoder looks for, each with a slot. Names equal without regard to case
 * share a slot. A name still in the body's bytes is matched against the spellings, then in any
 * case against the names, without becoming a string; a name that is a string, by a hash lookup. A dotted
 * name ({@code error.code}) is a path: each of its prefixes ({@code error}) is a container whose
 * members the decoder reads.
 */
final class MemberNames {
  private final String[] names;
  private final Map<String, Integer> exact;
  /** Every spelling with its slot, for matching names still in bytes ({@link JsonReader}). */
  private final String[] spellings;
  private final int[] spellingSlots;
  /** The spellings of each length (what a name in bytes is compared with, and only those). */
  private final int[][] byLength;
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
    this.spellings = bySpelling.keySet().stream().sorted().toArray(String[]::new);
    spellingSlots = new int[this.spellings.length];
    int longest = 0;
    for (int k = 0; k < this.spellings.length; k++) {
      spellingSlots[k] = bySpelling.get(this.spellings[k]);
      longest = Math.max(longest, this.spellings[k].length());
    }
    byLength = new int[longest + 1][];
    for (int len = 0; len <= longest; len++) {
      final int l = len;
      byLength[len] = java.util.stream.IntStream.range(0, this.spellings.length)
          .filter(k -> this.spellings[k].length() == l).toArray();
    }
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

  /** Whether the reader's current name, below {@code prefix}, is a container (in any case). */
  boolean isContainer(JsonReader r, String prefix) {
    if (r.nameNeedsString()) {
      return isContainer(prefix == null ? r.name() : prefix + r.name());
    }
    for (String c : containers) {
      if (r.nameIs(prefix, c, true)) {
        return true;
      }
    }
    return false;
  }

  /** The spelling the reader's current name has exactly, below {@code prefix}, or -1. */
  int spelling(JsonReader r, String prefix) {
    int length = r.nameLength() + (prefix == null ? 0 : prefix.length());
    if (length >= byLength.length) {
      return -1;
    }
    for (int k : byLength[length]) {
      if (r.nameIs(prefix, spellings[k], false)) {
        return k;
      }
    }
    return -1;
  }

  /** A spelling, as configured (so a matched name costs no string). */
  String spellingName(int spelling) {
    return spellings[spelling];
  }

  /** The slot of a spelling. */
  int spellingSlot(int spelling) {
    return spellingSlots[spelling];
  }

  /** The slot of the reader's current name, below {@code prefix}, in any case, or -1. */
  int slotIgnoringCase(JsonReader r, String prefix) {
    int length = r.nameLength() + (prefix == null ? 0 : prefix.length());
    if (length >= byLength.length) {
      return -1;
    }
    for (int k : byLength[length]) {
      if (r.nameIs(prefix, spellings[k], true)) {
        return spellingSlots[k];
      }
    }
    return -1;
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
    // the decoders ask with the very strings the names were made of: compare references first
    for (int k = 0; k < spellings.length; k++) {
      if (spellings[k] == name) {
        return spellingSlots[k];
      }
    }
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
