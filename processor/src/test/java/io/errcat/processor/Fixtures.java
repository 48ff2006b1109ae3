package io.errcat.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;

/** Sources, catalogs and compilers shared by the processor tests. */
final class Fixtures {
  /** The test catalogs (shop.yaml, broken.yaml), given to the processor as -Aerrcat.catalogPath. */
  static final Path CATALOGS = Path.of("src/test/resources/catalogs").toAbsolutePath();
  static final Path GOLDEN = Path.of("src/test/resources/golden");

  private Fixtures() {}

  /** javac with the processor and the test catalogs on the catalog path; lint on, warnings shown. */
  static Compiler javac(String... options) {
    return javac(new ErrcatProcessor(), options);
  }

  static Compiler javac(ErrcatProcessor processor, String... options) {
    List<String> all = new ArrayList<>(List.of("-Xlint:all", "-Aerrcat.catalogPath=" + CATALOGS));
    all.addAll(List.of(options));
    return Compiler.javac().withProcessors(processor).withOptions(all);
  }

  static JavaFileObject source(String qualifiedName, String text) {
    return JavaFileObjects.forSourceString(qualifiedName, text);
  }

  /** The 1-based line of the first occurrence of {@code marker} in {@code text}. */
  static int lineOf(String text, String marker) {
    int at = text.indexOf(marker);
    if (at < 0) {
      throw new IllegalArgumentException("marker not found: " + marker);
    }
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  /** The text of a generated source file. */
  static String generated(Compilation c, String qualifiedName) {
    Optional<JavaFileObject> f = c.generatedSourceFile(qualifiedName);
    if (f.isEmpty()) {
      throw new AssertionError("not generated: " + qualifiedName);
    }
    try {
      return f.get().getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Compares generated text with {@code src/test/resources/golden/<name>}. On a difference the
   * actual text is saved to {@code target/golden-actual/<name>}, to review and copy over.
   */
  static void assertGolden(String name, String actual) {
    try {
      Path golden = GOLDEN.resolve(name);
      String expected = Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : "";
      if (!expected.equals(actual)) {
        Path out = Path.of("target/golden-actual").resolve(name);
        Files.createDirectories(out.getParent());
        Files.writeString(out, actual, StandardCharsets.UTF_8);
      }
      org.junit.jupiter.api.Assertions.assertEquals(expected, actual, "golden file " + name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many generated source files have this simple file name (e.g. {@code ShopError.java}). */
  static long generatedCount(Compilation c, String fileName) {
    return c.generatedSourceFiles().stream()
        .filter(f -> f.toUri().getPath().endsWith("/" + fileName))
        .count();
  }
}
