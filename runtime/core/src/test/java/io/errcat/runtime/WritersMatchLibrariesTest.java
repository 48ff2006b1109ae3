package io.errcat.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamWriter;
import org.junit.jupiter.api.Test;

/**
 * {@link JsonWriter} and {@link XmlWriter} write, byte for byte, what the libraries they replaced
 * wrote (jackson's generator; the JDK's StAX writer, after XML 1.0's forbidden characters became
 * U+FFFD), for texts with every kind of character an error body may hold.
 */
class WritersMatchLibrariesTest {
  private static final List<String> TEXTS = List.of("plain", "", "quote \" backslash \\ slash /",
      "controls \b\t\n\f\r\u0000\u0001\u001f\u007f", "markup <a href='x'>&amp;</a> ]]>",
      "Latin-1 é ü ß, CJK 中文, emoji \uD83D\uDE00, BMP edge \uFFFD \uFFFE",
      "x".repeat(300), "\u2028\u2029");

  @Test
  void jsonIsJacksons() throws Exception {
    JsonFactory jackson = JsonFactory.builder()
        .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();
    for (String t : TEXTS) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (JsonGenerator g = jackson.createGenerator(out)) {
        g.writeStartObject();
        g.writeStringField("Code", t);
        g.writeFieldName("n");
        g.writeNumber("-12");
        g.writeStringField(t, "v");
        g.writeEndObject();
      }
      byte[] ours = JsonWriter.write(w -> w.string("Code", t).number("n", "-12").string(t, "v"));
      assertEquals(out.toString(StandardCharsets.UTF_8), new String(ours, StandardCharsets.UTF_8),
          t);
    }
  }

  @Test
  void xmlIsStaxs() throws Exception {
    for (String t : TEXTS) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
      w.writeStartDocument("UTF-8", "1.0");
      w.writeStartElement("Error");
      w.writeStartElement("Message");
      w.writeCharacters(xmlSafe(t));
      w.writeEndElement();
      w.writeEndElement();
      w.writeEndDocument();
      w.close();
      byte[] ours = XmlWriter.write("Error", x -> x.element("Message", t));
      assertEquals(out.toString(StandardCharsets.UTF_8), new String(ours, StandardCharsets.UTF_8),
          t);
    }
  }

  /** What errcat gave StAX: characters XML 1.0 does not allow as U+FFFD. */
  private static String xmlSafe(String s) {
    StringBuilder b = new StringBuilder();
    s.codePoints().forEach(c -> b.appendCodePoint(c == '\t' || c == '\n' || c == '\r'
        || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 ? c : 0xFFFD));
    return b.toString();
  }
}
