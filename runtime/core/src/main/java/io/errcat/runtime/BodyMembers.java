package io.errcat.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The members of an error body: the top-level members of a JSON object, read with jackson's
 * streaming parser, or the child elements of an XML root ({@link XmlBody}). Scalars keep their
 * text (as written, for numbers), nested values only their kind, except inside a container that a
 * wanted dotted path names ({@code error.code}): its members are kept under the dotted name. Never
 * throws; a body that is not a complete object yields what was read before the problem plus the
 * problem.
 */
final class BodyMembers {
  /** At most this many members kept beyond the wanted ones (problem+json extensions). */
  static final int MAX_OTHERS = 64;

  /**
   * One member: its name as written, its first token, its text (scalars only, else null), and the
   * next member of the same name in any case (duplicates are rare: a link, not a list).
   */
  static final class Member {
    private final String name;
    private final JsonToken token;
    private final String text;
    private Member next;

    Member(String name, JsonToken token, String text) {
      this.name = name;
      this.token = token;
      this.text = text;
    }

    String name() {
      return name;
    }

    JsonToken token() {
      return token;
    }

    String text() {
      return text;
    }

    boolean isText() {
      return token == JsonToken.VALUE_STRING || token.isNumeric();
    }
  }

  /** The member names looked for (distinct without regard to case), and what was found. */
  private final MemberNames wanted;
  private final Member[] found;
  private final boolean collectOthers;
  /** Further scalar members by lower-case name, and every kept member in document order. */
  private Map<String, Member> others;
  private List<Member> order;
  private boolean object;
  private DecodeFailure.Reason failure;
  private String detail;

  BodyMembers(MemberNames wanted, boolean collectOthers) {
    this.wanted = wanted;
    this.found = new Member[wanted.size()];
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
      m.read(body, length);
      if (m.failure != null && m.failure != DecodeFailure.Reason.EMPTY_BODY
          && !isUtf8(body, length)) {
        // Invalid UTF-8 (a Latin-1 message, a cut sequence): read again with bytes replaced, and
        // keep that reading when it gets further.
        BodyMembers lossy = new BodyMembers(wanted, collectOthers);
        lossy.readText(new String(body, 0, length, StandardCharsets.UTF_8));
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
  Member get(String name) {
    if (name == null) {
      return null;
    }
    int slot = slot(name);
    if (slot < 0) {
      return others == null ? null : others.get(name.toLowerCase(Locale.ROOT));
    }
    Member first = found[slot];
    for (Member m = first; m != null; m = m.next) {
      if (m.name.equals(name)) {
        return m;
      }
    }
    return first;
  }

  /** The text of a scalar member, or null when absent or not a string/number. */
  String text(String name) {
    Member m = get(name);
    return m != null && m.isText() ? m.text : null;
  }

  /** Every kept member, first per name in any case, in document order (only when collecting). */
  List<Member> all() {
    return order == null ? List.of() : order;
  }

  private int slot(String name) {
    return wanted.slot(name);
  }

  private void read(byte[] body, int length) {
    try (JsonParser p = Json.READ.createParser(body, 0, length)) {
      members(p);
    } catch (IOException | RuntimeException e) {
      classify(e);
    }
  }

  private void readText(String body) {
    try (JsonParser p = Json.READ.createParser(body)) {
      members(p);
    } catch (IOException | RuntimeException e) {
      classify(e);
    }
  }

  private void members(JsonParser p) throws IOException {
    JsonToken t = p.nextToken();
    if (t == null) {
      fail(DecodeFailure.Reason.EMPTY_BODY, null);
      return;
    }
    if (t != JsonToken.START_OBJECT) {
      fail(DecodeFailure.Reason.NOT_AN_OBJECT, "body starts with " + describe(t));
      return;
    }
    object = true;
    t = object(p, null);
    if (t != JsonToken.END_OBJECT) {
      fail(DecodeFailure.Reason.TRUNCATED, "object ends early");
    }
  }

  /**
   * Reads the members of an open object whose path is {@code prefix} (null at the top level);
   * returns the token that ended it.
   */
  private JsonToken object(JsonParser p, String prefix) throws IOException {
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String name = prefix == null ? p.currentName() : prefix + p.currentName();
      JsonToken v = p.nextToken();
      if (v == null) {
        return null;
      }
      int slot = slot(name);
      if (slot >= 0 || keepsOther(v, prefix == null)) {
        // the text only of kept members: a long unwanted string costs no copy
        put(slot, name, v, v.isScalarValue() && v != JsonToken.VALUE_NULL ? p.getText() : null,
            prefix == null);
      }
      if (v == JsonToken.START_OBJECT && wanted.isContainer(name)) {
        if (object(p, name + ".") != JsonToken.END_OBJECT) {
          return null;
        }
      } else if (v != null && v.isStructStart()) {
        p.skipChildren();
      }
    }
    return t;
  }

  /**
   * Offers one member: kept when wanted (by its full dotted path) or, at the top level when
   * collecting, as one of the others. {@code text} is the scalar's text (cut to {@link
   * Json#MAX_VALUE_CHARS}), null for structures and JSON null.
   */
  void add(String name, JsonToken v, String text, boolean topLevel) {
    int slot = slot(name);
    if (slot >= 0 || keepsOther(v, topLevel)) {
      put(slot, name, v, text, topLevel);
    }
  }

  private boolean keepsOther(JsonToken v, boolean topLevel) {
    return topLevel && collectOthers && others.size() < MAX_OTHERS && !v.isStructStart();
  }

  private void put(int slot, String name, JsonToken v, String text, boolean topLevel) {
    Member member = new Member(name, v, text == null ? null
        : Excerpts.truncate(text, Json.MAX_VALUE_CHARS));
    boolean first;
    if (slot >= 0) {
      Member last = found[slot];
      first = last == null;
      if (first) {
        found[slot] = member;
      } else {
        while (last.next != null) {
          last = last.next;
        }
        last.next = member;
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

  private void classify(Exception e) {
    // the original message: without the location, which costs a formatted string per failure
    String why = e instanceof JsonProcessingException
        ? ((JsonProcessingException) e).getOriginalMessage() : e.toString();
    if (e instanceof StreamConstraintsException) {
      fail(DecodeFailure.Reason.TOO_COMPLEX, why);
    } else if (e instanceof JsonEOFException) {
      fail(DecodeFailure.Reason.TRUNCATED, why);
    } else if (e instanceof IOException) {
      fail(DecodeFailure.Reason.MALFORMED_JSON, why);
    } else {
      fail(DecodeFailure.Reason.INTERNAL_ERROR, why);
    }
  }

  void fail(DecodeFailure.Reason reason, String why) {
    if (failure == null) {
      failure = reason;
      detail = why;
    }
  }

  private static String describe(JsonToken t) {
    switch (t) {
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      default:
        return "a literal";
    }
  }

  private static boolean isUtf8(byte[] body, int length) {
    boolean ascii = true;
    for (int i = 0; i < length && ascii; i++) {
      ascii = body[i] >= 0;
    }
    if (ascii) {
      return true; // the usual proxy page: no need for a decoder
    }
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body, 0, length));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
