package io.errcat.catalog.java;

import io.errcat.catalog.output.GeneratedFile;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.DocumentationTool;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Generated sources written to a directory, compiled in-process with javac against the test class
 * path (which holds errcat-runtime), and loaded in their own class loader.
 */
final class Compiled {
  /**
   * javac options of the "Must hold": every lint, warnings are errors, no annotation processing;
   * plus javac's doclint on everything the javadoc tool documents (protected and up), as a user's
   * build with {@code -Xdoclint:all/protected -Werror} would compile generated code. Private
   * members are left out on purpose: a private constructor needs no "Not instantiated." filler.
   */
  static final List<String> STRICT = List.of("-Xlint:all", "-Xdoclint:all/protected", "-Werror",
      "-proc:none", "-encoding", "UTF-8", "--release", "17");

  /** {@link #STRICT} without doclint, for the very large synthetic catalogs (javac time). */
  static final List<String> STRICT_LINT = List.of("-Xlint:all", "-Werror", "-proc:none",
      "-encoding", "UTF-8", "--release", "17");

  final Path sources;
  final Path classes;
  final List<Path> files;
  final ClassLoader loader;

  private Compiled(Path sources, Path classes, List<Path> files, ClassLoader loader) {
    this.sources = sources;
    this.classes = classes;
    this.files = files;
    this.loader = loader;
  }

  /** Writes, compiles (failing with javac's diagnostics) and loads generated files. */
  static Compiled of(Path dir, List<GeneratedFile> generated, List<String> options) {
    try {
      Path src = Files.createDirectories(dir.resolve("src"));
      Path out = Files.createDirectories(dir.resolve("classes"));
      List<Path> files = write(src, generated);
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
      try (StandardJavaFileManager fm = javac.getStandardFileManager(diags, Locale.ROOT, null)) {
        List<String> opts = new ArrayList<>(options);
        opts.addAll(List.of("-classpath", System.getProperty("java.class.path"), "-d",
            out.toString()));
        StringWriter log = new StringWriter();
        boolean ok = javac.getTask(log, fm, diags, opts, null,
            fm.getJavaFileObjectsFromPaths(files)).call();
        if (!ok || !diags.getDiagnostics().isEmpty()) {
          throw new AssertionError("javac " + (ok ? "warned" : "failed") + ":\n"
              + render(diags) + log);
        }
      }
      ClassLoader cl = new URLClassLoader(new URL[] {out.toUri().toURL()},
          Compiled.class.getClassLoader());
      return new Compiled(src, out, files, cl);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs the javadoc tool with {@code -Xdoclint:all}; returns every diagnostic it reported. */
  List<String> javadoc(Path outDir) {
    DocumentationTool tool = ToolProvider.getSystemDocumentationTool();
    DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
    try (StandardJavaFileManager fm = tool.getStandardFileManager(diags, Locale.ROOT, null)) {
      StringWriter log = new StringWriter();
      List<String> opts = List.of("-Xdoclint:all", "-quiet", "-encoding", "UTF-8", "-classpath",
          System.getProperty("java.class.path"), "-d", outDir.toString());
      boolean ok = tool.getTask(log, fm, diags, null, opts, fm.getJavaFileObjectsFromPaths(files))
          .call();
      List<String> out = diags.getDiagnostics().stream()
          .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
          .map(Compiled::render)
          .collect(Collectors.toCollection(ArrayList::new));
      if (!ok) {
        out.add("javadoc failed: " + log);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Class<?> type(String binaryName) {
    try {
      return Class.forName(binaryName, true, loader);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  /** Calls a public method by name whose parameter count matches (static when target is null). */
  /** A new instance by the public no-argument constructor. */
  static Object construct(Class<?> type) {
    try {
      return type.getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot construct " + type.getName() + ": " + e, e);
    }
  }

  static Object callStatic(Class<?> type, String name, Object... args) {
    return invoke(type, null, name, args);
  }

  static Object call(Object target, String name, Object... args) {
    return invoke(target.getClass(), target, name, args);
  }

  private static Object invoke(Class<?> type, Object target, String name, Object... args) {
    for (Method m : type.getMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == args.length
          && fits(m.getParameterTypes(), args)) {
        try {
          return m.invoke(target, args);
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        } catch (InvocationTargetException e) {
          throw new AssertionError(name + " threw", e.getCause());
        }
      }
    }
    throw new AssertionError("no method " + name + Arrays.toString(args) + " on " + type);
  }

  private static boolean fits(Class<?>[] params, Object[] args) {
    for (int i = 0; i < params.length; i++) {
      if (args[i] == null) {
        if (params[i].isPrimitive()) {
          return false;
        }
      } else if (!box(params[i]).isInstance(args[i])) {
        return false;
      }
    }
    return true;
  }

  private static Class<?> box(Class<?> c) {
    if (c == int.class) return Integer.class;
    if (c == long.class) return Long.class;
    if (c == boolean.class) return Boolean.class;
    return c;
  }

  private static List<Path> write(Path root, List<GeneratedFile> generated) throws IOException {
    List<Path> files = new ArrayList<>();
    for (GeneratedFile f : generated) {
      Path p = root.resolve(f.path());
      Files.createDirectories(p.getParent());
      Files.write(p, f.content());
      files.add(p);
    }
    return files;
  }

  private static String render(DiagnosticCollector<JavaFileObject> diags) {
    return diags.getDiagnostics().stream().limit(30).map(Compiled::render)
        .collect(Collectors.joining("\n"));
  }

  private static String render(Diagnostic<? extends JavaFileObject> d) {
    String file = d.getSource() == null ? "" : new File(d.getSource().toUri()).getName();
    return d.getKind() + " " + file + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT);
  }
}
