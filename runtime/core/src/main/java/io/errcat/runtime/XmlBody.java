package io.errcat.runtime;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The XML form of an error body ({@code <Error><Code>…</Code>…</Error>}, as POP sends with {@code
 * Format=XML}), read with the JDK's StAX parser (written by {@link XmlWriter}).
 *
 * <p>Reading is hardened: a DTD, an entity reference other than the five predefined ones, or any
 * attempt to resolve an external resource stops the read with {@link
 * DecodeFailure.Reason#XML_DTD}; nothing is fetched or expanded. The JSON limits apply (depth
 * {@value Json#MAX_DEPTH}, {@value Json#MAX_TOKENS} events, texts kept up to {@value
 * Json#MAX_VALUE_CHARS} characters). A root other than the format's, or text beside the members
 * (mixed content), gives {@link DecodeFailure.Reason#UNEXPECTED_XML} and no members. Never throws.
 */
final class XmlBody {
  private static final XMLInputFactory READ = readFactory();
  private static final Pattern ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([A-Za-z0-9._-]{1,40})[\"']");

  private XmlBody() {}

  private static XMLInputFactory readFactory() {
    // the JDK's own parser, whatever else is on the class path: its hardening is what is tested
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    f.setXMLResolver((publicId, systemId, base, namespace) -> {
      throw new XMLStreamException("external resource refused: " + systemId);
    });
    return f;
  }

  /**
   * Whether the body starts (after a byte-order mark and white space) like an HTML page: a proxy's
   * error page stays the HTML fallback whatever its content type claims.
   */
  static boolean looksLikeHtml(byte[] b, int length) {
    int i = 0;
    if (length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      i = 3;
    }
    while (i < length && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
      i++;
    }
    String start = new String(b, i, Math.min(length - i, 14), StandardCharsets.ISO_8859_1)
        .toLowerCase(Locale.ROOT);
    return start.startsWith("<!doctype html") || start.startsWith("<html");
  }

  /** Reads the children of {@code root} in {@code body[0..length)} as members. */
  static BodyMembers parse(byte[] body, int length, MemberNames wanted, String root) {
    BodyMembers m = new BodyMembers(wanted, false);
    if (isBlank(body, length)) {
      m.fail(DecodeFailure.Reason.EMPTY_BODY, null);
      return m;
    }
    XMLStreamReader r = null;
    Reading reading = new Reading(m, root);
    // Decoded here, not by the parser: the JDK's parser prints malformed bytes to stderr.
    String text = decode(body, length);
    boolean lossy = text == null;
    if (lossy) {
      text = new String(body, 0, length, StandardCharsets.UTF_8);
    }
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    try {
      r = READ.createXMLStreamReader(new StringReader(text));
      String unexpected = reading.run(r);
      if (unexpected != null || reading.refused != null) {
        // no member of a refused or foreign document is believed
        BodyMembers none = new BodyMembers(wanted, false);
        none.fail(unexpected != null ? DecodeFailure.Reason.UNEXPECTED_XML
            : DecodeFailure.Reason.XML_DTD, unexpected != null ? unexpected : reading.refused);
        return none;
      }
    } catch (XMLStreamException | RuntimeException e) {
      m.fail(classify(e, text, reading), message(e));
    } finally {
      close(r);
    }
    if (lossy) {
      m.fail(DecodeFailure.Reason.INVALID_UTF8, null); // read with malformed bytes replaced
    }
    return m;
  }

  /**
   * The body as text in the charset its XML declaration names (UTF-8 by default), or null when
   * its bytes are not valid in that charset.
   */
  private static String decode(byte[] body, int length) {
    Charset charset = StandardCharsets.UTF_8;
    String head = new String(body, 0, Math.min(length, 100), StandardCharsets.ISO_8859_1);
    Matcher declared = ENCODING.matcher(head);
    if (head.startsWith("<?xml") && declared.find()) {
      try {
        charset = Charset.forName(declared.group(1));
      } catch (IllegalArgumentException e) {
        return null; // an unknown encoding: read as UTF-8, lossily
      }
    }
    try {
      return charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body, 0, length)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** One pass over the events; returns why the document is not an error document, or null. */
  private static final class Reading {
    private final BodyMembers m;
    private final String root;
    private final Deque<Element> open = new ArrayDeque<>();
    private boolean rootClosed;
    private String refused;

    Reading(BodyMembers m, String root) {
      this.m = m;
      this.root = root;
    }

    String run(XMLStreamReader r) throws XMLStreamException {
      long events = 0;
      while (r.hasNext() && !rootClosed) {
        int e = r.next();
        if (++events > Json.MAX_TOKENS) {
          m.fail(DecodeFailure.Reason.TOO_COMPLEX, "more than " + Json.MAX_TOKENS + " XML events");
          return null;
        }
        switch (e) {
          case XMLStreamConstants.DTD:
            refused = "the body has a DTD";
            return null;
          case XMLStreamConstants.ENTITY_REFERENCE:
            refused = "the body refers to the entity &" + Excerpts.truncate(r.getLocalName(), 64)
                + ";";
            return null;
          case XMLStreamConstants.START_ELEMENT: {
            String name = r.getLocalName();
            if (open.isEmpty()) {
              if (!name.equalsIgnoreCase(root)) {
                return "the root element is <" + Excerpts.truncate(name, 64) + ">, not <" + root
                    + ">";
              }
              m.markObject();
              open.push(new Element(name, null));
              break;
            }
            if (open.size() >= Json.MAX_DEPTH) {
              m.fail(DecodeFailure.Reason.TOO_COMPLEX,
                  "XML nested deeper than " + Json.MAX_DEPTH + " elements");
              return null;
            }
            Element parent = open.peek();
            parent.children = true;
            open.push(new Element(name, parent.path == null ? name : parent.path + "." + name));
            break;
          }
          case XMLStreamConstants.CHARACTERS:
          case XMLStreamConstants.CDATA:
          case XMLStreamConstants.SPACE: {
            Element el = open.peek();
            if (el != null) {
              el.text(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
            }
            break;
          }
          case XMLStreamConstants.END_ELEMENT: {
            Element el = open.pop();
            if (el.children && el.hasText) {
              return el.path == null ? "the root element holds text beside its members"
                  : "<" + el.path + "> holds text beside elements";
            }
            if (el.path == null) {
              rootClosed = true;
            } else {
              m.add(el.path, el.children ? JsonKind.OBJECT : JsonKind.STRING,
                  el.children ? null : el.text.toString(), open.size() == 1);
            }
            break;
          }
          default:
            break; // comments, processing instructions, the document's start and end
        }
      }
      return null;
    }
  }

  /**
   * An open element: its name, its dotted path below the root (null for the root) and what it
   * held.
   */
  private static final class Element {
    final String name;
    final String path;
    final StringBuilder text = new StringBuilder();
    boolean children;
    boolean hasText;

    Element(String name, String path) {
      this.name = name;
      this.path = path;
    }

    void text(char[] chars, int start, int length) {
      for (int i = start; i < start + length && !hasText; i++) {
        char c = chars[i];
        hasText = c != ' ' && c != '\t' && c != '\r' && c != '\n';
      }
      int room = Json.MAX_VALUE_CHARS + 1 - text.length();
      if (room > 0) {
        text.append(chars, start, Math.min(room, length));
      }
    }
  }

  private static DecodeFailure.Reason classify(Exception e, String text, Reading reading) {
    if (reading.refused != null || e.getMessage() != null
        && e.getMessage().contains("external resource refused")) {
      return DecodeFailure.Reason.XML_DTD;
    }
    return isCutShort(text, reading.open) ? DecodeFailure.Reason.TRUNCATED
        : DecodeFailure.Reason.MALFORMED_XML;
  }

  /**
   * Whether a document that failed with elements still open was cut short rather than broken:
   * it ends inside a tag or a text, or closing the open elements makes it well-formed.
   */
  private static boolean isCutShort(String text, Deque<Element> open) {
    if (open.isEmpty()) {
      return false;
    }
    String trimmed = text.stripTrailing();
    if (!trimmed.isEmpty() && !trimmed.endsWith(">")) {
      return true;
    }
    StringBuilder closed = new StringBuilder(text);
    for (Element el : open) {
      closed.append("</").append(el.name).append('>');
    }
    XMLStreamReader r = null;
    try {
      r = READ.createXMLStreamReader(new StringReader(closed.toString()));
      while (r.hasNext()) {
        r.next();
      }
      return true;
    } catch (XMLStreamException | RuntimeException e) {
      return false;
    } finally {
      close(r);
    }
  }

  private static String message(Exception e) {
    String msg = e.getMessage() == null ? e.toString() : e.getMessage();
    // StAX prefixes "ParseError at [row,col]:[1,5]\nMessage: ": keep the sentence
    int at = msg.indexOf("Message: ");
    return at >= 0 ? msg.substring(at + 9) : msg;
  }

  private static boolean isBlank(byte[] b, int length) {
    for (int i = 0; i < length; i++) {
      if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r' && b[i] != '\n') {
        return false;
      }
    }
    return true;
  }

  private static void close(XMLStreamReader r) {
    if (r != null) {
      try {
        r.close();
      } catch (XMLStreamException e) {
        // nothing was held open but the byte array
      }
    }
  }
}
