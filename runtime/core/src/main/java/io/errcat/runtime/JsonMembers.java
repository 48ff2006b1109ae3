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
 * The top-level members of a JSON object body, read with jackson's streaming parser: scalars keep
 * their text (as written, for numbers), nested values only their kind. Never throws; a body that
 * is not a complete object yields what was read before the problem plus the problem.
 */
final class JsonMembers {
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

  private JsonMembers(MemberNames wanted, boolean collectOthers) {
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
  static JsonMembers parse(byte[] body, int length, MemberNames wanted, boolean collectOthers) {
    JsonMembers m = new JsonMembers(wanted, collectOthers);
    try {
      m.read(body, length);
      if (m.failure != null && m.failure != DecodeFailure.Reason.EMPTY_BODY
          && !isUtf8(body, length)) {
        // Invalid UTF-8 (a Latin-1 message, a cut sequence): read again with bytes replaced, and
        // keep that reading when it gets further.
        JsonMembers lossy = new JsonMembers(wanted, collectOthers);
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
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken v = p.nextToken();
      int slot = slot(name);
      String other = slot < 0 && collectOthers && others.size() < MAX_OTHERS && !v.isStructStart()
          ? name.toLowerCase(Locale.ROOT) : null;
      if (slot >= 0 || other != null) {
        String text = v.isScalarValue() && v != JsonToken.VALUE_NULL
            ? Excerpts.truncate(p.getText(), Json.MAX_VALUE_CHARS)
            : null;
        Member member = new Member(name, v, text);
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
          first = others.putIfAbsent(other, member) == null;
        }
        if (first && order != null) {
          order.add(member);
        }
      }
      if (v.isStructStart()) {
        p.skipChildren();
      }
    }
    if (t != JsonToken.END_OBJECT) {
      fail(DecodeFailure.Reason.TRUNCATED, "object ends early");
    }
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

  private void fail(DecodeFailure.Reason reason, String why) {
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
