package io.errcat.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Codes met in traffic: every decode a catalog cannot explain reaches the listeners, classified
 * once (unknown, retired, unexpected status, not the product's format); explained ones do not; a
 * failing listener changes nothing; the ready JSON Lines sink counts exactly under contention and
 * stays bounded when a server invents a code per response.
 */
class TrafficTest {
  private static final TestError BUSY = new TestError("Busy", "BUSY", 503, "busy", null);
  private static final HttpErrorCodec CODEC = HttpErrorCodec.builder(
          WireFormat.builder("Code").messageField("Message").build(),
          code -> code.equals("Busy") ? Optional.of(BUSY) : Optional.empty())
      .catalog("shop")
      .retired("TooBusy")
      .build();

  private static byte[] json(String code) {
    return ("{\"Code\":\"" + code + "\",\"Message\":\"m " + code + "\"}")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static List<Unexplained> decoding(Runnable decodes) {
    List<Unexplained> events = Collections.synchronizedList(new ArrayList<>());
    Traffic.Registration r = Traffic.listen(events::add);
    try {
      decodes.run();
    } finally {
      r.close();
    }
    return events;
  }

  @Test
  void eachUnexplainedDecodeIsToldOnceAndClassified() {
    List<Unexplained> events = decoding(() -> {
      CODEC.fromHttp(503, Map.of(), json("Busy"), null);               // explained
      CODEC.fromHttp(500, Map.of(), json("Brand New"), "Order");
      CODEC.fromHttp(503, Map.of(), json("TooBusy"), null);
      CODEC.fromHttp(500, Map.of(), json("Busy"), null);
      CODEC.fromHttp(502, Map.of("Content-Type", List.of("text/html")),
          "<html><body>Bad Gateway</body></html>".getBytes(StandardCharsets.UTF_8), null);
    });
    assertEquals(List.of(Unexplained.Kind.UNKNOWN_CODE, Unexplained.Kind.RETIRED_CODE,
        Unexplained.Kind.UNEXPECTED_STATUS, Unexplained.Kind.NOT_PRODUCT_FORMAT),
        events.stream().map(Unexplained::kind).toList());
    Unexplained unknown = events.get(0);
    assertEquals("shop", unknown.catalog());
    assertEquals(500, unknown.status());
    assertEquals("Brand New", unknown.code());
    assertEquals("m Brand New", unknown.message());
    assertEquals("Order", unknown.operation());
    assertTrue(unknown.excerpt().contains("Brand New"), unknown.excerpt());
    assertTrue(events.get(3).excerpt().contains("Bad Gateway"), events.get(3).excerpt());
    assertEquals(500, events.get(2).status());
  }

  @Test
  void everyDecodePathReportsAndAClosedRegistrationHearsNothing() {
    List<Unexplained> events = decoding(() -> {
      CODEC.fromStream(500, Map.of(), new java.io.ByteArrayInputStream(json("Via Stream")), null);
      CODEC.fromCutOffBody(500, Map.of(), "{\"Code\":\"Cut".getBytes(StandardCharsets.UTF_8),
          null, true, "cut off");
    });
    assertEquals(2, events.size(), events.toString());
    assertEquals("Via Stream", events.get(0).code());
    assertEquals(Unexplained.Kind.NOT_PRODUCT_FORMAT, events.get(1).kind(),
        "a truncated body without a code");
    List<Unexplained> after = new ArrayList<>();
    Traffic.listen(after::add).close();
    CODEC.fromHttp(500, Map.of(), json("Nobody Listens"), null);
    assertEquals(List.of(), after);
  }

  @Test
  void aFailingListenerChangesNothing() {
    Traffic.Registration r = Traffic.listen(e -> {
      throw new IllegalStateException("listener bug");
    });
    try {
      ErrorDetails d = CODEC.fromHttp(500, Map.of(), json("Odd"), null);
      assertEquals("Odd", d.code());
      assertEquals(DecodeFailure.Reason.UNKNOWN_CODE, d.failure().reason());
    } finally {
      r.close();
    }
  }

  @Test
  void hostileTextsAreBoundedAndStayOneLine(@TempDir Path dir) throws Exception {
    JsonLinesSink sink = JsonLinesSink.toFile(dir.resolve("t.jsonl"));
    String code = "X\n\"}{\u2028" + "y".repeat(10_000);
    Traffic.Registration r = Traffic.listen(sink);
    try {
      CODEC.fromHttp(500, Map.of(), json(code.replace("\"", "\\\"").replace("\n", "\\n")), null);
    } finally {
      r.close();
    }
    sink.flush();
    List<String> lines = Files.readAllLines(dir.resolve("t.jsonl"));
    assertEquals(1, lines.size(), lines.toString());
    assertTrue(lines.get(0).length() < 2_000, "bounded: " + lines.get(0).length());
    assertTrue(lines.get(0).startsWith("{\"catalog\":\"shop\",\"kind\":\"UNKNOWN_CODE\",\"status\":500,"
        + "\"code\":\"X\\n\\\"}{"), lines.get(0));
  }

  @Test
  void theSinkCountsExactlyUnderContentionAndWritesTheSameBytesForTheSameTraffic()
      throws Exception {
    Clock clock = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);
    JsonLinesSink sink = JsonLinesSink.toFile(Path.of("unused.jsonl"), 100, clock);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        done.add(pool.submit(() -> {
          for (int i = 0; i < 10_000; i++) {
            sink.unexplained(new Unexplained("shop", Unexplained.Kind.UNKNOWN_CODE, 500,
                "C" + (i % 10), "m", null, "{}"));
          }
        }));
      }
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    String text = new String(sink.lines(), StandardCharsets.UTF_8);
    String[] lines = text.split("\n");
    assertEquals(10, lines.length);
    for (int i = 0; i < 10; i++) {
      assertEquals("{\"catalog\":\"shop\",\"kind\":\"UNKNOWN_CODE\",\"status\":500,\"code\":\"C" + i
          + "\",\"message\":\"m\",\"count\":8000,\"firstSeen\":\"2026-12-07T10:00:00Z\","
          + "\"lastSeen\":\"2026-12-07T10:00:00Z\",\"excerpt\":\"{}\"}", lines[i]);
    }
  }

  @Test
  void aServerInventingACodePerResponseCannotGrowTheSink() {
    JsonLinesSink sink = JsonLinesSink.toFile(Path.of("unused.jsonl"), 100, Clock.systemUTC());
    for (int i = 0; i < 100_000; i++) {
      sink.unexplained(new Unexplained("shop", Unexplained.Kind.UNKNOWN_CODE, 500, "Z" + i, null,
          null, ""));
    }
    String[] lines = new String(sink.lines(), StandardCharsets.UTF_8).split("\n");
    assertEquals(101, lines.length);
    assertEquals("{\"dropped\":99900}", lines[100]);
  }
}
