package io.errcat.catalog.yaml;

import io.errcat.catalog.problem.DidYouMean;
import io.errcat.catalog.problem.ProblemId;
import io.errcat.catalog.problem.Problems;
import io.errcat.catalog.model.Position;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;

/**
 * Reads typed values out of SnakeYAML nodes, reporting every shape problem with the position of
 * the offending node. Scalars are always taken as written (the node's text, never the value
 * YAML's resolver would give it); numbers and booleans are accepted only where the format wants
 * them, and only unquoted.
 */
final class NodeReader {
  private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]*)");
  private static final Map<Tag, String> RESOLVED = Map.of(
      Tag.INT, "an integer", Tag.FLOAT, "a number", Tag.BOOL, "a boolean",
      Tag.NULL, "null", Tag.TIMESTAMP, "a date");

  private final String file;
  private final Problems problems;
  private final YamlComposer composer;

  NodeReader(String file, Problems problems, YamlComposer composer) {
    this.file = file;
    this.problems = problems;
    this.composer = composer;
  }

  Position at(Node node) {
    return new Position(file, node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1);
  }

  /**
   * The entries of a mapping node with unknown keys (EC012, with a did-you-mean), duplicate keys
   * (EC006) and non-text keys (EC013) reported; null with EC013 if {@code node} is no mapping.
   */
  Fields mapping(Node node, String path, List<String> known) {
    if (!(node instanceof MappingNode m)) {
      problems.add(ProblemId.EC013, at(node), label(path), "a mapping", describe(node));
      return null;
    }
    Fields fields = new Fields(this, path, at(m));
    for (NodeTuple t : m.getValue()) {
      Node keyNode = t.getKeyNode();
      if (!(keyNode instanceof ScalarNode k)) {
        problems.add(ProblemId.EC013, at(keyNode), "A key in " + (path.isEmpty() ? "the catalog"
            : "'" + path + "'"), "text", describe(keyNode));
        continue;
      }
      String key = k.getValue();
      Position first = fields.keyPosition(key);
      if (first != null) {
        problems.add(ProblemId.EC006, at(k), key, first.line(), first.column());
      } else if (!known.contains(key)) {
        problems.addWithHint(ProblemId.EC012, at(k), DidYouMean.nearest(key, known), key,
            path.isEmpty() ? "the catalog" : path);
        fields.putKey(key, at(k));
      } else {
        fields.put(key, at(k), t.getValueNode());
      }
    }
    return fields;
  }

  /** The items of a sequence node, or null with EC013 if {@code node} is no sequence. */
  List<Node> sequence(Node node, String path) {
    if (node instanceof SequenceNode s) {
      return s.getValue();
    }
    problems.add(ProblemId.EC013, at(node), label(path), "a list", describe(node));
    return null;
  }

  /**
   * The text of a scalar exactly as written, null for an empty plain scalar ({@code key:}), or
   * null with EC013 for a mapping or list. An unquoted value that YAML resolves to a non-text
   * type (e.g. {@code 0010}, {@code NO}, {@code ~}, {@code 2024-01-01}) is kept as its text with
   * an EC016 warning.
   */
  String text(Node node, String path) {
    if (!(node instanceof ScalarNode s)) {
      problems.add(ProblemId.EC013, at(node), label(path), "text", describe(node));
      return null;
    }
    String value = s.getValue();
    javaLimits(value, s, path);
    if (s.getScalarStyle() == ScalarStyle.PLAIN) {
      if (value.isEmpty()) {
        return null;
      }
      String resolved = RESOLVED.get(s.getTag());
      if (resolved != null && !composer.wasTagged(s.getStartMark())) {
        problems.add(ProblemId.EC016, at(s), value, path, value, resolved);
      }
    }
    return value;
  }

  /**
   * What Java (and every UTF-8 output) cannot carry: a text javac refuses as a string constant
   * (EC051) — 65,535 characters or more (javac's own rule), or over the class file's 65,535
   * modified-UTF-8 bytes (44 KB of emoji is enough, at 6 bytes a pair) — and an unpaired surrogate
   * (EC052). Reported at the text, so the generator never meets them.
   */
  private void javaLimits(String value, ScalarNode s, String path) {
    long bytes = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      bytes += c >= 0x0001 && c <= 0x007F ? 1 : c <= 0x07FF ? 2 : 3;
      if (Character.isHighSurrogate(c) && (i + 1 == value.length()
          || !Character.isLowSurrogate(value.charAt(i + 1)))
          || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(value.charAt(i - 1)))) {
        problems.add(ProblemId.EC052, at(s), label(path), (int) c);
        return;
      }
    }
    if (value.length() > LoaderLimits.MAX_TEXT_CHARS || bytes > LoaderLimits.MAX_TEXT_BYTES) {
      problems.add(ProblemId.EC051, at(s), label(path), value.length(), bytes);
    }
  }

  /**
   * An unquoted decimal integer, or null with EC013. Values too large for a long become
   * {@link Long#MAX_VALUE}, which every range check rejects.
   */
  Long integer(Node node, String path) {
    if (node instanceof ScalarNode s && s.getScalarStyle() == ScalarStyle.PLAIN
        && INTEGER.matcher(s.getValue()).matches()) {
      String v = s.getValue();
      return v.length() > 18 ? Long.MAX_VALUE : Long.parseLong(v);
    }
    problems.add(ProblemId.EC013, at(node), label(path), "an unquoted decimal integer",
        describe(node));
    return null;
  }

  /** An unquoted {@code true} or {@code false}, or null with EC013. */
  Boolean bool(Node node, String path) {
    if (node instanceof ScalarNode s && s.getScalarStyle() == ScalarStyle.PLAIN
        && Set.of("true", "false").contains(s.getValue())) {
      return Boolean.valueOf(s.getValue());
    }
    problems.add(ProblemId.EC013, at(node), label(path), "true or false", describe(node));
    return null;
  }

  /** How EC013 names a value: its quoted path, or "The catalog" for the document itself. */
  private static String label(String path) {
    return path.isEmpty() ? "The catalog" : "'" + path + "'";
  }

  Problems problems() {
    return problems;
  }

  /** A node as a message names it: a mapping, a list, empty, or the quoted text. */
  static String describe(Node node) {
    if (node instanceof MappingNode) {
      return "a mapping";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    if (node instanceof ScalarNode s) {
      if (s.getValue().isEmpty()) {
        return "empty";
      }
      String v = s.getValue().length() > 40 ? s.getValue().substring(0, 40) + "..." : s.getValue();
      boolean quoted = s.getScalarStyle() != ScalarStyle.PLAIN;
      return (quoted ? "the quoted text '" : "'") + v + "'";
    }
    return "an alias";
  }
}
