package io.errcat.processor;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/** Loads the class files of a compile-testing compilation, so generated code can be run. */
final class CompiledClasses extends ClassLoader {
  private final Map<String, byte[]> classes = new HashMap<>();

  CompiledClasses(Compilation c) {
    super(CompiledClasses.class.getClassLoader());
    for (JavaFileObject f : c.generatedFiles()) {
      if (f.getKind() == JavaFileObject.Kind.CLASS) {
        String path = f.toUri().getPath();
        String name = path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length(),
            path.length() - ".class".length()).replace('/', '.');
        try (InputStream in = f.openInputStream()) {
          classes.put(name, in.readAllBytes());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] b = classes.get(name);
    if (b == null) {
      throw new ClassNotFoundException(name);
    }
    return defineClass(name, b, 0, b.length);
  }

  /** Writes the class files under {@code dir}, as a class path directory. */
  void writeTo(java.nio.file.Path dir) throws IOException {
    for (Map.Entry<String, byte[]> e : classes.entrySet()) {
      java.nio.file.Path p = dir.resolve(e.getKey().replace('.', '/') + ".class");
      java.nio.file.Files.createDirectories(p.getParent());
      java.nio.file.Files.write(p, e.getValue());
    }
  }
}
