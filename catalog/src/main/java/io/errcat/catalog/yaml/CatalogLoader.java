package io.errcat.catalog.yaml;

import io.errcat.catalog.problem.LoadResult;
import io.errcat.catalog.problem.ProblemId;
import io.errcat.catalog.problem.Problems;
import io.errcat.catalog.model.Catalog;
import io.errcat.catalog.model.Position;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads catalog YAML into the model, keeping every value's position. The steps: a size check
 * before reading ({@link LoaderLimits}), strict UTF-8 decoding, a scan for tabs and forbidden
 * characters, a screened compose to SnakeYAML nodes (never objects), and the mapping of nodes to
 * the model. Loading never throws: every failure, even an unexpected one, becomes a problem.
 */
public final class CatalogLoader {
  private CatalogLoader() {}

  /** Loads {@code file}; problems name it {@code displayName}. */
  public static LoadResult load(Path file, String displayName) {
    Problems problems = new Problems();
    Position start = new Position(displayName, 1, 1);
    try {
      long size = Files.size(file);
      if (size > LoaderLimits.MAX_BYTES) {
        problems.add(ProblemId.EC002, start, size, LoaderLimits.MAX_BYTES);
        return new LoadResult(Optional.empty(), problems.list());
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(file)) {
        // the file may grow between size() and reading: never read past the limit
        bytes = in.readNBytes(LoaderLimits.MAX_BYTES + 1);
      }
      return load(displayName, bytes);
    } catch (IOException | RuntimeException e) {
      problems.add(ProblemId.EC010, start, describe(e));
      return new LoadResult(Optional.empty(), problems.list());
    }
  }

  /** Loads a catalog from {@code content}; problems name it {@code displayName}. */
  public static LoadResult load(String displayName, byte[] content) {
    Problems problems = new Problems();
    Catalog catalog = null;
    try {
      catalog = read(displayName, content, problems);
    } catch (RuntimeException | StackOverflowError e) {
      problems.add(ProblemId.EC017, new Position(displayName, 1, 1), describe(e));
      catalog = null;
    }
    return new LoadResult(Optional.ofNullable(catalog), problems.list());
  }

  private static Catalog read(String file, byte[] content, Problems problems) {
    Composed c = compose(file, content, problems);
    return c == null ? null : new ModelReader(c.reader(), problems).catalog(c.root());
  }

  /** A file's YAML as nodes, with the reader that keeps their positions. */
  record Composed(Node root, NodeReader reader) {}

  /**
   * The safeguards every errcat YAML file passes before it is read (size, strict UTF-8, no tabs or
   * forbidden characters, a screened compose to nodes); null when one of them failed (reported).
   */
  static Composed compose(String file, byte[] content, Problems problems) {
    if (content.length > LoaderLimits.MAX_BYTES) {
      problems.add(ProblemId.EC002, new Position(file, 1, 1), (long) content.length,
          LoaderLimits.MAX_BYTES);
      return null;
    }
    String text = SourceText.decode(file, content, problems);
    if (text == null) {
      return null;
    }
    SourceText.scan(file, text, problems);
    if (problems.hasErrors()) {
      return null;
    }
    YamlComposer composer = new YamlComposer(file, problems);
    Node root = composer.compose(text);
    if (root == null) {
      return null;
    }
    return new Composed(root, new NodeReader(file, problems, composer));
  }

  private static String describe(Throwable e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m.replaceAll("\\s+", " ").trim());
  }
}
