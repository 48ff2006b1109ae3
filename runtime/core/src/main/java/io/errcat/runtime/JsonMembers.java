package io.errcat.runtime;

import com.fasterxml.jackson.core.JsonParser;
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
import java.util.Set;

/**
 * The top-level members of a JSON object body, read with jackson's streaming parser: scalars keep
 * their text (as written, for numbers), nested values only their kind. Never throws; a body that
 * is not a complete object yields what was read before the problem plus the problem.
 */
final class JsonMembers {
  /** At most this many members kept beyond the wanted ones (problem+json extensions). */
  static final int MAX_OTHERS = 64;

  /** One member: its name as written, its first token, its text (scalars only, else null). */
  record Member(String name, JsonToken token, String text) {
    boolean isText() {
      return token == JsonToken.VALUE_STRING || token.isNumeric();
    }
  }

  private final Map<String, List<Member>> byKey = new LinkedHashMap<>();
  private final Set<String> wanted;
  private final boolean collectOthers;
  private boolean object;
  private DecodeFailure.Reason failure;
  private String detail;

  private JsonMembers(Set<String> wanted, boolean collectOthers) {
    this.wanted = wanted;
    this.collectOthers = collectOthers;
  }

  /**
   * Reads {@code body[0..length)}, keeping the members whose lower-case names are in {@code
   * wanted}, and when {@code collectOthers} up to {@link #MAX_OTHERS} further scalar members.
   */
  static JsonMembers parse(byte[] body, int length, Set<String> wanted, boolean collectOthers) {
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
    List<Member> all = byKey.get(name.toLowerCase(Locale.ROOT));
    if (all == null) {
      return null;
    }
    for (Member m : all) {
      if (m.name.equals(name)) {
        return m;
      }
    }
    return all.get(0);
  }

  /** The text of a scalar member, or null when absent or not a string/number. */
  String text(String name) {
    Member m = get(name);
    return m != null && m.isText() ? m.text : null;
  }

  /** Every member, first per lower-case name, in document order. */
  List<Member> all() {
    List<Member> out = new ArrayList<>(byKey.size());
    for (List<Member> l : byKey.values()) {
      out.add(l.get(0));
    }
    return out;
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
    int others = 0;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken v = p.nextToken();
      String key = name.toLowerCase(Locale.ROOT);
      boolean keep = wanted.contains(key)
          || (collectOthers && others < MAX_OTHERS && !v.isStructStart());
      if (keep) {
        String text = v.isScalarValue() && v != JsonToken.VALUE_NULL
            ? Excerpts.truncate(p.getText(), Json.MAX_VALUE_CHARS)
            : null;
        List<Member> list = byKey.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (list.isEmpty() && !wanted.contains(key)) {
          others++;
        }
        list.add(new Member(name, v, text));
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
    if (e instanceof StreamConstraintsException) {
      fail(DecodeFailure.Reason.TOO_COMPLEX, e.getMessage());
    } else if (e instanceof JsonEOFException) {
      fail(DecodeFailure.Reason.TRUNCATED, firstLine(e.getMessage()));
    } else if (e instanceof IOException) {
      fail(DecodeFailure.Reason.MALFORMED_JSON, firstLine(e.getMessage()));
    } else {
      fail(DecodeFailure.Reason.INTERNAL_ERROR, e.toString());
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

  private static String firstLine(String s) {
    if (s == null) {
      return null;
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private static boolean isUtf8(byte[] body, int length) {
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
