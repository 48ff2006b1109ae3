package io.errcat.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;

/**
 * The source root a compiled element came from: its source file's directory minus the package
 * directories ({@code src/main/java} for {@code src/main/java/com/acme/Api.java}). Only javac
 * exposes source files ({@link Trees}); on other compilers, or for in-memory sources, there is no
 * root and the lookup simply finds nothing.
 */
final class SourceRoots {
  private final Trees trees;

  SourceRoots(ProcessingEnvironment env) {
    Trees t;
    try {
      t = Trees.instance(env);
    } catch (IllegalArgumentException notJavac) {
      t = null;
    }
    this.trees = t;
  }

  List<Path> of(Element e) {
    if (trees == null) {
      return List.of();
    }
    TreePath path = trees.getPath(e);
    if (path == null) {
      return List.of();
    }
    CompilationUnitTree unit = path.getCompilationUnit();
    URI uri = unit.getSourceFile().toUri();
    if (!"file".equals(uri.getScheme())) {
      return List.of();
    }
    Path dir = Path.of(uri).getParent();
    String pkg = CatalogLocator.packageOf(e).getQualifiedName().toString();
    if (!pkg.isEmpty()) {
      for (int i = pkg.split("\\.").length; i > 0 && dir != null; i--) {
        dir = dir.getParent();
      }
    }
    return dir == null ? List.of() : List.of(dir);
  }
}
