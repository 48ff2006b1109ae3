package io.errcat.catalog.yaml;

import io.errcat.catalog.model.Acknowledgement;
import io.errcat.catalog.model.Position;
import io.errcat.catalog.problem.Problem;
import io.errcat.catalog.problem.ProblemId;
import io.errcat.catalog.problem.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the file a release acknowledges its breaking changes in, with the catalog loader's
 * safeguards (size, UTF-8, no tabs, composed nodes only) and positions:
 *
 * <pre>
 * breaks:
 *   - {code: ServiceNotFound, change: status, reason: "404 is what it meant all along"}
 *   - {operation: CancelOrder, change: removed, reason: Orders are final.}
 *   - {catalog: shop, wire: codeField, change: changed, reason: The new gateway.}
 * </pre>
 */
public final class AcknowledgementsLoader {
  private AcknowledgementsLoader() {}

  static final List<String> ROOT_KEYS = List.of("breaks");
  static final List<String> BREAK_KEYS = List.of("catalog", "code", "operation", "wire",
      "change", "reason");

  /**
   * What a file held.
   *
   * @param acknowledgements the well-formed acknowledgements, in file order
   * @param problems every problem; the file should not be used when one is an error
   */
  public record Result(List<Acknowledgement> acknowledgements, List<Problem> problems) {}

  /**
   * Loads a file; problems name it {@code displayName}.
   *
   * @param file the file
   * @param displayName the name problems print
   * @return what it held
   */
  public static Result load(Path file, String displayName) {
    try (InputStream in = Files.newInputStream(file)) {
      return load(displayName, in.readNBytes(LoaderLimits.MAX_BYTES + 1));
    } catch (IOException e) {
      Problems problems = new Problems();
      problems.add(ProblemId.EC010, new Position(displayName, 1, 1), e.toString());
      return new Result(List.of(), problems.list());
    }
  }

  /**
   * Loads content; problems name it {@code displayName}.
   *
   * @param displayName the name problems print
   * @param content the bytes
   * @return what it held
   */
  public static Result load(String displayName, byte[] content) {
    Problems problems = new Problems();
    List<Acknowledgement> acks = List.of();
    try {
      acks = read(displayName, content, problems);
    } catch (RuntimeException | StackOverflowError e) {
      problems.add(ProblemId.EC017, new Position(displayName, 1, 1), e.toString());
    }
    return new Result(acks, problems.list());
  }

  private static List<Acknowledgement> read(String file, byte[] content, Problems problems) {
    CatalogLoader.Composed c = CatalogLoader.compose(file, content, problems);
    if (c == null) {
      return List.of();
    }
    NodeReader reader = c.reader();
    Fields f = reader.mapping(c.root(), "", ROOT_KEYS);
    if (f == null) {
      return List.of();
    }
    return f.list("breaks", (node, path) -> acknowledgement(reader, problems, node, path));
  }

  private static Acknowledgement acknowledgement(NodeReader reader, Problems problems, Node node,
      String path) {
    Fields b = reader.mapping(node, path, BREAK_KEYS);
    if (b == null) {
      return null;
    }
    String change = b.requiredText("change");
    String reason = b.requiredText("reason");
    String subject = null;
    String name = null;
    for (String s : List.of("code", "operation", "wire")) {
      if (b.text(s) != null) {
        if (subject != null) {
          problems.add(ProblemId.EC057, b.positions().of(s), path + " names both a " + subject
              + " and a " + s + "; one change is about one of them");
          return null;
        }
        subject = s;
        name = b.text(s);
      }
    }
    String catalog = b.text("catalog");
    if (subject == null) {
      if (catalog == null) {
        problems.add(ProblemId.EC057, b.positions().self(), path + " names no code, operation,"
            + " wire field or catalog");
        return null;
      }
      subject = "catalog";
      name = catalog;
    }
    if (change == null || reason == null) {
      return null; // reported as missing
    }
    List<String> kinds = Acknowledgement.KINDS.get(subject);
    if (!kinds.contains(change)) {
      problems.addWithHint(ProblemId.EC057, b.positions().of("change"),
          io.errcat.catalog.problem.DidYouMean.nearest(change, kinds),
          "'" + change + "' is no breaking change of a " + subject + "; one of "
              + String.join(", ", kinds));
      return null;
    }
    return new Acknowledgement(catalog, subject, name, change, reason, b.positions());
  }
}
