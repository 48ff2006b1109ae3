package io.errcat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI as a user runs it: {@code java -jar cli/target/errcat.jar} in a process of its own,
 * from the repository's root, with its exit code, stdout and stderr; and the launcher script.
 * The broken catalogs are the Maven plugin's own integration-test inputs: the same lines come out.
 */
class CliIT {
  private static final Path JAR = Path.of(System.getProperty("errcat.cliJar", "missing"))
      .toAbsolutePath();
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  record Run(int exit, String out, String err) {}

  static Run errcat(Path workDir, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
    cmd.addAll(List.of(args));
    return run(workDir, cmd);
  }

  static Run run(Path workDir, List<String> cmd) throws IOException, InterruptedException {
    Path out = Files.createTempFile("errcat-out", ".txt");
    Path err = Files.createTempFile("errcat-err", ".txt");
    try {
      Process p = new ProcessBuilder(cmd).directory(workDir.toFile())
          .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("errcat did not finish in 120 s: " + cmd);
      }
      return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  @Test
  void theBundledCatalogsCheckClean() throws Exception {
    Run r = errcat(ROOT, "check", "faas", "function-compute", "image-search", "openyuanrong-rest",
        "openyuanrong-sdk");
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.out());
    assertEquals("5 catalogs checked: 0 errors, 0 warnings\n", r.err());
  }

  @Test
  void thePluginsBrokenCatalogsGiveThePluginsLines() throws Exception {
    Path it = ROOT.resolve("maven-plugin/src/it/broken-catalog");
    Run r = errcat(it, "check", "src/main/errcat");
    assertEquals(1, r.exit(), r.err());
    for (String line : List.of(
        "src/main/errcat/broken.yaml:5:3: [EC012] Unknown key 'vendr' in product. (did you mean 'vendor'?)",
        "src/main/errcat/broken.yaml:8:17: [EC024] ", "src/main/errcat/broken.yaml:9:14: [EC025] ",
        "src/main/errcat/broken.yaml:13:36: [EC026] ", "src/main/errcat/duplicate.yaml:8:5: [EC006] ")) {
      assertTrue(r.out().contains(line), "stdout lacks '" + line + "':\n" + r.out());
    }
    assertTrue(r.out().contains("src/main/errcat/duplicate.yaml:6:5: [EC045] "), r.out());
    assertEquals(6, r.out().lines().count(), r.out());
    assertEquals("2 catalogs checked: 5 errors, 1 warning\n", r.err());

    Run json = errcat(it, "check", "--format", "json", "src/main/errcat");
    assertEquals(1, json.exit());
    assertTrue(json.out().startsWith("[\n  {\"id\":\"EC012\",\"severity\":\"error\","
        + "\"file\":\"src/main/errcat/broken.yaml\",\"line\":5,\"column\":3,"), json.out());
    assertTrue(json.out().contains("\"didYouMean\":\"vendor\""), json.out());
  }

  @Test
  void learnProposesThePluginsDraftsAndKeepsTheCatalogAsItIs(@TempDir Path dir) throws Exception {
    // the plugin's learn IT project, run from the CLI: the same proposal, the same bad line
    Path it = ROOT.resolve("maven-plugin/src/it/learn");
    Path out = dir.resolve("proposed");
    Run r = errcat(it, "learn", "src/main/errcat", "-t", "traffic/week-49.jsonl", "-o",
        out.toString());
    assertEquals(1, r.exit(), "a bad traffic line is a problem: " + r.err());
    assertEquals("traffic/week-49.jsonl:3: not a JSON object (Unrecognized token 'not': was"
        + " expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false'))\n",
        r.err());
    assertTrue(r.out().contains("shop.yaml: draft: 'TooManyOrders' HTTP 429, met 120 times"),
        r.out());
    assertTrue(r.out().contains("shop.yaml: 1 draft entry, 1 note -> "), r.out());
    String proposed = Files.readString(out.resolve("shop.yaml"));
    assertTrue(proposed.contains("  - code: \"TooManyOrders\"\n    httpStatus: 429\n"), proposed);
    assertTrue(proposed.contains("# regions come later"), proposed);
    Run missing = errcat(it, "learn", "src/main/errcat", "-t", "traffic/none.jsonl");
    assertEquals(3, missing.exit(), missing.err());
    // a directory: its *.jsonl files, as the plugin reads it
    Run directory = errcat(it, "learn", "src/main/errcat", "-t", "traffic", "-o",
        dir.resolve("from-dir").toString());
    assertEquals(1, directory.exit(), directory.err());
    assertEquals(Files.readString(out.resolve("shop.yaml")),
        Files.readString(dir.resolve("from-dir/shop.yaml")));
  }

  @Test
  void hostileInputsGiveProblemLinesNotCrashes(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("escapes.yaml"), "catalog: 1\nproduct: {id: esc}\nerrors:\n"
        + "  - {code: \"X\\e[2J\\e[31mforged\", httpStatus: 999}\n");
    Files.write(dir.resolve("binary.yml"), new byte[] {0, (byte) 0xff, (byte) 0xfe, 1, 2});
    Files.writeString(dir.resolve("huge.yaml"), "#" + "x".repeat(5_000_000) + "\n"); // over 4 MiB
    Files.writeString(dir.resolve("deep.yaml"), "[".repeat(10_000));
    Run r = errcat(dir, "check", ".");
    assertEquals(1, r.exit(), r.err());
    assertFalse(r.out().contains("\u001b"), "no escape reaches the terminal:\n" + r.out());
    assertTrue(r.out().contains("./binary.yml:"), r.out());
    assertTrue(r.out().contains("./huge.yaml:1:1: [EC002] "), r.out());
    assertTrue(r.out().contains("./deep.yaml:"), r.out());
    assertTrue(r.out().contains("./escapes.yaml:4:") && r.out().contains("[EC024]"), r.out());
    assertFalse(r.err().contains("internal error"), r.err());
  }

  @Test
  void generateWritesNothingFromABrokenCatalogAndTheApiFromAGoodOne(@TempDir Path dir)
      throws Exception {
    Path it = ROOT.resolve("maven-plugin/src/it/broken-catalog");
    Run broken = errcat(it, "generate", "--out", dir.resolve("bad").toString(), "src/main/errcat");
    assertEquals(1, broken.exit());
    assertTrue(broken.err().contains("errcat generate: 5 errors in 2 catalogs; errcat generate"
        + " wrote nothing"), broken.err());
    assertFalse(Files.exists(dir.resolve("bad")));

    Path good = ROOT.resolve("maven-plugin/src/it/generate-compile/src/main/errcat");
    Run r = errcat(ROOT, "generate", "--package", "com.acme.errors", "--out",
        dir.resolve("java").toString(), "--resources", dir.resolve("res").toString(),
        good.toString(), "faas");
    assertEquals(0, r.exit(), r.err());
    assertTrue(Files.isRegularFile(dir.resolve("java/it/shop/ShopError.java")));
    assertTrue(Files.isRegularFile(dir.resolve("java/com/acme/errors/BillingError.java")),
        "billing.yml names no package: --package");
    assertTrue(Files.isRegularFile(dir.resolve("java/io/errcat/catalogs/faas/FaasError.java")));
    assertEquals("com.acme.errors\n",
        Files.readString(dir.resolve("res/META-INF/errcat/billing.package")));
    assertTrue(Files.readString(dir.resolve(
        "res/META-INF/services/io.errcat.runtime.CatalogBinding")).contains(
        "io.errcat.catalogs.faas.FaasCatalog"));

    Run again = errcat(ROOT, "generate", "--package", "com.acme.errors", "--out",
        dir.resolve("java").toString(), good.toString());
    assertEquals(0, again.exit(), again.err());
    assertTrue(again.err().contains(" 0 written, "), "unchanged files are not rewritten: "
        + again.err());
    assertFalse(Files.exists(dir.resolve("java/io/errcat/catalogs/faas")),
        "faas left the inputs, so its files went: " + again.err());
  }

  @Test
  void docsWritesTheReference(@TempDir Path dir) throws Exception {
    Run r = errcat(ROOT, "docs", "--out", dir.toString(), "--title", "Our errors", "faas");
    assertEquals(0, r.exit(), r.err());
    assertTrue(Files.readString(dir.resolve("index.html")).contains("Our errors"));
    assertTrue(Files.isRegularFile(dir.resolve("faas.html")));
    assertTrue(Files.isRegularFile(dir.resolve("catalog.json")));
  }

  @Test
  void openapiWritesOneDocumentPerCatalog(@TempDir Path dir) throws Exception {
    Run r = errcat(ROOT, "openapi", "--out", dir.toString(), "faas", "function-compute");
    assertEquals(0, r.exit(), r.err());
    String faas = Files.readString(dir.resolve("faas.openapi.json"));
    assertTrue(faas.startsWith("{\n  \"openapi\": \"3.1.0\""), faas.substring(0, 40));
    assertTrue(faas.contains("\"LoadFpgaImage-404\""), "per operation and status");
    assertTrue(Files.isRegularFile(dir.resolve("function-compute.openapi.json")));
  }

  @Test
  void diffUsesThePluginsRulesAndExitCodes() throws Exception {
    Path it = ROOT.resolve("maven-plugin/src/it/diff-breaking");
    Run r = errcat(it, "diff", "baseline", "src/main/errcat");
    assertEquals(1, r.exit(), r.out() + r.err());
    assertTrue(r.out().contains(": breaking: "), r.out());
    Run allowed = errcat(it, "diff", "--allow-breaking", "baseline", "src/main/errcat");
    assertEquals(0, allowed.exit());
    Path acknowledged = ROOT.resolve("maven-plugin/src/it/diff-acknowledged");
    Run ack = errcat(acknowledged, "diff", "--acknowledged", "errcat-breaks.yaml", "baseline",
        "src/main/errcat");
    assertEquals(0, ack.exit(), ack.out() + ack.err());
    assertTrue(ack.out().contains("[acknowledged: 410 says the order will not come back.]"),
        ack.out());
    Run stale = errcat(acknowledged, "diff", "--acknowledged", "stale-breaks.yaml", "baseline",
        "src/main/errcat");
    assertEquals(1, stale.exit(), stale.out() + stale.err());
    assertTrue(stale.out().contains("stale-breaks.yaml:8:5: stale: acknowledges code"
        + " 'OrderNotFound' message, which did not change"), stale.out());
    Path compatible = ROOT.resolve("maven-plugin/src/it/diff-compatible");
    Run ok = errcat(compatible, "diff", "baseline", "src/main/errcat");
    assertEquals(0, ok.exit(), ok.out() + ok.err());
    assertFalse(ok.out().contains(": breaking: "), ok.out());
  }

  @Test
  void explainAPastedFaqLineAndANearMiss() throws Exception {
    Run r = errcat(ROOT, "explain", "HTTP Status:503 Error:ANOTHER TASK RUNNING. Another task has"
        + " not finished yet, please retry later! Request ID: 5FCB6F75-8572-4840-9BDC-87C57174F26D");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("ANOTHER TASK RUNNING  \u2014  FPGA as a Service (FaaS) (faas)\n"
        + "HTTP 503 Service Unavailable\n"), r.out());
    assertTrue(r.out().contains("Retry: Retry after"), r.out());
    Run miss = errcat(ROOT, "explain", "another", "task", "runing");
    assertEquals(1, miss.exit());
    assertEquals("no code 'another task runing' in 5 catalogs (did you mean 'ANOTHER TASK"
        + " RUNNING'?)\n", miss.err());
  }

  @Test
  void usageErrorsAndUnknownInputs() throws Exception {
    Run none = errcat(ROOT);
    assertEquals(2, none.exit());
    assertTrue(none.err().contains("a command is required"), none.err());
    Run bad = errcat(ROOT, "check", "--no-such-option", "faas");
    assertEquals(2, bad.exit());
    assertTrue(bad.err().contains("Unknown option: '--no-such-option'"), bad.err());
    Run unknown = errcat(ROOT, "check", "fass");
    assertEquals(3, unknown.exit());
    assertEquals("errcat check: 'fass' is no catalog file, directory or bundled catalog"
        + " (did you mean 'faas'?)\n", unknown.err());
    Run help = errcat(ROOT, "explain", "--help");
    assertEquals(0, help.exit());
    assertTrue(help.out().contains("Exit codes:"), help.out());
  }

  @Test
  void theLauncherAndTheCompletionScript() throws Exception {
    Run r = run(ROOT, List.of("sh", ROOT.resolve("cli/errcat").toString(), "--version"));
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("errcat "), r.out());
    Run completion = errcat(ROOT, "generate-completion");
    assertEquals(0, completion.exit());
    assertTrue(completion.out().contains("complete -F _complete_errcat"), completion.out());
    assertTrue(completion.out().contains("explain"), "every command is completed");
  }
}
