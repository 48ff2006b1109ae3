package io.errcat.catalog.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.errcat.catalog.Engine;
import io.errcat.catalog.problem.LoadResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed and hostile catalogs, one per row: each must give exactly the marked problems (id and
 * line:col), without an exception, a stack trace or a hang. Byte-level cases (invalid UTF-8,
 * size) are in {@link BadBytesTest}.
 */
class BadCatalogTest {
  static final String HEAD = "catalog: 1\nproduct: {id: t, name: T}\noperations: [{id: Get}, {id: Put}]\n";

  static Arguments c(String name, String marked) {
    return c(name, "t.yaml", marked);
  }

  static Arguments c(String name, String file, String marked) {
    return Arguments.of(name, file, marked);
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        // --- YAML syntax and text -----------------------------------------------------------
        c("unclosed flow mapping", "catalog: 1\nproduct: {id: t, name: T\nerrors⟪EC001⟫: []\n"),
        c("mapping value where none may be", HEAD + "errors:\n  - code: A\n    message: a⟪EC001⟫: b\n"),
        c("bad dedent", "catalog: 1\nproduct:\n  id: t\n ⟪EC001⟫name: T\nerrors: []\n"),
        c("unclosed double quote", HEAD + "errors:\n  - code: \"A\n⟪EC001⟫"),
        c("tab indentation", HEAD + "errors:\n⟪EC004⟫\t- code: A\n"),
        c("tab in nested indentation", HEAD + "errors:\n  - code: A\n  ⟪EC004⟫\tmessage: a\n"),
        c("control character", HEAD + "errors:\n  - {code: A, message: \"bell⟪EC005⟫\u0007\"}\n"),
        c("two documents", HEAD + "errors: [{code: A, message: a}]\n⟪EC011⟫---\ncatalog: 1\n"),
        c("empty file", "⟪EC011⟫"),
        c("only comments", "⟪EC011⟫# nothing here\n# at all\n"),
        c("root is a list", "⟪EC013⟫- catalog: 1\n"),
        c("root is a scalar", "⟪EC013⟫just text\n"),
        // --- tags -----------------------------------------------------------------------------
        c("ScriptEngineManager gadget", HEAD + "errors:\n  - code: ⟪EC007⟫⟪EC013⟫!!javax.script.ScriptEngineManager "
            + "[⟪EC007⟫!!java.net.URLClassLoader [[⟪EC007⟫!!java.net.URL [\"http://127.0.0.1:1/\"]]]]\n"
            + "    message: a\n"),
        c("java.io.File tag", HEAD + "errors:\n  - {code: ⟪EC007⟫!!java.io.File /etc/passwd, message: a}\n"),
        c("local tag", HEAD + "errors:\n  - {code: ⟪EC007⟫!foo A, message: a}\n"),
        c("verbatim tag", HEAD + "errors:\n  - {code: ⟪EC007⟫!<tag:yaml.org,2002:java.net.URL> A, message: a}\n"),
        c("int tag on a status", HEAD + "errors:\n  - {code: A, message: a, httpStatus: ⟪EC007⟫!!int 503}\n"),
        c("binary tag", HEAD + "errors:\n  - {code: A, message: ⟪EC007⟫!!binary aGVsbG8=}\n"),
        c("set tag on a mapping", HEAD + "errors:\n  - ⟪EC007⟫!!set {code: A, message: a}\n"),
        // --- limits -----------------------------------------------------------------------------
        c("billion laughs", billionLaughs()),
        c("deep flow nesting", HEAD + "errors: [{code: A, message: a}]\nx: " + "[".repeat(31)
            + "⟪EC008⟫[[[[" + "]".repeat(35) + "\n"),
        c("deep block nesting", HEAD + "errors: [{code: A, message: a}]\n" + deepBlock()),
        // --- duplicate keys -------------------------------------------------------------------
        c("duplicate top-level key", HEAD + "errors: [{code: A, message: a}]\n⟪EC006⟫catalog: 1\n"),
        c("duplicate key in an entry", HEAD + "errors:\n  - code: A\n    message: a\n    ⟪EC006⟫code: B\n"),
        c("duplicate key in a flow mapping", HEAD + "errors: [{code: A, message: a, ⟪EC006⟫message: b}]\n"),
        c("duplicate key in product", "catalog: 1\nproduct: {id: t, name: T, ⟪EC006⟫id: u}\nerrors: [{code: A, message: a}]\n"),
        // --- unknown keys -----------------------------------------------------------------------
        c("unknown top-level key", HEAD + "errors: [{code: A, message: a}]\n⟪EC012⟫defaultHttpstatus: 500\n"),
        c("unknown entry key", HEAD + "errors:\n  - ⟪EC045⟫code: A\n    ⟪EC012⟫mesage: a\n"),
        c("unknown product key", "catalog: 1\nproduct: {id: t, name: T, ⟪EC012⟫vendr: X}\nerrors: [{code: A, message: a}]\n"),
        c("unknown wire key", HEAD + "wire: {codeField: Code, ⟪EC012⟫messagefield: Message}\nerrors: [{code: A, message: a}]\n"),
        c("unknown retry key", HEAD + "errors: [{code: A, message: a, retry: {retryable: true, ⟪EC012⟫retryAfter: PT1M}}]\n"),
        c("unknown param key", HEAD + "errors: [{code: A, message: '%s', params: [{name: x, type: String, ⟪EC012⟫typ: int}]}]\n"),
        c("merge key", HEAD + "errors:\n  - &e {code: A, message: a}\n  - {⟪EC012⟫<<: *e, code: B, message: b}\n"),
        c("unknown endpoint key", HEAD + "errors: [{code: A, message: a}]\nendpoints: [{regionId: r, publicEndpoint: a.b, ⟪EC012⟫region: r}]\n"),
        // --- wrong types ----------------------------------------------------------------------
        c("quoted status", HEAD + "errors: [{code: A, message: a, httpStatus: ⟪EC013⟫\"503\"}]\n"),
        c("text status", HEAD + "errors: [{code: A, message: a, httpStatus: ⟪EC013⟫abc}]\n"),
        c("fractional status", HEAD + "errors: [{code: A, message: a, httpStatus: ⟪EC013⟫503.0}]\n"),
        c("status with leading zero", HEAD + "errors: [{code: A, message: a, httpStatus: ⟪EC013⟫0503}]\n"),
        c("quoted format version", "catalog: ⟪EC013⟫\"1\"\nproduct: {id: t, name: T}\nerrors: [{code: A, message: a}]\n"),
        c("errors is a mapping", HEAD + "errors: ⟪EC013⟫{code: A}\n"),
        c("operation is a scalar", "catalog: 1\nproduct: {id: t, name: T}\noperations: [⟪EC013⟫Get]\nerrors: [{code: A, message: a}]\n"),
        c("code is a list", HEAD + "errors: [{code: ⟪EC013⟫[A, B], message: a}]\n"),
        c("retryable yes", HEAD + "errors: [{code: A, message: a, retry: {retryable: ⟪EC013⟫yes}}]\n"),
        c("params is a scalar", HEAD + "errors: [{code: A, message: a, params: ⟪EC013⟫none}]\n"),
        c("message is a mapping", HEAD + "errors: [{code: A, message: ⟪EC013⟫{text: a}}]\n"),
        c("complex key", HEAD + "errors: [{code: A, message: a}]\n? ⟪EC013⟫[a, b]\n: c\n"),
        c("operations item is a mapping", HEAD + "errors: [{code: A, message: a, operations: [⟪EC013⟫{id: Get}]}]\n"),
        // --- unquoted scalars read as written (warnings) -------------------------------------------
        c("unquoted 0010", HEAD + "errors: [{code: ⟪EC016⟫0010, message: a}]\n"),
        c("unquoted NO", HEAD + "errors: [{code: ⟪EC016⟫NO, message: a}]\n"),
        c("unquoted 1e3", HEAD + "errors: [{code: ⟪EC016⟫1e3, message: a}]\n"),
        c("unquoted 1.5", HEAD + "errors: [{code: ⟪EC016⟫1.5, message: a}]\n"),
        c("unquoted tilde", HEAD + "errors: [{code: ⟪EC016⟫~, message: a}]\n"),
        c("unquoted date", HEAD + "errors: [{code: ⟪EC016⟫2024-01-01, message: a}]\n"),
        c("unquoted true", HEAD + "errors: [{code: ⟪EC016⟫true, message: a}]\n"),
        c("unquoted null message", HEAD + "errors: [{code: A, message: ⟪EC016⟫null}]\n"),
        c("unquoted numeric operation", "catalog: 1\nproduct: {id: t, name: T}\noperations: [{id: ⟪EC016⟫404}]\n"
            + "errors: [{code: A, message: a, operations: [⟪EC016⟫404]}]\n"),
        // --- required and empty fields --------------------------------------------------------------
        c("missing product", "⟪EC014⟫catalog: 1\nerrors: [{code: A, message: a}]\n"),
        c("missing format version", "⟪EC014⟫product: {id: t, name: T}\nerrors: [{code: A, message: a}]\n"),
        c("missing errors", "⟪EC014⟫catalog: 1\nproduct: {id: t, name: T}\n"),
        c("missing code", HEAD + "errors: [⟪EC014⟫{message: a}]\n"),
        c("empty quoted code", HEAD + "errors: [{code: ⟪EC015⟫\"\", message: a}]\n"),
        c("empty plain code", HEAD + "errors:\n  - code:⟪EC015⟫\n    message: a\n"),
        c("blank product name", "catalog: 1\nproduct: {id: t, name: ⟪EC015⟫\"  \"}\nerrors: [{code: A, message: a}]\n"),
        c("missing product id", "catalog: 1\nproduct: ⟪EC014⟫{name: T}\nerrors: [{code: A, message: a}]\n"),
        c("missing codeField", HEAD + "wire: ⟪EC014⟫{messageField: Message}\nerrors: [{code: A, message: a}]\n"),
        c("empty operation id", "catalog: 1\nproduct: {id: t, name: T}\noperations: [{id: ⟪EC015⟫''}]\nerrors: [{code: A, message: a}]\n"),
        c("empty operations item", HEAD + "errors: [{code: A, message: a, operations: [Get, ⟪EC015⟫'']}]\n"),
        c("missing param type", HEAD + "errors: [{code: A, message: '%s', params: [⟪EC014⟫{name: x}]}]\n"),
        c("missing retryable", HEAD + "errors: [{code: A, message: a, retry: ⟪EC014⟫{after: PT1M}}]\n"),
        c("missing source document", "catalog: 1\nproduct: {id: t, name: T, sources: [⟪EC014⟫{title: X}]}\nerrors: [{code: A, message: a}]\n"),
        c("missing fallback advice", HEAD + "errors: [{code: A, message: a}]\nfallback: ⟪EC014⟫{label: Others}\n"),
        // --- format version and product -----------------------------------------------------------------
        c("format version 2", "catalog: ⟪EC018⟫2\nproduct: {id: t, name: T}\nerrors: [{code: A, message: a}]\n"),
        c("product id upper case", "Faas.yaml", "catalog: 1\nproduct: {id: ⟪EC019⟫Faas, name: T}\nerrors: [{code: A, message: a}]\n"),
        c("product id with underscore", "fa_as.yaml", "catalog: 1\nproduct: {id: ⟪EC019⟫fa_as, name: T}\nerrors: [{code: A, message: a}]\n"),
        c("product id is not the file name", "dir/faas.yaml", "catalog: 1\nproduct: {id: ⟪EC020⟫fass, name: T}\nerrors: [{code: A, message: a}]\n"),
        // --- codes and operations ----------------------------------------------------------------
        c("duplicate code for all operations", HEAD + "errors:\n  - {code: A, message: a}\n  - {code: ⟪EC021⟫A, message: b}\n"),
        c("duplicate code with overlapping operations", HEAD + "errors:\n  - {code: A, message: a, operations: [Get, Put]}\n"
            + "  - {code: ⟪EC021⟫A, message: b, operations: [Put]}\n"),
        c("duplicate code, one for every operation", HEAD + "errors:\n  - {code: A, message: a, operations: [Get]}\n"
            + "  - {code: ⟪EC021⟫A, message: b}\n"),
        c("undeclared operation", HEAD + "errors: [{code: A, message: a, operations: [Get, ⟪EC022⟫Pot]}]\n"),
        c("duplicate operation id", "catalog: 1\nproduct: {id: t, name: T}\noperations: [{id: Get}, {id: ⟪EC023⟫Get}]\n"
            + "errors: [{code: A, message: a}]\n"),
        // --- statuses -------------------------------------------------------------------------------
        c("status 99", HEAD + "errors: [{code: A, message: a, httpStatus: ⟪EC024⟫99}]\n"),
        c("status 600", HEAD + "errors: [{code: A, message: a, httpStatus: ⟪EC024⟫600}]\n"),
        c("negative status", HEAD + "errors: [{code: A, message: a, httpStatus: ⟪EC024⟫-1}]\n"),
        c("huge status", HEAD + "errors: [{code: A, message: a, httpStatus: ⟪EC024⟫99999999999999999999999}]\n"),
        c("default status 0", HEAD + "defaultHttpStatus: ⟪EC024⟫0\nerrors: [{code: A, message: a}]\n"),
        // --- templates ------------------------------------------------------------------------------
        c("%s without params", HEAD + "errors: [{code: A, message: ⟪EC025⟫'service %s not found'}]\n"),
        c("two %s, one param", HEAD + "errors: [{code: A, message: ⟪EC025⟫'%s of %s', params: [{name: a, type: String}]}]\n"),
        c("one %s, two params", HEAD + "errors: [{code: A, message: ⟪EC025⟫'%s', params: [{name: a, type: String}, {name: b, type: int}]}]\n"),
        c("%d with a String", HEAD + "errors: [{code: A, message: 'version %d', params: [{name: v, type: ⟪EC026⟫String}]}]\n"),
        c("%x", HEAD + "errors: [{code: A, message: ⟪EC029⟫'%s is %x', params: [{name: v, type: int}]}]\n"),
        c("trailing % in a template", HEAD + "errors: [{code: A, message: ⟪EC029⟫'%s is 100%', params: [{name: v, type: int}]}]\n"),
        c("positional specifier", HEAD + "errors: [{code: A, message: ⟪EC029⟫'%1$s', params: [{name: v, type: String}]}]\n"),
        c("an unknown specifier hides the count it spoils", HEAD + "errors: [{code: A, message: ⟪EC029⟫'%x and %s', params: [{name: v, type: int}, {name: w, type: int}]}]\n"),
        c("a duplicated entry is one mistake, not three", HEAD + "errors:\n  - {code: A, message: 'a %s', params: [{name: v, type: String}]}\n  - {code: ⟪EC021⟫A, message: b, name: OTHER}\n"),
        c("param name not an identifier", HEAD + "errors: [{code: A, message: '%s', params: [{name: ⟪EC027⟫first-name, type: String}]}]\n"),
        c("param name reserved", HEAD + "errors: [{code: A, message: '%s', params: [{name: ⟪EC031⟫class, type: String}]}]\n"),
        c("duplicate param names", HEAD + "errors: [{code: A, message: '%s %s', params: [{name: a, type: String}, {name: ⟪EC028⟫a, type: String}]}]\n"),
        c("unknown param type", HEAD + "errors: [{code: A, message: '%s', params: [{name: a, type: ⟪EC036⟫Strng}]}]\n"),
        // --- Java names -----------------------------------------------------------------------------
        c("explicit name not an identifier", HEAD + "errors: [{code: A, name: ⟪EC030⟫2FAST, message: a}]\n"),
        c("explicit name reserved", HEAD + "errors: [{code: A, name: ⟪EC031⟫enum, message: a}]\n"),
        c("two codes, one constant", HEAD + "errors:\n  - {code: Foo.Bar, message: a}\n  - {code: ⟪EC032⟫FOO_BAR, message: b}\n"),
        c("explicit name takes a derived one", HEAD + "errors:\n  - {code: X1, message: a}\n  - {code: B, name: ⟪EC032⟫X1, message: b}\n"),
        c("factories collide", HEAD + "errors:\n  - {code: FOO BAR, message: a}\n  - {code: B, name: ⟪EC033⟫Foo_Bar, message: b}\n"),
        c("factory named like an inherited method", HEAD + "errors: [{code: ⟪EC048⟫Retry, message: a}]\n"),
        c("factory named like a generated method", HEAD + "errors: [{code: A, name: ⟪EC048⟫WITH_OPERATION, message: a}]\n"),
        c("operation constants collide", "catalog: 1\nproduct: {id: t, name: T}\noperations: [{id: LoadImage}, {id: ⟪EC032⟫load-image}]\n"
            + "errors: [{code: A, message: a}]\n"),
        c("region constants collide", HEAD + "errors: [{code: A, message: a}]\nendpoints:\n  - {regionId: cn-north, publicEndpoint: a.b}\n"
            + "  - {regionId: ⟪EC032⟫cn_north, publicEndpoint: c.d}\n"),
        c("variants with different names", HEAD + "errors:\n  - {code: A, name: ALPHA, message: a, operations: [Get]}\n"
            + "  - {code: A, name: ⟪EC041⟫BETA, message: b, operations: [Put]}\n"),
        c("variants with different params", HEAD + "errors:\n  - {code: A, message: '%s', params: [{name: a, type: String}], operations: [Get]}\n"
            + "  - {code: A, message: 'b', params: ⟪EC046⟫[], operations: [Put]}\n"),
        c("java package with a keyword", "catalog: 1\nproduct: {id: t, name: T, java: {package: ⟪EC034⟫io.errcat.class}}\nerrors: [{code: A, message: a}]\n"),
        c("java package with an empty segment", "catalog: 1\nproduct: {id: t, name: T, java: {package: ⟪EC034⟫io..x}}\nerrors: [{code: A, message: a}]\n"),
        c("java prefix lower case", "catalog: 1\nproduct: {id: t, name: T, java: {prefix: ⟪EC035⟫faas}}\nerrors: [{code: A, message: a}]\n"),
        // --- wire, retry, endpoints, entries ---------------------------------------------------------
        c("code type typo", HEAD + "wire: {codeField: Code, codeType: ⟪EC036⟫numbr}\nerrors: [{code: A, message: a}]\n"),
        c("header with a space", HEAD + "wire: {codeField: Code, requestIdHeader: ⟪EC044⟫X Request Id}\nerrors: [{code: A, message: a}]\n"),
        c("blank code field", HEAD + "wire: {codeField: Code, messageField: ⟪EC044⟫' '}\nerrors: [{code: A, message: a}]\n"),
        c("written member with a dot", HEAD + "wire: {codeField: ⟪EC044⟫error.code}\nerrors: [{code: A, message: a}]\n"),
        c("alias with an empty segment", HEAD + "wire: {codeField: Code, codeAliases: [error_code, ⟪EC044⟫error..code]}\nerrors: [{code: A, message: a}]\n"),
        c("alias with a blank segment", HEAD + "wire: {codeField: Code, messageAliases: [⟪EC044⟫'error. message']}\nerrors: [{code: A, message: a}]\n"),
        c("alias repeating its member", HEAD + "wire: {codeField: ErrorCode, codeAliases: [⟪EC049⟫errorCode]}\nerrors: [{code: A, message: a}]\n"),
        c("alias repeating an alias", HEAD + "wire: {codeField: Code, messageField: M, messageAliases: [error.message, ⟪EC049⟫Error.Message]}\nerrors: [{code: A, message: a}]\n"),
        c("extra repeating the code member", HEAD + "wire: {codeField: Code, messageField: Message, extraFields: [HostId, ⟪EC053⟫Code]}\nerrors: [{code: A, message: a}]\n"),
        c("extra repeating the request id in another case", HEAD + "wire: {codeField: Code, requestIdField: RequestId, extraFields: [⟪EC053⟫requestid]}\nerrors: [{code: A, message: a}]\n"),
        c("extra repeating an extra", HEAD + "wire: {codeField: Code, extraFields: [HostId, ⟪EC053⟫hostId]}\nerrors: [{code: A, message: a}]\n"),
        c("bad media type", HEAD + "wire: {codeField: Code, mediaType: ⟪EC044⟫json}\nerrors: [{code: A, message: a}]\n"),
        c("bad xml media type", HEAD + "wire: {codeField: Code, xml: {root: Error, mediaType: ⟪EC044⟫'text/xml; charset'}}\nerrors: [{code: A, message: a}]\n"),
        c("xml root not a name", HEAD + "wire: {codeField: Code, xml: {root: ⟪EC044⟫'1Error'}}\nerrors: [{code: A, message: a}]\n"),
        c("xml form with a member that is no element name", HEAD + "wire: {codeField: Code, extraFields: [⟪EC044⟫'Host Id'], xml: {root: Error}}\nerrors: [{code: A, message: a}]\n"),
        c("xml without root", HEAD + "wire: {codeField: Code, xml: ⟪EC014⟫{mediaType: text/xml}}\nerrors: [{code: A, message: a}]\n"),
        c("mint typo", HEAD + "wire: {codeField: Code, mintRequestId: ⟪EC036⟫upper-uuid}\nerrors: [{code: A, message: a}]\n"),
        c("text code in a numeric catalog", HEAD + "wire: {codeField: code, codeType: number}\nerrors:\n  - {code: '4115', message: a}\n"
            + "  - {code: ⟪EC040⟫FOUR, message: b}\n"),
        c("retry after in words", HEAD + "errors: [{code: A, message: a, retry: {retryable: true, after: ⟪EC037⟫10 minutes}}]\n"),
        c("retry after zero", HEAD + "errors: [{code: A, message: a, retry: {retryable: true, after: ⟪EC037⟫PT0S}}]\n"),
        c("endpoint with a scheme", HEAD + "errors: [{code: A, message: a}]\nendpoints: [{regionId: r, publicEndpoint: ⟪EC038⟫'https://x.com/'}]\n"),
        c("duplicate region", HEAD + "errors: [{code: A, message: a}]\nendpoints:\n  - {regionId: r, publicEndpoint: a.b}\n"
            + "  - {regionId: ⟪EC039⟫r, publicEndpoint: c.d}\n"),
        c("code with a trailing space", HEAD + "errors: [{code: ⟪EC042⟫'A ', message: a}]\n"),
        c("entry without any text", HEAD + "errors: [⟪EC045⟫{code: A}]\n"),
        c("no errors", HEAD + "errors: ⟪EC043⟫[]\n"));
  }

  /** Eleven levels of ten aliases each: 10^11 strings if expanded; stopped at alias 101. */
  static String billionLaughs() {
    StringBuilder b = new StringBuilder(HEAD + "errors: [{code: A, message: a}]\nlol:\n");
    b.append("  a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    int aliases = 0;
    for (char level = 'b'; level <= 'l'; level++) {
      b.append("  ").append(level).append(": &").append(level).append(" [");
      for (int i = 0; i < 10; i++) {
        b.append(i == 0 ? "" : ",").append(++aliases == 101 ? "⟪EC009⟫" : "").append('*')
            .append((char) (level - 1));
      }
      b.append("]\n");
    }
    return b.toString();
  }

  /** Block mappings nested 40 deep; the 33rd collection is too deep. */
  static String deepBlock() {
    StringBuilder b = new StringBuilder("deep:\n");
    for (int i = 1; i < 40; i++) {
      b.append("  ".repeat(i)).append(i == 32 ? "⟪EC008⟫" : "").append("k").append(i).append(":\n");
    }
    b.append("  ".repeat(40)).append("end\n");
    return b.toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsExactlyTheMarkedProblems(String name, String file, String markedText) {
    Marked marked = Marked.parse(file, markedText);
    LoadResult result = loadQuietly(file, marked.text().getBytes(StandardCharsets.UTF_8));
    List<Marked.Expected> actual = result.problems().stream()
        .map(p -> new Marked.Expected(p.id(), p.position())).toList();
    List<Marked.Expected> expected = marked.expected().stream()
        .sorted(Comparator.comparing(Marked.Expected::at).thenComparing(Marked.Expected::id))
        .toList();
    assertEquals(expected, actual, () -> name + ": " + result.problems());
    assertFalse(expected.isEmpty(), "a bad case must expect a problem");
  }

  /**
   * Loads through the engine under a hang guard, failing if anything is printed (a stack trace
   * or a warning on the console) while loading.
   */
  static LoadResult loadQuietly(String file, byte[] content) {
    return loadQuietly(file, content, Duration.ofSeconds(10));
  }

  static LoadResult loadQuietly(String file, byte[] content, Duration hangGuard) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8);
    System.setOut(capture);
    System.setErr(capture);
    try {
      LoadResult r = assertTimeoutPreemptively(hangGuard, () -> Engine.load(file, content));
      assertEquals("", printed.toString(StandardCharsets.UTF_8), "nothing may be printed");
      return r;
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }
}
