package io.errcat.benchmarks;

import io.errcat.catalog.Engine;
import io.errcat.catalog.java.JavaOptions;
import io.errcat.catalog.java.SyntheticCatalog;
import io.errcat.catalog.output.GeneratedFile;
import io.errcat.runtime.ErrorCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * The generated lookup of a synthetic catalog of any size (the scale tests' {@link
 * SyntheticCatalog}), emitted by errcat and compiled by javac once per size into a cache directory
 * beside the benchmark jar, then loaded. It is reached through a compiled adapter class, so the
 * call is an ordinary monomorphic interface call to the generated {@code fromCode}.
 */
final class SyntheticLookups {
  private SyntheticLookups() {}

  /** The wire code of synthetic entry {@code i}. */
  static String code(int i) {
    return "SYN.%05d".formatted(i);
  }

  /** The generated {@code SynError.fromCode} of the catalog of {@code codes} codes. */
  @SuppressWarnings("unchecked")
  static Function<String, Optional<? extends ErrorCode>> generated(int codes) {
    try {
      // keyed by the generated sources themselves: a changed generator is compiled afresh
      List<GeneratedFile> files = Engine.generateJava(SyntheticCatalog.of(codes),
          JavaOptions.defaults());
      int hash = 1;
      for (GeneratedFile f : files) {
        hash = 31 * hash + f.path().hashCode();
        hash = 31 * hash + java.util.Arrays.hashCode(f.content());
      }
      Path dir = cache().resolve("synthetic-" + codes + "-" + Integer.toHexString(hash));
      Path classes = dir.resolve("classes");
      if (!Files.exists(dir.resolve("done"))) {
        compile(codes, files, dir, classes);
      }
      URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
          SyntheticLookups.class.getClassLoader());
      return (Function<String, Optional<? extends ErrorCode>>) loader
          .loadClass("io.errcat.catalogs.synthetic" + codes + ".Lookup")
          .getDeclaredConstructor().newInstance();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void compile(int codes, List<GeneratedFile> files, Path dir, Path classes)
      throws IOException {
    Path sources = dir.resolve("sources");
    List<String> args = new ArrayList<>(List.of("-proc:none", "-nowarn", "-d", classes.toString(),
        "-cp", System.getProperty("java.class.path")));
    String pkg = "io.errcat.catalogs.synthetic" + codes;
    for (GeneratedFile f : files) {
      Path p = sources.resolve(f.path());
      Files.createDirectories(p.getParent());
      Files.write(p, f.content());
      args.add(p.toString());
    }
    Path adapter = sources.resolve(pkg.replace('.', '/')).resolve("Lookup.java");
    Files.writeString(adapter, "package " + pkg + ";\n"
        + "public final class Lookup implements java.util.function.Function<String,"
        + " java.util.Optional<? extends io.errcat.runtime.ErrorCode>> {\n"
        + "  public java.util.Optional<? extends io.errcat.runtime.ErrorCode> apply(String code) {\n"
        + "    return SynError.fromCode(code);\n  }\n}\n", StandardCharsets.UTF_8);
    args.add(adapter.toString());
    Files.createDirectories(classes);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac.run(null, null, null, args.toArray(new String[0])) != 0) {
      throw new IllegalStateException("javac failed on the synthetic catalog of " + codes);
    }
    Files.writeString(dir.resolve("done"), "ok\n");
  }

  /** A directory beside the benchmark jar (its target folder), shared by the forks of one run. */
  private static Path cache() throws IOException {
    try {
      Path jar = Path.of(SyntheticLookups.class.getProtectionDomain().getCodeSource().getLocation()
          .toURI());
      Path dir = jar.getParent().resolve("bench-work");
      Files.createDirectories(dir);
      return dir;
    } catch (java.net.URISyntaxException e) {
      throw new IOException(e);
    }
  }
}
