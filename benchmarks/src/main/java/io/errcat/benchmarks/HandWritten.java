package io.errcat.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.errcat.catalogs.faas.FaasError;
import io.errcat.catalogs.imagesearch.ImageSearchError;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What a user writes instead of errcat, done well: one shared {@code ObjectMapper}, {@code
 * readTree} and a lookup in the generated enum; a hardened DOM parser from one shared factory for
 * XML; {@code writeValueAsBytes} of a map and a StAX writer for encoding; a plain exception class
 * with the code, message, request id and status.
 */
final class HandWritten {
  private HandWritten() {}

  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final DocumentBuilderFactory DOM = dom();
  private static final XMLOutputFactory STAX = XMLOutputFactory.newDefaultFactory();

  /** What hand-written decoding yields. */
  record Decoded(Enum<?> error, String code, String message, String requestId) {}

  /** The exception a user writes for a failed call. */
  static final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Decoded decoded;
    final int status;

    ApiException(int status, Decoded d) {
      super(d.code() + ": " + d.message());
      this.decoded = d;
      this.status = status;
    }
  }

  static Decoded json(byte[] body) {
    try {
      JsonNode n = MAPPER.readTree(body);
      String code = n.path("Code").asText(null);
      return new Decoded(code == null ? null : FaasError.fromCode(code).orElse(null), code,
          n.path("Message").asText(null), n.path("RequestId").asText(null));
    } catch (IOException e) {
      return new Decoded(null, null, null, null);
    }
  }

  static Decoded nested(byte[] body) {
    try {
      JsonNode n = MAPPER.readTree(body);
      JsonNode error = n.path("error");
      String code = n.path("error_code").asText(error.path("code").asText(null));
      String message = n.path("error_msg").asText(error.path("message").asText(null));
      return new Decoded(code == null ? null : ImageSearchError.fromCode(code).orElse(null), code,
          message, n.path("request_id").asText(null));
    } catch (IOException e) {
      return new Decoded(null, null, null, null);
    }
  }

  static Decoded xml(byte[] body) {
    try {
      Document doc = DOM.newDocumentBuilder().parse(new ByteArrayInputStream(body));
      Element root = doc.getDocumentElement();
      String code = text(root, "Code");
      return new Decoded(code == null ? null : FaasError.fromCode(code).orElse(null), code,
          text(root, "Message"), text(root, "RequestId"));
    } catch (Exception e) {
      return new Decoded(null, null, null, null);
    }
  }

  private static String text(Element root, String name) {
    NodeList l = root.getElementsByTagName(name);
    return l.getLength() == 0 ? null : l.item(0).getTextContent();
  }

  static byte[] encodeJson(String code, String message, String requestId,
      Map<String, String> extras) throws IOException {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("Code", code);
    m.put("Message", message);
    m.put("RequestId", requestId);
    m.putAll(extras);
    return MAPPER.writeValueAsBytes(m);
  }

  static byte[] encodeXml(String code, String message, String requestId,
      Map<String, String> extras) throws XMLStreamException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    XMLStreamWriter w = STAX.createXMLStreamWriter(out, "UTF-8");
    w.writeStartDocument("UTF-8", "1.0");
    w.writeStartElement("Error");
    element(w, "Code", code);
    element(w, "Message", message);
    element(w, "RequestId", requestId);
    for (Map.Entry<String, String> e : extras.entrySet()) {
      element(w, e.getKey(), e.getValue());
    }
    w.writeEndElement();
    w.writeEndDocument();
    w.close();
    return out.toByteArray();
  }

  private static void element(XMLStreamWriter w, String name, String value)
      throws XMLStreamException {
    w.writeStartElement(name);
    w.writeCharacters(value);
    w.writeEndElement();
  }

  private static DocumentBuilderFactory dom() {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setExpandEntityReferences(false);
      return f;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
