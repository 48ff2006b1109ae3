package io.errcat.catalog.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.errcat.catalog.ClasspathCatalogs;
import io.errcat.catalog.Engine;
import io.errcat.catalog.problem.LoadResult;
import io.errcat.catalog.model.Catalog;
import io.errcat.catalog.model.Endpoint;
import io.errcat.catalog.model.ErrorEntry;
import io.errcat.catalog.model.Fallback;
import io.errcat.catalog.model.Operation;
import io.errcat.catalog.model.Param;
import io.errcat.catalog.model.ParamType;
import io.errcat.catalog.model.Position;
import io.errcat.catalog.model.Positions;
import io.errcat.catalog.model.Product;
import io.errcat.catalog.model.Retry;
import io.errcat.catalog.model.Source;
import io.errcat.catalog.model.Wire;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Catalogs for the docs tests: the bundled ones, a hostile one and a large synthetic one. */
final class DocsFixtures {
  private DocsFixtures() {}

  static final Positions AT = Positions.of(Position.unknown("<test>"));

  /** Every bundled catalog, loaded and checked like a user would. */
  static List<Catalog> bundled() {
    List<Catalog> out = new ArrayList<>();
    for (String id : ClasspathCatalogs.ids()) {
      LoadResult r = ClasspathCatalogs.load(id).orElseThrow();
      assertTrue(r.isClean(), () -> id + ": " + r.problems());
      out.add(r.catalog().orElseThrow());
    }
    assertTrue(out.size() >= 5, "expected the five bundled catalogs, got " + ClasspathCatalogs.ids());
    return out;
  }

  /**
   * The Java API issue's hostile catalog ({@code src/test/resources/hostile/hostile.yaml}, id
   * {@code hostile}): quotes, comment terminators, emoji, right-to-left marks, CR LF, U+2028.
   */
  static Catalog hostileYaml() {
    try (InputStream in = DocsFixtures.class.getResourceAsStream("/hostile/hostile.yaml")) {
      LoadResult r = Engine.load("hostile.yaml", in.readAllBytes());
      assertTrue(r.isClean(), () -> "hostile.yaml: " + r.problems());
      return r.catalog().orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What a payload sets when it runs; the browser test asserts it stays undefined. */
  static final String PWN = "window.__pwned=1";

  /**
   * Every text field carries markup, script, comment openers, line separators and Markdown
   * breakers. Nothing of it may run or change the structure of a page.
   */
  static Catalog hostile() {
    String script = "<script>" + PWN + "</script>";
    String img = "<img src=x onerror=\"" + PWN + "\">";
    Product product = new Product("hostile-docs", "Hostile " + script + " & <b>co</b>", "Vendor \"" + img + "'",
        null, List.of(new Source("evil.txt", "</title><script>" + PWN + "</script>", "<!-- open", AT)), AT);
    Operation op = new Operation("Op\"><svg onload=\"" + PWN + "\">", "Act</script>", "cmd|`x`",
        "Describes " + img, AT);
    Operation plain = new Operation("PlainOp", null, null, null, AT);
    List<ErrorEntry> errors = List.of(
        ErrorEntry.builder(script).name("SCRIPT_TAG").httpStatus(400)
            .message("Message " + img + " \u2028 line sep \u2029 para sep")
            .description("</script><script>" + PWN + "</script><!-- comment")
            .solution("Click <a href=\"javascript:" + PWN + "\">here</a>")
            .notes("pipe | and `backtick` and *stars* and _under_ and [link](javascript:alert(1))\nsecond line")
            .source("evil.txt\" onmouseover=\"" + PWN)
            .operations(List.of(op.id())).retry(new Retry(true, Duration.ofMinutes(10), AT))
            .params(List.of(new Param("<i>p</i>", ParamType.STRING, AT))).build(),
        ErrorEntry.builder(script).name("SCRIPT_TAG").httpStatus(503)
            .message("Second variant </style><style>body{display:none}</style>")
            .operations(List.of("PlainOp")).build(),
        ErrorEntry.builder("'\"><iframe srcdoc=\"<script>" + PWN + "</script>\">").name("IFRAME")
            .message("--></script><!--").description("{{constructor.constructor('" + PWN + "')()}}").build(),
        ErrorEntry.builder("| table | breaker |").name("TABLE_BREAKER")
            .message("a|b\nc<d>e `f` &amp;").build());
    return Catalog.builder(product)
        .wire(new Wire("Code\"<x>", null, "Message</script>", "RequestId", "X-Req<", "X-Code", List.of("<Extra>"), AT))
        .defaultHttpStatus(500)
        .operations(List.of(op, plain))
        .errors(errors)
        .endpoints(List.of(new Endpoint("<region>", "Name " + img, "public</td>", "internal</table>", AT)))
        .fallback(new Fallback("Others </h2>", "Advice " + script, null, AT))
        .build();
  }

  /** A synthetic catalog of {@code n} codes spread over 8 operations, for scale tests. */
  static Catalog synthetic(int n) {
    List<Operation> ops = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      ops.add(new Operation("Operation" + i, null, null, null, AT));
    }
    String[] words = {"quota", "timeout", "throttled", "invalid", "missing", "conflict", "denied",
        "unavailable", "expired", "corrupt", "region", "bucket", "image", "instance", "token"};
    List<ErrorEntry> errors = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String a = words[i % words.length];
      String b = words[(i / words.length) % words.length];
      String code = "Synthetic." + Character.toUpperCase(a.charAt(0)) + a.substring(1) + i;
      errors.add(ErrorEntry.builder(code)
          .httpStatus(i % 7 == 0 ? 503 : 400 + i % 30)
          .message("The " + b + " is " + a + " (case " + i + ").")
          .description("Synthetic entry number " + i + " about the " + b + " being " + a + ".")
          .operations(i % 3 == 0 ? List.of() : List.of(ops.get(i % 8).id()))
          .retry(i % 7 == 0 ? new Retry(true, Duration.ofSeconds(30), AT) : null)
          .build());
    }
    return Catalog.builder(new Product("synthetic", "Synthetic 20k", "errcat tests", null, List.of(), AT))
        .wire(new Wire("code", null, "message", null, "X-Request-Id", null, List.of(), AT))
        .operations(ops)
        .errors(errors)
        .build();
  }
}
