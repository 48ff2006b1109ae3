package io.errcat.catalog.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.errcat.catalog.Engine;
import io.errcat.catalog.docs.DocsOptions;
import io.errcat.catalog.model.Position;
import io.errcat.catalog.output.GeneratedFile;
import io.errcat.catalog.problem.LoadResult;
import io.errcat.catalog.problem.Problem;
import io.errcat.catalog.problem.ProblemId;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a fuzzing run found the checker did not know, each with the exact id and position: a
 * node budget, Java's string-constant limit, unpaired surrogates, host names the regex overflowed
 * on or let through, and catalog text that forged log lines; Markdown's link destination.
 */
class LimitsAndInjectionTest {
  private static LoadResult load(String yaml) {
    return BadCatalogTest.loadQuietly("t.yaml", yaml.getBytes(StandardCharsets.UTF_8),
        java.time.Duration.ofSeconds(120));
  }

  private static Problem only(LoadResult r, ProblemId id) {
    List<Problem> ps = r.problems().stream().filter(p -> p.id() == id).toList();
    assertEquals(1, ps.size(), r.problems().toString());
    return ps.get(0);
  }

  @Test
  void moreValuesThanTheBudgetStopAtTheFirstOneOver() {
    StringBuilder b = new StringBuilder("catalog: 1\nproduct: {id: t, name: T}\nerrors: []\n"
        + "junk: [");
    for (int i = 0; i < 600_000; i++) {
      b.append(i == 0 ? "a" : ",a");
    }
    b.append("]\n");
    LoadResult r = load(b.toString());
    Problem p = only(r, ProblemId.EC050);
    // 13 values come before the first item (the root, catalog: 1, product and its mapping of
    // two, errors: [], junk and its list): the 500,001st value is item 499,988, at column
    // 8 + 2 per item before it
    assertEquals(new Position("t.yaml", 4, 8 + 2 * (499_988 - 1)), p.position());
    assertTrue(r.catalog().isEmpty());
  }

  @Test
  void aTextTooLongForAJavaConstantIsReportedAtIt() {
    String emoji = "\uD83D\uDE00".repeat(11_000); // 66,000 bytes of modified UTF-8, 22,000 chars
    LoadResult r = load("catalog: 1\nproduct: {id: t, name: T}\nerrors:\n"
        + "  - {code: A, message: \"" + emoji + "\"}\n");
    Problem p = only(r, ProblemId.EC051);
    assertEquals(new Position("t.yaml", 4, 24), p.position());
    assertTrue(p.message().contains("22000 characters and 66000 bytes"), p.message());
  }

  @Test
  void anUnpairedSurrogateIsReportedAtTheText() {
    LoadResult r = load("catalog: 1\nproduct: {id: t, name: T}\nerrors:\n"
        + "  - {code: A, message: \"x \\uDC00 y\"}\n");
    Problem p = only(r, ProblemId.EC052);
    assertEquals(new Position("t.yaml", 4, 24), p.position());
    assertTrue(p.message().contains("\\uDC00"), p.message());
  }

  @Test
  void hostNamesAreCheckedWithoutARegexAndWithDnsLengths() {
    String deep = "a.".repeat(20_000) + "example.com";
    String[] bad = {deep, "x".repeat(64) + ".example.com", ("abcdefghi.").repeat(26) + "com",
        "-lead.example.com", "trail-.example.com", "two..dots.com", "example.com.", ""};
    for (String host : bad) {
      LoadResult r = load("catalog: 1\nproduct: {id: t, name: T}\nerrors: [{code: A, message: a}]\n"
          + "endpoints:\n  - {regionId: r1, publicEndpoint: \"" + host + "\"}\n");
      assertTrue(r.problems().stream().noneMatch(p -> p.id() == ProblemId.EC017), host);
      if (!host.isEmpty()) {
        assertEquals(new Position("t.yaml", 5, 36), only(r, ProblemId.EC038).position(),
            host.length() > 40 ? host.substring(0, 40) : host);
      }
    }
    String longest = ("a".repeat(61) + ".").repeat(4) + "b"; // 249 characters, labels of 61
    assertTrue(ProductRules.isHostName(longest));
    assertTrue(ProductRules.isHostName("x".repeat(63) + ".example.com"));
    assertFalse(ProductRules.isHostName(("a".repeat(62) + ".").repeat(4) + "bcd"));
  }

  @Test
  void catalogTextCannotForgeABuildLogLine() {
    LoadResult r = load("catalog: 1\nproduct: {id: t, name: T}\nerrors: [{code: A, message: a}]\n"
        + "\"evil\\n[INFO] BUILD SUCCESS\\u001b[0m\": 1\n");
    Problem p = only(r, ProblemId.EC012);
    String line = p.format();
    assertFalse(line.contains("\n") || line.contains("\u001B"), line);
    assertTrue(line.contains("evil\\n[INFO] BUILD SUCCESS\\u001b[0m"), line);
  }

  @Test
  void theMarkdownLinkToTheReferenceSurvivesParentheses() {
    LoadResult r = load("catalog: 1\nproduct: {id: t, name: T}\nerrors: [{code: A, message: a}]\n");
    String md = null;
    for (GeneratedFile f : Engine.generateDocs(List.of(r.catalog().orElseThrow()),
        DocsOptions.defaults().withDocsBaseUrl("https://docs.example.com/errors (v1)"))) {
      if (f.path().endsWith(".md")) {
        md = new String(f.content(), StandardCharsets.UTF_8);
      }
    }
    assertTrue(md.contains("[HTML reference](https://docs.example.com/errors%20%28v1%29/t.html)"),
        md);
  }

  @Test
  void aCutOffEscapeIsASyntaxErrorNotAnInternalOne() {
    // found by CatalogFuzzTest: SnakeYAML threw NumberFormatException for a cut-off escape
    for (String end : new String[] {"\\u", "\\u12", "\\x4"}) {
      LoadResult r = load("catalog: 1\nproduct: {id: t, name: T}\nerrors: [{code: A, message: \"x "
          + end);
      assertTrue(r.problems().stream().noneMatch(p -> p.id() == ProblemId.EC017), end + ": "
          + r.problems());
      Problem p = only(r, ProblemId.EC001);
      assertEquals(3, p.position().line(), p.format());
    }
  }
}
