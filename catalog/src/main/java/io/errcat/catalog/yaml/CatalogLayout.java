package io.errcat.catalog.yaml;

import io.errcat.catalog.problem.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Where a catalog file's {@code errors} list sits in its text: what a tool that adds to the file
 * without rewriting it (comments and layout kept) needs. Read through the loader's own
 * safeguards.
 *
 * @param block whether the list is a block list ({@code - code: …} items), to which items can be
 *     added as lines; false for a flow list ({@code [ … ]})
 * @param itemStarts the 0-based line of each item's first line, in order
 * @param dashColumn the 0-based column of the items' {@code -}
 * @param end the 0-based line before which a new item goes: after the last item, before any blank
 *     or comment lines that follow it
 */
public record CatalogLayout(boolean block, List<Integer> itemStarts, int dashColumn, int end) {

  /**
   * The layout of a catalog file.
   *
   * @param file the file's name, for problems
   * @param content its bytes
   * @return the layout; empty when the file does not compose or has no {@code errors} list
   */
  public static Optional<CatalogLayout> of(String file, byte[] content) {
    CatalogLoader.Composed c = CatalogLoader.compose(file, content, new Problems());
    if (c == null || !(c.root() instanceof MappingNode root)) {
      return Optional.empty();
    }
    SequenceNode errors = null;
    for (NodeTuple t : root.getValue()) {
      if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("errors")
          && t.getValueNode() instanceof SequenceNode s) {
        errors = s;
      }
    }
    if (errors == null) {
      return Optional.empty();
    }
    String[] lines = SourceText.decode(file, content, new Problems()).split("\n", -1);
    List<Integer> starts = new ArrayList<>();
    int dash = -1;
    for (Node item : errors.getValue()) {
      int line = item.getStartMark().getLine();
      starts.add(line);
      if (dash < 0) {
        int col = item.getStartMark().getColumn();
        dash = lines[line].lastIndexOf('-', Math.max(0, col - 1));
      }
    }
    boolean block = errors.getFlowStyle() == DumperOptions.FlowStyle.BLOCK && !starts.isEmpty()
        && dash >= 0;
    int end = errors.getEndMark().getLine();
    if (errors.getEndMark().getColumn() > 0 && end < lines.length) {
      end++; // the list ends inside a line (the file's last line without a line break)
    }
    end = Math.min(end, lines.length);
    int last = starts.isEmpty() ? 0 : starts.get(starts.size() - 1);
    while (end - 1 > last && isBlankOrComment(lines[end - 1])) {
      end--;
    }
    return Optional.of(new CatalogLayout(block, List.copyOf(starts), Math.max(dash, 0), end));
  }

  private static boolean isBlankOrComment(String line) {
    String t = line.strip();
    return t.isEmpty() || t.startsWith("#");
  }
}
