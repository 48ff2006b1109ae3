package io.errcat.catalog.yaml;

import io.errcat.catalog.problem.ProblemId;
import io.errcat.catalog.model.Position;
import io.errcat.catalog.model.Positions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The known fields of one YAML mapping, with typed accessors that report missing, empty and
 * mistyped values. Records the position of every value read (lists item by item, as
 * {@code field[i]}) for the model's {@link Positions}.
 */
final class Fields {
  private final NodeReader reader;
  private final String path;
  private final Position self;
  private final Map<String, Node> values = new LinkedHashMap<>();
  private final Map<String, Position> keys = new HashMap<>();
  private final Map<String, Position> positions = new HashMap<>();

  Fields(NodeReader reader, String path, Position self) {
    this.reader = reader;
    this.path = path;
    this.self = self;
  }

  void putKey(String key, Position at) {
    keys.put(key, at);
  }

  void put(String key, Position keyAt, Node value) {
    keys.put(key, keyAt);
    values.put(key, value);
    positions.put(key, reader.at(value));
  }

  Position keyPosition(String key) {
    return keys.get(key);
  }

  Position self() {
    return self;
  }

  Node node(String key) {
    return values.get(key);
  }

  /** Where the mapping starts and where each of its values was written. */
  Positions positions() {
    return new Positions(self, positions);
  }

  String pathOf(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** Optional text: null when absent or empty. */
  String text(String key) {
    Node n = values.get(key);
    return n == null ? null : reader.text(n, pathOf(key));
  }

  /** Required text: EC014 when absent, EC015 when empty or blank. */
  String requiredText(String key) {
    Node n = values.get(key);
    if (n == null) {
      missing(key);
      return null;
    }
    return nonBlank(n, pathOf(key));
  }

  /** Optional unquoted integer. */
  Long integer(String key) {
    Node n = values.get(key);
    return n == null ? null : reader.integer(n, pathOf(key));
  }

  /** Optional unquoted boolean; {@code required} reports EC014 when absent. */
  Boolean bool(String key, boolean required) {
    Node n = values.get(key);
    if (n == null) {
      if (required) {
        missing(key);
      }
      return null;
    }
    return reader.bool(n, pathOf(key));
  }

  /** A nested mapping, or null when absent or not a mapping. */
  Fields mapping(String key, List<String> known) {
    Node n = values.get(key);
    return n == null ? null : reader.mapping(n, pathOf(key), known);
  }

  /**
   * Each item of a list field read by {@code item} (given the node and its path); items that
   * read as null are dropped. Empty when absent or not a list.
   */
  <T> List<T> list(String key, BiFunction<Node, String, T> item) {
    Node n = values.get(key);
    List<T> out = new ArrayList<>();
    if (n == null) {
      return out;
    }
    List<Node> items = reader.sequence(n, pathOf(key));
    if (items == null) {
      return out;
    }
    for (int i = 0; i < items.size(); i++) {
      Node itemNode = items.get(i);
      T v = item.apply(itemNode, pathOf(key) + "[" + i + "]");
      if (v != null) {
        // keyed by the index in the model's list, which skips dropped items
        positions.put(key + "[" + out.size() + "]", reader.at(itemNode));
        out.add(v);
      }
    }
    return out;
  }

  /** One entry of a mapping with free keys ({@link #byKey}). */
  @FunctionalInterface
  interface KeyedText {
    void accept(String key, Position keyAt, Position valueAt, String text);
  }

  /**
   * Each entry of a mapping whose keys are data (a language tag → a text), in file order: a key
   * that is no text (EC013) or repeated (EC006), and an empty or mistyped value, are reported and
   * skipped. Nothing when the field is absent; EC013 when it is no mapping.
   */
  void byKey(String key, KeyedText entry) {
    Node n = values.get(key);
    if (n == null) {
      return;
    }
    if (!(n instanceof org.yaml.snakeyaml.nodes.MappingNode m)) {
      reader.problems().add(ProblemId.EC013, reader.at(n), "'" + pathOf(key) + "'", "a mapping",
          NodeReader.describe(n));
      return;
    }
    Map<String, Position> seen = new HashMap<>();
    for (org.yaml.snakeyaml.nodes.NodeTuple t : m.getValue()) {
      if (!(t.getKeyNode() instanceof org.yaml.snakeyaml.nodes.ScalarNode k)) {
        reader.problems().add(ProblemId.EC013, reader.at(t.getKeyNode()),
            "A key in '" + pathOf(key) + "'", "text", NodeReader.describe(t.getKeyNode()));
        continue;
      }
      Position keyAt = reader.at(k);
      Position first = seen.putIfAbsent(k.getValue(), keyAt);
      if (first != null) {
        reader.problems().add(ProblemId.EC006, keyAt, k.getValue(), first.line(), first.column());
        continue;
      }
      String text = nonBlank(t.getValueNode(), pathOf(key) + "." + k.getValue());
      if (text != null) {
        entry.accept(k.getValue(), keyAt, reader.at(t.getValueNode()), text);
      }
    }
  }

  /** A list of texts; empty or mistyped items are reported and dropped. */
  List<String> texts(String key) {
    return list(key, this::nonBlank);
  }

  /** The text of {@code node}; null with EC015 when it is empty or blank (EC013 when no text). */
  private String nonBlank(Node node, String path) {
    String v = reader.text(node, path);
    if (v != null && v.isBlank() || v == null && NodeReader.describe(node).equals("empty")) {
      reader.problems().add(ProblemId.EC015, reader.at(node), path);
      return null;
    }
    return v;
  }

  void missing(String key) {
    reader.problems().add(ProblemId.EC014, self, key, path.isEmpty() ? "the catalog" : path);
  }
}
