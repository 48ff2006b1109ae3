package io.errcat.runtime;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The members of an error body: the top-level members of a JSON object, read with {@link
 * JsonReader}, or the child elements of an XML root ({@link XmlBody}). Scalars keep their
 * text (as written, for numbers), nested values only their kind, except inside a container that a
 * wanted dotted path names ({@code error.code}): its members are kept under the dotted name. Never
 * throws; a body that is not a complete object yields what was read before the problem plus the
 * problem.
 */
final class BodyMembers {
  /** At most this many members kept beyond the wanted ones (problem+json extensions). */
  static final int MAX_OTHERS = 64;

  /** The member names looked for (distinct without regard to case), and what was found. */
  private final MemberNames wanted;
  private final BodyMember[] found;
  private final boolean collectOthers;
  /** Further scalar members by lower-case name, and every kept member in document order. */
  private Map<String, BodyMember> others;
  private List<BodyMember> order;
  private boolean object;
  private DecodeFailure.Reason failure;
  private String detail;

  BodyMembers(MemberNames wanted, boolean collectOthers) {
    this.wanted = wanted;
    this.found = new BodyMember[wanted.size()];
    this.collectOthers = collectOthers;
    if (collectOthers) {
      others = new LinkedHashMap<>();
      order = new ArrayList<>();
    }
  }

  /**
   * Reads {@code body[0..length)}, keeping the members named in {@code wanted} (in any case), and
   * when {@code collectOthers} up to {@link #MAX_OTHERS} further scalar members.
   */
  static BodyMembers parse(byte[] body, int length, MemberNames wanted, boolean collectOthers) {
    BodyMembers m = new BodyMembers(wanted, collectOthers);
    try {
      Charset other = BodyEncoding.otherThanUtf8(body, length);
      if (other != null) {
        // UTF-16 or UTF-32, as RFC 4627 allowed and jackson detects: read its UTF-8 transcoding
        byte[] utf8 = new String(body, 0, length, other).getBytes(StandardCharsets.UTF_8);
        m.read(utf8, utf8.length);
        return m;
      }
      m.read(body, length);
      if (m.failure != null && m.failure != DecodeFailure.Reason.EMPTY_BODY
          && !BodyEncoding.isUtf8(body, length)) {
        // Invalid UTF-8 (a Latin-1 message, a cut sequence): read again with bytes replaced, and
        // keep that reading when it gets further.
        BodyMembers lossy = new BodyMembers(wanted, collectOthers);
        byte[] replaced = new String(body, 0, length, StandardCharsets.UTF_8)
            .getBytes(StandardCharsets.UTF_8);
        lossy.read(replaced, replaced.length);
        if (lossy.failure == null) {
          lossy.failure = DecodeFailure.Reason.INVALID_UTF8;
          lossy.detail = null;
          return lossy;
        }
      }
    } catch (RuntimeException | StackOverflowError e) {
      m.fail(DecodeFailure.Reason.INTERNAL_ERROR, e.toString());
    }
    return m;
  }

  /** Whether the body was a JSON object (possibly incomplete). */
  boolean isObject() {
    return object;
  }

  /** Why reading stopped early, or null. */
  DecodeFailure.Reason failure() {
    return failure;
  }

  /** A short explanation of {@link #failure()}, or null. */
  String detail() {
    return detail;
  }

  /** The member {@code name}: an exact-case match first, else the first in any case; or null. */
  BodyMember get(String name) {
    if (name == null) {
      return null;
    }
    int slot = slot(name);
    if (slot < 0) {
      return others == null ? null : others.get(name.toLowerCase(Locale.ROOT));
    }
    BodyMember first = found[slot];
    for (BodyMember m = first; m != null; m = m.next()) {
      if (m.name().equals(name)) {
        return m;
      }
    }
    return first;
  }

  /** The text of a scalar member, or null when absent or not a string/number. */
  String text(String name) {
    BodyMember m = get(name);
    return m != null && m.isText() ? m.text() : null;
  }

  /** Every kept member, first per name in any case, in document order (only when collecting). */
  List<BodyMember> all() {
    return order == null ? List.of() : order;
  }

  private int slot(String name) {
    return wanted.slot(name);
  }

  private void read(byte[] body, int length) {
    JsonReader r = new JsonReader(body, length);
    try {
      JsonKind first = r.first();
      if (first == null) {
        fail(DecodeFailure.Reason.EMPTY_BODY, null);
        return;
      }
      if (first != JsonKind.OBJECT) {
        fail(DecodeFailure.Reason.NOT_AN_OBJECT, "body starts with " + first.description());
        return;
      }
      object = true;
      r.openObject();
      object(r, null, body);
    } catch (JsonReader.Stop stop) {
      fail(stop.reason, stop.getMessage());
    }
  }

  /**
   * Reads the members of the open object whose path is {@code prefix} (null at the top level),
   * up to and including its end. A name is made a string only when its member is kept.
   */
  private void object(JsonReader r, String prefix, byte[] body) {
    boolean topLevel = prefix == null;
    while (r.nextMember()) {
      String name = null;
      int slot;
      if (r.nameNeedsString()) {
        name = fullName(r, prefix);
        slot = slot(name);
      } else {
        int spelling = wanted.spelling(r, prefix);
        if (spelling >= 0) {
          name = wanted.spellingName(spelling);
          slot = wanted.spellingSlot(spelling);
        } else {
          slot = wanted.slotIgnoringCase(r, prefix);
        }
      }
      JsonKind v = r.peek();
      boolean keep = slot >= 0 || keepsOther(v, topLevel);
      if (v == JsonKind.OBJECT && wanted.isContainer(r, prefix)) {
        name = name != null ? name : fullName(r, prefix);
        if (keep) {
          put(slot, new BodyMember(name, v, null), topLevel);
        }
        r.openObject();
        object(r, name + ".", body);
        continue;
      }
      JsonKind k = r.value();
      if (keep) {
        put(slot, BodyMember.json(name != null ? name : fullName(r, prefix), k, body,
            r.valueStart(), r.valueEnd(), r.valueEscaped(), r.valueAscii()), topLevel);
      }
    }
  }

  private static String fullName(JsonReader r, String prefix) {
    return prefix == null ? r.name() : prefix + r.name();
  }

  /**
   * Offers one member: kept when wanted (by its full dotted path) or, at the top level when
   * collecting, as one of the others. {@code text} is the scalar's text (cut to {@link
   * Json#MAX_VALUE_CHARS}), null for structures and JSON null.
   */
  void add(String name, JsonKind v, String text, boolean topLevel) {
    int slot = slot(name);
    if (slot >= 0 || keepsOther(v, topLevel)) {
      put(slot, new BodyMember(name, v, Excerpts.truncate(text, Json.MAX_VALUE_CHARS)), topLevel);
    }
  }

  private boolean keepsOther(JsonKind v, boolean topLevel) {
    return topLevel && collectOthers && others.size() < MAX_OTHERS && !v.isContainer();
  }

  private void put(int slot, BodyMember member, boolean topLevel) {
    String name = member.name();
    boolean first;
    if (slot >= 0) {
      BodyMember last = found[slot];
      first = last == null;
      if (first) {
        found[slot] = member;
      } else {
        while (last.next() != null) {
          last = last.next();
        }
        last.link(member);
      }
    } else {
      first = others.putIfAbsent(name.toLowerCase(Locale.ROOT), member) == null;
    }
    if (first && order != null && topLevel) {
      order.add(member);
    }
  }

  /** Marks the body as an object (an XML root element counts as one). */
  void markObject() {
    object = true;
  }

  void fail(DecodeFailure.Reason reason, String why) {
    if (failure == null) {
      failure = reason;
      detail = why;
    }
  }
}
