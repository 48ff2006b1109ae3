package io.errcat.samples.faas;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Success bodies as POP writes them: {@code RequestId} and the action's members; JSON by default,
 * and for {@code Format=XML} an {@code <ActionResponse>} document whose lists repeat their item
 * element ({@code <FpgaImages><FpgaImage>…</FpgaImage>…</FpgaImages>}). A body is a map of
 * strings, numbers, booleans, maps and lists of maps.
 */
final class PopResponses {
  static final String JSON = "application/json;charset=utf-8";
  static final String XML = "text/xml;charset=utf-8";

  private static final JsonFactory JSON_FACTORY = new JsonFactory();
  private static final XMLOutputFactory XML_FACTORY = XMLOutputFactory.newFactory();

  private PopResponses() {}

  static byte[] json(Map<String, Object> body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = JSON_FACTORY.createGenerator(out)) {
      writeJson(g, body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void writeJson(JsonGenerator g, Object v) throws IOException {
    if (v instanceof Map<?, ?> m) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        g.writeFieldName(String.valueOf(e.getKey()));
        writeJson(g, e.getValue());
      }
      g.writeEndObject();
    } else if (v instanceof List<?> l) {
      g.writeStartArray();
      for (Object o : l) {
        writeJson(g, o);
      }
      g.writeEndArray();
    } else if (v instanceof Number n) {
      g.writeNumber(n.longValue());
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v == null) {
      g.writeNull();
    } else {
      g.writeString(v.toString());
    }
  }

  static byte[] xml(String action, Map<String, Object> body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      XMLStreamWriter w = XML_FACTORY.createXMLStreamWriter(out, "UTF-8");
      w.writeStartDocument("UTF-8", "1.0");
      w.writeStartElement(action + "Response");
      writeXmlMembers(w, body);
      w.writeEndElement();
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  private static void writeXmlMembers(XMLStreamWriter w, Map<?, ?> m) throws XMLStreamException {
    for (Map.Entry<?, ?> e : m.entrySet()) {
      String name = String.valueOf(e.getKey());
      Object v = e.getValue();
      if (v instanceof List<?> items) {
        for (Object item : items) {
          writeXml(w, name, item);
        }
      } else {
        writeXml(w, name, v);
      }
    }
  }

  private static void writeXml(XMLStreamWriter w, String name, Object v) throws XMLStreamException {
    w.writeStartElement(name);
    if (v instanceof Map<?, ?> m) {
      writeXmlMembers(w, m);
    } else if (v != null) {
      w.writeCharacters(v.toString());
    }
    w.writeEndElement();
  }

}
