package io.errcat.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.errcat.runtime.Products.Product;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link JsonReader} against jackson-core's streaming parser, the library it replaced, configured
 * with the same limits: on every product's bodies and on 60,000 mutations of them (fixed seed),
 * both must stop for the same reason and, on a complete body, see the same top-level members
 * with the same kinds and texts. Two differences are documented: input that ends where more was
 * required is truncated here where jackson calls some of it malformed ({@code {"a":1,}); and
 * invalid UTF-8 is malformed here, where jackson takes overlong and surrogate sequences (RFC 3629
 * refuses them; the decoder then reads the body with replacement characters, {@code
 * INVALID_UTF8}).
 */
class JsonReaderDifferentialTest {
  private static final JsonFactory JACKSON = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(Json.MAX_DEPTH)
          .maxNameLength(Json.MAX_NAME)
          .maxTokenCount(Json.MAX_TOKENS)
          .build())
      .build();
  private static final byte[] PUNCTUATION = Products.utf8("{}[]\",:\\0-.eEtfnu \u00ff\u00e9");

  /** What a reader saw: the top-level scalar members, then why it stopped. */
  record Seen(List<String> members, String stop) {}

  @Test
  void agreesWithJacksonOnMutatedBodies() {
    Random random = new Random(20261201L);
    int compared = 0;
    int broken = 0;
    for (Product p : Products.ALL) {
      for (TestError e : p.errors().values()) {
        ErrorDetails d = ErrorDetails.builder(e).requestId("req-\u00e9\uD83D\uDE00\"\\\n")
            .extra("HostId", "h").extra("trace_id", "t").build();
        for (HttpError valid : new HttpError[] {p.codec().toHttp(d), p.codec().toProblem(d)}) {
          check(valid.body());
          for (int i = 0; i < 3000 && compared < 60_000; i++) {
            byte[] body = MutationTest.mutate(valid.body(), random, PUNCTUATION);
            Seen ours = check(body);
            compared++;
            broken += ours.stop().equals("OK") ? 0 : 1;
          }
        }
      }
    }
    assertEquals(60_000, compared);
    assertTrue(broken > compared / 4, "the mutations must break most bodies: " + broken);
  }

  @Test
  void agreesOnTheEdgesOfTheGrammar() {
    for (String s : new String[] {"{}", " {\"a\":1} ", "{\"a\":-0.5e+3}", "{\"a\":01}",
        "{\"a\":1.}", "{\"a\":.5}", "{\"a\":+1}", "{\"a\":-}", "{\"a\":1e}", "{\"a\":1x}",
        "{\"a\":truex}", "{\"a\":nul}", "{\"a\":null,}", "{,}", "{\"a\" 1}", "{\"a\":1 \"b\":2}",
        "{\"a\":\"\\u00e9\\uD83D\\uDE00\\/\\b\"}", "{\"a\":\"\\x\"}", "{\"a\":\"\\u12\"}",
        "{\"a\":\"tab\there\"}", "{\"a\":[1,[2,{\"b\":[]}],\"c\"],\"d\":{}}", "{\"a\":[1,]}",
        "{\"a\":{\"b\":1}", "[1]", "\"x\"", "7", "true", "", "   ", "{\"\\u0041\":\"esc\"}",
        "{\"a\":1}garbage", "{\"a\":\"\u00e9\u4e2d\uD83D\uDE00\"}", "{'a':1}", "{a:1}",
        "{\"a\":NaN}", "{\"a\":1}/*c*/", "{/*c*/\"a\":1}", "{\"a\":\"\u007f\"}",
        "{\"a\":" + "[".repeat(31) + "]".repeat(31) + "}",
        "{\"a\":" + "[".repeat(32) + "]".repeat(32) + "}",
        "{\"" + "n".repeat(1024) + "\":1}", "{\"" + "n".repeat(1025) + "\":1}",
        "{\"a\":" + "9".repeat(1000) + "}", "{\"a\":" + "9".repeat(1001) + "}",
        "{\"a\":[" + "0,".repeat(100_000) + "0]}"}) {
      check(s.getBytes(StandardCharsets.UTF_8));
    }
    for (byte[] b : new byte[][] {{'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '"', '}'},
        {'{', '"', 'a', '"', ':', '"', (byte) 0xFF, '"', '}'},
        {'{', '"', 'a', '"', ':', '"', (byte) 0xE2, (byte) 0x82, '"', '}'},
        {'{', '"', 'a', '"', ':', '"', (byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80, '"', '}'},
        {'{', '"', 'a', '"', ':', '"', (byte) 0xC0, (byte) 0x80, '"', '}'}}) {
      check(b);
    }
  }

  private static Seen check(byte[] body) {
    Seen ours = ours(body);
    Seen theirs = jackson(body);
    if (ours.stop().equals("TRUNCATED") && theirs.stop().equals("MALFORMED_JSON at the end")) {
      return ours; // the input ended where more was required: jackson calls some of these malformed
    }
    if (ours.stop().equals("MALFORMED_JSON") && !strictUtf8(body)) {
      return ours; // jackson takes overlong and surrogate sequences and misnames some others
    }
    // members read before a failure may differ by the last one (jackson hands out a number
    // before it sees what follows); the stop and, for a complete body, every member agree
    assertEquals(theirs.stop().replace(" at the end", ""), ours.stop(), () -> new String(body, StandardCharsets.UTF_8)
        + " " + java.util.Arrays.toString(java.util.Arrays.copyOfRange(body, Math.max(0, body.length - 12), body.length)));
    if (ours.stop().equals("OK")) {
      assertEquals(theirs.members(), ours.members(), () -> new String(body, StandardCharsets.UTF_8));
    }
    return ours;
  }

  private static boolean strictUtf8(byte[] b) {
    try {
      StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(b));
      return true;
    } catch (java.nio.charset.CharacterCodingException e) {
      return false;
    }
  }

  private static Seen ours(byte[] body) {
    List<String> members = new ArrayList<>();
    JsonReader r = new JsonReader(body, body.length);
    try {
      JsonKind first = r.first();
      if (first == null) {
        return new Seen(members, "EMPTY_BODY");
      }
      if (first != JsonKind.OBJECT) {
        return new Seen(members, "NOT_AN_OBJECT " + first.description());
      }
      r.openObject();
      while (r.nextMember()) {
        String name = r.name();
        JsonKind k = r.value();
        if (!k.isContainer()) {
          members.add(name + "=" + kind(k) + ":"
              + JsonReader.text(body, k, r.valueStart(), r.valueEnd(), r.valueEscaped(),
                  r.valueAscii()));
        }
      }
      return new Seen(members, "OK");
    } catch (JsonReader.Stop s) {
      return new Seen(members, s.reason.name());
    }
  }

  private static Seen jackson(byte[] body) {
    List<String> members = new ArrayList<>();
    try (JsonParser p = JACKSON.createParser(body)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        return new Seen(members, "EMPTY_BODY");
      }
      if (t != JsonToken.START_OBJECT) {
        return new Seen(members, "NOT_AN_OBJECT " + describe(t));
      }
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        if (v == null) {
          return new Seen(members, "TRUNCATED");
        }
        if (v.isStructStart()) {
          p.skipChildren();
        } else {
          members.add(name + "=" + kind(v) + ":" + (v == JsonToken.VALUE_NULL ? null : p.getText()));
        }
      }
      return new Seen(members, t == JsonToken.END_OBJECT ? "OK" : "TRUNCATED");
    } catch (StreamConstraintsException e) {
      return new Seen(members, "TOO_COMPLEX");
    } catch (JsonEOFException e) {
      return new Seen(members, "TRUNCATED");
    } catch (JsonParseException e) {
      boolean atEnd = e.getLocation() != null && e.getLocation().getByteOffset() >= body.length;
      return new Seen(members, atEnd ? "MALFORMED_JSON at the end" : "MALFORMED_JSON");
    } catch (IOException e) {
      return new Seen(members, "MALFORMED_JSON");
    }
  }

  private static String kind(JsonKind k) {
    return k == JsonKind.TRUE || k == JsonKind.FALSE ? "BOOLEAN" : k.name();
  }

  private static String kind(JsonToken t) {
    switch (t) {
      case VALUE_STRING:
        return "STRING";
      case VALUE_NUMBER_INT:
        return "INTEGER";
      case VALUE_NUMBER_FLOAT:
        return "FLOAT";
      case VALUE_NULL:
        return "NULL";
      default:
        return "BOOLEAN";
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
      case VALUE_NULL:
        return "null";
      default:
        return "a boolean";
    }
  }
}
