package io.errcat.catalog.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.errcat.catalog.Engine;
import io.errcat.catalog.model.Catalog;
import io.errcat.catalog.problem.LoadResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A week of client traffic becomes a reviewed patch: every good line counted whatever surrounds
 * it (garbage, truncated and hostile lines, a 10 MB line, in bounded memory), each bad one
 * reported with its number; the proposal only adds lines, keeps every comment and loads as a
 * catalog with the drafts in it.
 */
class LearnTest {
  private static final Path FAAS = Path.of("src/test/resources/good/faas.yaml");

  private static String line(String kind, int status, String code, long count, String first,
      String last) {
    return "{\"catalog\":\"faas\",\"kind\":\"" + kind + "\",\"status\":" + status
        + (code == null ? "" : ",\"code\":\"" + code + "\"") + ",\"message\":\"seen " + code
        + "\",\"count\":" + count + ",\"firstSeen\":\"" + first + "\",\"lastSeen\":\"" + last
        + "\",\"excerpt\":\"{}\"}\n";
  }

  @Test
  void aHundredThousandLinesWithGarbageAreCountedInBoundedMemory() throws IOException {
    StringBuilder text = new StringBuilder();
    List<Long> badLines = new ArrayList<>();
    long expectedQuota = 0;
    for (int i = 1; i <= 100_000; i++) {
      switch (i % 10) {
        case 3 -> {
          text.append("garbage ").append(i).append('\n');
          badLines.add((long) i);
        }
        case 7 -> {
          text.append(line("UNKNOWN_CODE", 503, "QUOTA", 2, "2026-12-01T00:00:00Z",
              "2026-12-02T00:00:00Z"), 0, 60).append('\n'); // truncated
          badLines.add((long) i);
        }
        case 9 -> {
          text.append("{\"kind\":\"UNKNOWN_CODE\",\"status\":503,\"count\":-5,\"firstSeen\":"
              + "\"2026-12-01T00:00:00Z\",\"lastSeen\":\"2026-12-01T00:00:00Z\"}\n");
          badLines.add((long) i);
        }
        default -> {
          text.append(line("UNKNOWN_CODE", 503, "QUOTA", 2, "2026-12-0" + (1 + i % 5)
              + "T00:00:00Z", "2026-12-0" + (2 + i % 5) + "T00:00:00Z"));
          expectedQuota += 2;
        }
      }
    }
    // and one line of 10 MB without a line break before it ends
    InputStream huge = new ByteArrayInputStream(("{\"kind\":\"" + "x".repeat(10_000_000) + "\n")
        .getBytes(StandardCharsets.UTF_8));
    TrafficReader reader = new TrafficReader();
    reader.read("t.jsonl", new SequenceInputStream(Collections.enumeration(List.of(
        new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)), huge))));
    TrafficReader.Result r = reader.result();
    assertEquals(70_000, r.goodLines(), "every good line");
    assertEquals(30_001, r.problemCount(), "30,000 bad lines and the 10 MB one");
    assertEquals(TrafficReader.MAX_PROBLEMS, r.problems().size(), "listed up to the bound");
    assertTrue(r.problems().get(0).startsWith("t.jsonl:3: not a JSON object"), r.problems().get(0));
    assertTrue(r.problems().get(1).startsWith("t.jsonl:7: not a JSON object"), r.problems().get(1));
    assertEquals("t.jsonl:9: 'count' is -5, not between 1 and 9223372036854775807",
        r.problems().get(2));
    assertEquals(1, r.observations().size());
    Observation quota = r.observations().get(0);
    assertEquals(expectedQuota, quota.count());
    assertEquals("2026-12-01T00:00:00Z", quota.firstSeen().toString());
    assertEquals("2026-12-06T00:00:00Z", quota.lastSeen().toString());
  }

  @Test
  void aLineLongerThanTheBoundIsReportedByNumberAndTheNextOneRead() throws IOException {
    TrafficReader reader = new TrafficReader();
    String good = line("UNKNOWN_CODE", 500, "X", 1, "2026-12-01T00:00:00Z",
        "2026-12-01T00:00:00Z");
    reader.read("t.jsonl", new ByteArrayInputStream((good + "{\"a\":\"" + "y".repeat(5_000_000)
        + "\"}\n" + good).getBytes(StandardCharsets.UTF_8)));
    TrafficReader.Result r = reader.result();
    assertEquals(List.of("t.jsonl:2: longer than 65536 characters, skipped"), r.problems());
    assertEquals(2, r.goodLines());
    assertEquals(2, r.observations().get(0).count());
  }

  @Test
  void theProposalAddsDraftsAndNotesAndKeepsEveryLine() throws IOException {
    byte[] content = Files.readAllBytes(FAAS);
    String traffic = line("UNKNOWN_CODE", 503, "QUOTA EXCEEDED", 12, "2026-12-01T10:00:00Z",
        "2026-12-07T09:00:00Z")
        + line("UNKNOWN_CODE", 500, "QUOTA EXCEEDED", 3, "2026-12-02T10:00:00Z",
            "2026-12-03T09:00:00Z")
        + line("UNEXPECTED_STATUS", 500, "NOT AUTHORIZED", 4, "2026-12-02T10:00:00Z",
            "2026-12-03T09:00:00Z")
        + line("UNEXPECTED_STATUS", 403, "NOT AUTHORIZED", 4, "2026-12-02T10:00:00Z",
            "2026-12-03T09:00:00Z")
        + line("NOT_PRODUCT_FORMAT", 502, null, 40, "2026-12-02T10:00:00Z",
            "2026-12-03T09:00:00Z")
        + line("UNKNOWN_CODE", 404, "ANOTHER TASK RUNNING", 2, "2026-12-02T10:00:00Z",
            "2026-12-03T09:00:00Z")
        + line("UNKNOWN_CODE", 404, "Weird \\\"one\\\"\\u2028", 1, "2026-12-02T10:00:00Z",
            "2026-12-02T10:00:00Z")
        + "{\"catalog\":\"other\",\"kind\":\"UNKNOWN_CODE\",\"status\":500,\"code\":\"Elsewhere\","
        + "\"count\":1,\"firstSeen\":\"2026-12-02T10:00:00Z\",\"lastSeen\":\"2026-12-02T10:00:00Z\"}\n";
    TrafficReader reader = new TrafficReader();
    reader.read("t.jsonl", new ByteArrayInputStream(traffic.getBytes(StandardCharsets.UTF_8)));
    Learn.Learned l = Learn.learn("faas.yaml", content, reader.result());
    CatalogPatch.Proposal p = l.proposal().orElseThrow();
    assertEquals(2, p.drafts());
    assertEquals(1, p.notes(), "the known code with another status; 403 is its own");
    assertEquals(List.of(
        "note: 'NOT AUTHORIZED' met 4 times with HTTP 500, which the catalog does not give it"
            + " (from 2026-12-02T10:00:00Z to 2026-12-03T09:00:00Z)",
        "draft: 'QUOTA EXCEEDED' HTTP 503, met 15 times (from 2026-12-01T10:00:00Z to"
            + " 2026-12-07T09:00:00Z)",
        "draft: 'Weird \"one\" ' HTTP 404, met once (on 2026-12-02T10:00:00Z)",
        "not the product's format: HTTP 502, 40 times (from 2026-12-02T10:00:00Z to"
            + " 2026-12-03T09:00:00Z), no catalog change"), p.summary());
    // only additions: the original lines, in order, are a subsequence of the proposal
    List<String> before = new String(content, StandardCharsets.UTF_8).lines().toList();
    List<String> after = p.text().lines().toList();
    int i = 0;
    for (String a : after) {
      if (i < before.size() && a.equals(before.get(i))) {
        i++;
      }
    }
    assertEquals(before.size(), i, "every line kept");
    assertEquals(before.size() + 11, after.size(), "a note; two drafts of two comments, code,"
        + " status and message");
    assertTrue(after.contains("  - code: \"QUOTA EXCEEDED\""), p.text());
    assertTrue(after.contains("    httpStatus: 503"), p.text());
    assertTrue(after.contains("  - code: \"Weird \\\"one\\\"\\u2028\""), p.text());
    assertTrue(p.text().startsWith("# A small but complete catalog"), "comments kept");
    LoadResult again = Engine.load("faas.yaml", p.text().getBytes(StandardCharsets.UTF_8));
    Catalog c = again.catalog().orElseThrow();
    assertTrue(c.entriesByCode().containsKey("QUOTA EXCEEDED"));
    assertTrue(c.entriesByCode().containsKey("Weird \"one\"\u2028"), "read back exactly");
    assertEquals(again.problems(), l.after());
  }

  @Test
  void aCatalogWithProblemsGetsNoProposal() {
    byte[] broken = "catalog: 1\nproduct: {id: faas}\nerrors: [{code: A, httpStatus: 99}]\n"
        .getBytes(StandardCharsets.UTF_8);
    Learn.Learned l = Learn.learn("faas.yaml", broken, new TrafficReader().result());
    assertTrue(l.proposal().isEmpty());
    assertTrue(!l.before().isEmpty());
  }
}
