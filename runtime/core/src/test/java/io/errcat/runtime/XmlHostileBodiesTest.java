package io.errcat.runtime;

import static io.errcat.runtime.Products.headers;
import static io.errcat.runtime.Products.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.errcat.runtime.DecodeFailure.Reason;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile XML bodies against POP's XML form: each becomes a typed fallback with a bounded excerpt,
 * and nothing is ever fetched (a loopback server counts every request) or expanded.
 */
class XmlHostileBodiesTest {
  private static final String SECRET = "errcat-secret-7f3a";
  private static HttpServer server;
  private static final AtomicInteger fetches = new AtomicInteger();

  @TempDir static Path dir;
  private static Path secretFile;

  @BeforeAll
  static void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", ex -> {
      fetches.incrementAndGet();
      byte[] b = ("<!ENTITY x '" + SECRET + "'>").getBytes(StandardCharsets.UTF_8);
      ex.sendResponseHeaders(200, b.length);
      ex.getResponseBody().write(b);
      ex.close();
    });
    server.start();
    secretFile = Files.writeString(dir.resolve("secret.txt"), SECRET);
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  private static String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/evil.dtd";
  }

  private static ErrorDetails decode(byte[] body) {
    return WireFormsTest.codec(WireFormsTest.POP, WireFormsTest.SHELL)
        .fromHttp(400, headers("Content-Type", "text/xml"), body);
  }

  private static ErrorDetails decode(String body) {
    return decode(utf8(body));
  }

  /** A fallback: no catalog error, the given reason, a bounded excerpt, never the secret. */
  private static void assertFallback(ErrorDetails d, Reason reason) {
    assertNull(d.error(), d.toString());
    assertNotNull(d.failure(), d.toString());
    assertEquals(reason, d.failure().reason(), d.failure().toString());
    assertTrue(d.failure().excerpt().length() <= HttpErrorCodec.DEFAULT_MAX_EXCERPT);
    assertFalse(String.valueOf(d).contains(SECRET + "'") && d.message() != null
        && d.message().contains(SECRET), "the secret was expanded: " + d);
    assertTrue(d.message() == null || !d.message().contains(SECRET), d.message());
    assertTrue(d.extras().values().stream().noneMatch(v -> v.contains(SECRET)));
    assertEquals(0, fetches.get(), "something was fetched");
  }

  @Test
  void xxeWithAFileIsRefusedUnread() {
    assertFallback(decode("<?xml version=\"1.0\"?><!DOCTYPE Error [<!ENTITY xxe SYSTEM \""
        + secretFile.toUri() + "\">]><Error><Code>&xxe;</Code><Message>&xxe;</Message></Error>"),
        Reason.XML_DTD);
  }

  @Test
  void xxeWithAnHttpEntityFetchesNothing() {
    assertFallback(decode("<?xml version=\"1.0\"?><!DOCTYPE Error [<!ENTITY xxe SYSTEM \"" + url()
        + "\">]><Error><Code>SHELL NOT MATCH</Code><Message>&xxe;</Message></Error>"),
        Reason.XML_DTD);
  }

  @Test
  void anExternalDtdIsNeverLoaded() {
    assertFallback(decode("<?xml version=\"1.0\"?><!DOCTYPE Error SYSTEM \"" + url() + "\">"
        + "<Error><Code>SHELL NOT MATCH</Code><Message>&x;</Message></Error>"), Reason.XML_DTD);
    assertFallback(decode("<?xml version=\"1.0\"?><!DOCTYPE Error [<!ENTITY % p SYSTEM \"" + url()
        + "\"> %p;]><Error><Code>SHELL NOT MATCH</Code></Error>"), Reason.XML_DTD);
  }

  @Test
  void billionLaughsIsNotExpanded() {
    StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE Error [<!ENTITY l0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      dtd.append("<!ENTITY l").append(i).append(" \"");
      for (int k = 0; k < 10; k++) {
        dtd.append("&l").append(i - 1).append(';');
      }
      dtd.append("\">");
    }
    dtd.append("]><Error><Code>SHELL NOT MATCH</Code><Message>&l9;</Message></Error>");
    long before = System.nanoTime();
    assertFallback(decode(dtd.toString()), Reason.XML_DTD);
    assertTrue(System.nanoTime() - before < 5_000_000_000L, "expansion took seconds");
  }

  @Test
  void anUndeclaredEntityWithoutDtdIsRefused() {
    assertFallback(decode("<Error><Code>SHELL NOT MATCH</Code><Message>&nope;</Message></Error>"),
        Reason.XML_DTD);
  }

  @Test
  void tenMegabytesAreCutAtTheBound() {
    StringBuilder b = new StringBuilder("<Error><Code>SHELL NOT MATCH</Code><Message>");
    b.append("x".repeat(10 << 20));
    b.append("</Message></Error>");
    ErrorDetails d = decode(b.toString());
    assertNotNull(d.failure());
    assertEquals(Reason.TOO_LARGE, d.failure().reason());
    assertTrue(d.failure().excerpt().length() <= HttpErrorCodec.DEFAULT_MAX_EXCERPT);
    assertTrue(d.message() == null || d.message().length() <= Json.MAX_VALUE_CHARS);
  }

  @Test
  void truncatedXml() {
    ErrorDetails d = decode("<Error><RequestId>R</RequestId><Code>SHELL NOT MA");
    assertFallback(d, Reason.TRUNCATED);
    ErrorDetails kept = decode("<Error><Code>SHELL NOT MATCH</Code><Message>The ima");
    assertEquals(Reason.TRUNCATED, kept.failure().reason());
    assertEquals("SHELL NOT MATCH", kept.code()); // what was read before the cut is kept
  }

  @Test
  void wrongRootElement() {
    assertFallback(decode("<Response><Code>SHELL NOT MATCH</Code></Response>"),
        Reason.UNEXPECTED_XML);
    assertTrue(decode("<Response/>").failure().detail().contains("<Response>"));
  }

  @Test
  void mixedContentIsNoErrorDocument() {
    assertFallback(decode("<Error>oops<Code>SHELL NOT MATCH</Code></Error>"),
        Reason.UNEXPECTED_XML);
    assertFallback(decode("<Error><Code>SHELL <b>NOT</b> MATCH</Code></Error>"),
        Reason.UNEXPECTED_XML);
  }

  @Test
  void aCodeWithElementsIsTheWrongType() {
    assertFallback(decode("<Error><Code><Value>SHELL NOT MATCH</Value></Code></Error>"),
        Reason.BAD_CODE_TYPE);
  }

  @Test
  void notWellFormed() {
    assertFallback(decode("<Error><Code>SHELL NOT MATCH</Message></Error>"), Reason.MALFORMED_XML);
    assertFallback(decode("<<<>>>"), Reason.MALFORMED_XML);
    assertFallback(decode("{\"Code\":\"SHELL NOT MATCH\"}"), Reason.MALFORMED_XML);
  }

  @Test
  void emptyAndBlank() {
    assertFallback(decode(""), Reason.EMPTY_BODY);
    assertFallback(decode(" \r\n"), Reason.EMPTY_BODY);
  }

  @Test
  void deepNestingStopsAtTheLimit() {
    String deep = "<Error>" + "<a>".repeat(100) + "</a>".repeat(100) + "</Error>";
    assertFallback(decode(deep), Reason.TOO_COMPLEX);
  }

  @Test
  void aByteOrderMarkIsFine() {
    byte[] xml = utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>SHELL NOT MATCH"
        + "</Code><RequestId>R</RequestId></Error>");
    byte[] bom = new byte[xml.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(xml, 0, bom, 3, xml.length);
    ErrorDetails d = decode(bom);
    assertSame(WireFormsTest.SHELL, d.error());
    assertEquals("R", d.requestId());
    assertNull(d.failure());
  }

  @Test
  void invalidUtf8() {
    byte[] b = utf8("<Error><Code>SHELL NOT MATCH</Code><Message>caf\u00e9</Message></Error>");
    byte[] latin1 = "<Error><Code>X</Code><Message>caf\u00e9</Message></Error>"
        .getBytes(StandardCharsets.ISO_8859_1);
    assertNotNull(b);
    assertFallback(decode(latin1), Reason.INVALID_UTF8);
  }

  @Test
  void anHtmlPageServedAsXmlStaysTheHtmlFallback() {
    String page = "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>"
        + "<body><center><h1>502 Bad Gateway</h1></center></body></html>";
    ErrorDetails d = decode(page);
    assertFallback(d, Reason.MALFORMED_JSON);
    assertTrue(d.failure().excerpt().startsWith("<!DOCTYPE html>"), d.failure().excerpt());
    assertFallback(decode("<html><body>502</body></html>"), Reason.MALFORMED_JSON);
    // the same page as text/html, as always
    ErrorDetails html = WireFormsTest.codec(WireFormsTest.POP, WireFormsTest.SHELL)
        .fromHttp(502, headers("Content-Type", "text/html"), utf8(page));
    assertEquals(Reason.MALFORMED_JSON, html.failure().reason());
  }

  @Test
  void xmlUnderAJsonContentTypeIsNotJson() {
    ErrorDetails d = WireFormsTest.codec(WireFormsTest.POP, WireFormsTest.SHELL).fromHttp(400,
        headers("Content-Type", "application/json"), utf8("<Error><Code>X</Code></Error>"));
    assertEquals(Reason.MALFORMED_JSON, d.failure().reason());
  }
}
