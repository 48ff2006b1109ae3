package io.errcat.catalog.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link JsonOut} against jackson-core's generator, which the emitters used before it: random
 * documents (nesting, empty objects and arrays, raw values, every control character, quotes,
 * backslashes, non-ASCII and surrogate pairs) written through both must give the same text,
 * pretty and compact.
 */
class JsonOutTest {
  /** One call sequence, played against either writer. */
  private interface Calls {
    void startObject();
    void endObject();
    void startArray();
    void endArray();
    void name(String n);
    void string(String s);
    void number(long n);
    void bool(boolean b);
    void raw(String json);
  }

  @Test
  void randomDocumentsMatchJackson() {
    for (int seed = 0; seed < 500; seed++) {
      for (boolean pretty : new boolean[] {true, false}) {
        int s = seed;
        String ours = JsonText.write(pretty, g -> play(new Random(s), ours(g), 0));
        String theirs = jackson(pretty, g -> play(new Random(s), jackson(g), 0));
        assertEquals(theirs, ours, "seed " + seed + (pretty ? " pretty" : " compact"));
      }
    }
  }

  @Test
  void theLayoutOfASmallDocument() {
    String text = JsonText.write(true, g -> {
      g.writeStartObject();
      g.writeStringField("a", "q\"\\\u0001\n");
      g.writeObjectFieldStart("empty");
      g.writeEndObject();
      g.writeArrayFieldStart("list");
      g.writeNumber(1);
      g.writeStartArray();
      g.writeEndArray();
      g.writeEndArray();
      g.writeBooleanField("b", false);
      g.writeEndObject();
    });
    assertEquals("{\n  \"a\": \"q\\\"\\\\\\u0001\\n\",\n  \"empty\": { },\n  \"list\": [\n    1,\n"
        + "    [ ]\n  ],\n  \"b\": false\n}\n", text);
  }

  @Test
  void aMisuseFailsLoudly() {
    assertThrows(IllegalStateException.class, () -> JsonText.write(true, g -> {
      g.writeStartObject();
      g.writeString("no name");
    }));
    assertThrows(IllegalStateException.class, () -> JsonText.write(false, g -> {
      g.writeStartArray();
      g.writeEndObject();
    }));
    assertThrows(IllegalStateException.class, () -> JsonText.write(false, g -> g.writeStartObject()));
  }

  /** A random value; objects and arrays up to depth 5. */
  private static void play(Random r, Calls c, int depth) {
    int kind = depth >= 5 ? 4 + r.nextInt(4) : r.nextInt(8);
    switch (kind) {
      case 0, 1 -> {
        c.startObject();
        for (int i = r.nextInt(4); i > 0; i--) {
          c.name(text(r));
          play(r, c, depth + 1);
        }
        c.endObject();
      }
      case 2, 3 -> {
        c.startArray();
        for (int i = r.nextInt(4); i > 0; i--) {
          play(r, c, depth + 1);
        }
        c.endArray();
      }
      case 4 -> c.string(r.nextInt(20) == 0 ? null : text(r));
      case 5 -> c.number(r.nextBoolean() ? r.nextInt(1000) : r.nextLong());
      case 6 -> c.bool(r.nextBoolean());
      default -> c.raw("{\"raw\":[1,2]}");
    }
  }

  private static final String ALPHABET = "ab Z09\"\\/\u007f\u00e9\u4e2d\u2028";

  private static String text(Random r) {
    StringBuilder b = new StringBuilder();
    for (int i = r.nextInt(12); i > 0; i--) {
      int pick = r.nextInt(ALPHABET.length() + 3);
      if (pick < ALPHABET.length()) {
        b.append(ALPHABET.charAt(pick));
      } else if (pick == ALPHABET.length()) {
        b.append((char) r.nextInt(0x20)); // every control character
      } else {
        b.appendCodePoint(0x1F600 + r.nextInt(16)); // a surrogate pair
      }
    }
    return b.toString();
  }

  private static Calls ours(JsonOut g) {
    return new Calls() {
      @Override public void startObject() { g.writeStartObject(); }
      @Override public void endObject() { g.writeEndObject(); }
      @Override public void startArray() { g.writeStartArray(); }
      @Override public void endArray() { g.writeEndArray(); }
      @Override public void name(String n) { g.writeFieldName(n); }
      @Override public void string(String s) { g.writeString(s); }
      @Override public void number(long n) { g.writeNumber(n); }
      @Override public void bool(boolean b) {
        // JsonOut writes booleans as members only, as the emitters do: a one-member object
        g.writeStartObject();
        g.writeBooleanField("b", b);
        g.writeEndObject();
      }
      @Override public void raw(String json) { g.writeRawValue(json); }
    };
  }

  private interface JacksonBody {
    void write(JsonGenerator g) throws IOException;
  }

  /** The generator exactly as the emitters configured it before JsonOut. */
  private static String jackson(boolean pretty, JacksonBody body) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      if (pretty) {
        DefaultIndenter indent = new DefaultIndenter("  ", "\n");
        g.setPrettyPrinter(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(indent)
            .withArrayIndenter(indent));
      }
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pretty ? out + "\n" : out.toString();
  }

  private static Calls jackson(JsonGenerator g) {
    return new Calls() {
      @Override public void startObject() { io(() -> g.writeStartObject()); }
      @Override public void endObject() { io(() -> g.writeEndObject()); }
      @Override public void startArray() { io(() -> g.writeStartArray()); }
      @Override public void endArray() { io(() -> g.writeEndArray()); }
      @Override public void name(String n) { io(() -> g.writeFieldName(n)); }
      @Override public void string(String s) { io(() -> g.writeString(s)); }
      @Override public void number(long n) { io(() -> g.writeNumber(n)); }
      @Override public void bool(boolean b) {
        io(() -> {
          g.writeStartObject();
          g.writeBooleanField("b", b);
          g.writeEndObject();
        });
      }
      @Override public void raw(String json) { io(() -> g.writeRawValue(json)); }
    };
  }

  private interface Io {
    void run() throws IOException;
  }

  private static void io(Io call) {
    try {
      call.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
