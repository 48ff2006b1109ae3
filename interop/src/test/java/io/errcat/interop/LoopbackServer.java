package io.errcat.interop;

import io.errcat.runtime.HttpError;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;

/**
 * Embedded Tomcat on 127.0.0.1 and a free port, answering every request with what a handler (the
 * generated mapper, in the tests) makes of it, and remembering the last request and answer.
 * Tomcat writes header names as given: the POP SDK's {@code HttpURLConnection} client looks up
 * {@code Content-Type} case-sensitively, so the JDK's own server (which sends {@code
 * Content-type}) would lose it every error.
 */
final class LoopbackServer implements AutoCloseable {
  /** What the server saw: method, path, headers, query and form parameters. */
  record Request(String method, String path, Map<String, String> headers,
      Map<String, String> params) {
    String header(String name) {
      for (Map.Entry<String, String> h : headers.entrySet()) {
        if (h.getKey().equalsIgnoreCase(name)) {
          return h.getValue();
        }
      }
      return null;
    }
  }

  /** Answers one request. */
  @FunctionalInterface
  interface Handler {
    HttpError answer(Request request);
  }

  private final Tomcat tomcat = new Tomcat();
  private final Connector connector = new Connector();
  private final Path baseDir;
  final AtomicReference<Request> lastRequest = new AtomicReference<>();
  final AtomicReference<HttpError> lastAnswer = new AtomicReference<>();

  LoopbackServer(Handler handler) throws IOException {
    baseDir = Files.createTempDirectory("errcat-interop");
    tomcat.setBaseDir(baseDir.toString());
    connector.setPort(0);
    connector.setProperty("address", "127.0.0.1");
    tomcat.setConnector(connector);
    Context context = tomcat.addContext("", baseDir.toString());
    Tomcat.addServlet(context, "answer", new HttpServlet() {
      private static final long serialVersionUID = 1L;

      @Override
      protected void service(HttpServletRequest req, HttpServletResponse resp)
          throws IOException {
        Request r = read(req);
        lastRequest.set(r);
        HttpError answer = handler.answer(r);
        lastAnswer.set(answer);
        resp.setStatus(answer.status());
        for (Map.Entry<String, List<String>> h : answer.headers().entrySet()) {
          for (String v : h.getValue()) {
            resp.addHeader(h.getKey(), v);
          }
        }
        byte[] body = answer.body();
        resp.setContentLength(body.length);
        try (OutputStream out = resp.getOutputStream()) {
          out.write(body);
        }
      }
    });
    context.addServletMappingDecoded("/*", "answer");
    try {
      tomcat.start();
    } catch (LifecycleException e) {
      throw new IOException("Tomcat did not start", e);
    }
  }

  int port() {
    return connector.getLocalPort();
  }

  String endpoint() {
    return "http://127.0.0.1:" + port();
  }

  private static Request read(HttpServletRequest req) throws IOException {
    Map<String, String> params = new LinkedHashMap<>();
    parse(req.getQueryString(), params);
    byte[] body = req.getInputStream().readNBytes(1 << 20);
    String type = req.getContentType();
    if (type != null && type.startsWith("application/x-www-form-urlencoded")) {
      parse(new String(body, StandardCharsets.UTF_8), params);
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (String name : Collections.list(req.getHeaderNames())) {
      headers.put(name, req.getHeader(name));
    }
    return new Request(req.getMethod(), req.getRequestURI(), headers, params);
  }

  private static void parse(String form, Map<String, String> into) {
    if (form == null || form.isEmpty()) {
      return;
    }
    for (String pair : form.split("&")) {
      int eq = pair.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      into.putIfAbsent(k, v);
    }
  }

  @Override
  public void close() throws LifecycleException, IOException {
    tomcat.stop();
    tomcat.destroy();
    try (Stream<Path> files = Files.walk(baseDir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
