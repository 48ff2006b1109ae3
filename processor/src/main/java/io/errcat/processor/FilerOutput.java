package io.errcat.processor;

import io.errcat.catalog.output.GeneratedFile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** Writes the engine's files through the Filer: Java sources to compile, the rest as class-output resources. */
final class FilerOutput {
  private FilerOutput() {}

  /**
   * Writes {@code f}; {@code origin} is the element it was generated for. A source goes through a
   * Writer, so that it is stored in the encoding javac reads sources in.
   */
  static void write(Filer filer, GeneratedFile f, Element origin) throws IOException {
    String path = f.path();
    if (path.endsWith(".java")) {
      String type = path.substring(0, path.length() - ".java".length()).replace('/', '.');
      JavaFileObject out = filer.createSourceFile(type, origin);
      try (Writer w = out.openWriter()) {
        w.write(new String(f.content(), StandardCharsets.UTF_8));
      }
    } else {
      // relative to the output root, not to a package: META-INF is no package name
      FileObject out = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path, origin);
      try (OutputStream o = out.openOutputStream()) {
        o.write(f.content());
      }
    }
  }
}
