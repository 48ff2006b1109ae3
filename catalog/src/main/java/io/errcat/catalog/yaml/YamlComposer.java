package io.errcat.catalog.yaml;

import io.errcat.catalog.problem.ProblemId;
import io.errcat.catalog.problem.Problems;
import io.errcat.catalog.model.Position;
import java.util.HashSet;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Turns YAML text into SnakeYAML's node graph, never into objects. Every parser event is screened
 * on its way to the composer, and reported at its exact position: a second document, nesting
 * beyond {@link LoaderLimits#MAX_DEPTH}, more than {@link LoaderLimits#MAX_ALIASES} aliases and
 * more than {@link LoaderLimits#MAX_NODES} values stop composing; explicit tags (only {@code !!str} is allowed) are reported and then ignored,
 * since the node graph is read as plain text and never constructed. Syntax errors come from the
 * parser with their position.
 */
final class YamlComposer {
  private static final String STR_TAG = Tag.STR.getValue();

  private final String file;
  private final Problems problems;
  /** Start offsets of nodes that carried an explicit tag (already reported). */
  private final Set<Integer> taggedOffsets = new HashSet<>();

  YamlComposer(String file, Problems problems) {
    this.file = file;
    this.problems = problems;
  }

  /** Whether the node starting at {@code mark} carried an explicit tag. */
  boolean wasTagged(Mark mark) {
    return taggedOffsets.contains(mark.getIndex());
  }

  /** The document's root node, or null when the file cannot be composed (problems say why). */
  Node compose(String text) {
    StreamReader reader = new StreamReader(text);
    try {
      Composer composer = new Composer(new Screen(new ParserImpl(reader, options())),
          new Resolver(), options());
      Node root = composer.getSingleNode();
      if (root == null) {
        problems.add(ProblemId.EC011, new Position(file, 1, 1), "The file holds no YAML document");
      }
      return root;
    } catch (Stop e) {
      return null; // reported where it was found
    } catch (MarkedYAMLException e) {
      syntaxError(e);
    } catch (YAMLException e) {
      problems.add(ProblemId.EC001, new Position(file, 1, 1), sentence(e.getMessage()));
    } catch (NumberFormatException e) {
      // SnakeYAML's scanner lets a cut-off escape (a backslash-u at the end of the file) out as a
      // NumberFormatException: a syntax error where the reader stopped (found by fuzzing)
      problems.add(ProblemId.EC001, at(reader.getMark()),
          "An escape sequence in a double-quoted text is cut off or not hexadecimal");
    }
    return null;
  }

  /** Thrown by {@link Screen} to abandon composing after a fatal problem has been reported. */
  private static final class Stop extends RuntimeException {
    Stop() {
      super(null, null, false, false);
    }
  }

  /**
   * The parser as the composer sees it: every event passes the screen once, on its way from the
   * parser to the composer, so the file is parsed once and nothing beyond a limit is composed:
   * not past {@link LoaderLimits#MAX_NODES} values either, whatever keys they sit under.
   */
  private final class Screen implements Parser {
    private final Parser parser;
    private int depth;
    private int aliases;
    private int documents;
    private int nodes;

    Screen(Parser parser) {
      this.parser = parser;
    }

    @Override
    public boolean checkEvent(Event.ID choice) {
      return parser.checkEvent(choice);
    }

    @Override
    public Event peekEvent() {
      return parser.peekEvent();
    }

    @Override
    public Event getEvent() {
      Event e = parser.getEvent();
      if ((e instanceof ScalarEvent || e instanceof CollectionStartEvent
          || e instanceof AliasEvent) && ++nodes > LoaderLimits.MAX_NODES) {
        problems.add(ProblemId.EC050, at(e.getStartMark()), LoaderLimits.MAX_NODES);
        throw new Stop();
      }
      if (e instanceof DocumentStartEvent && ++documents > 1) {
        problems.add(ProblemId.EC011, at(e.getStartMark()),
            "The file holds more than one YAML document; a catalog is one document");
        throw new Stop();
      } else if (e instanceof AliasEvent && ++aliases > LoaderLimits.MAX_ALIASES) {
        problems.add(ProblemId.EC009, at(e.getStartMark()), LoaderLimits.MAX_ALIASES);
        throw new Stop();
      } else if (e instanceof CollectionStartEvent c) {
        if (++depth > LoaderLimits.MAX_DEPTH) {
          problems.add(ProblemId.EC008, at(e.getStartMark()), LoaderLimits.MAX_DEPTH);
          throw new Stop();
        }
        checkTag(c.getTag(), e.getStartMark());
      } else if (e instanceof CollectionEndEvent) {
        depth--;
      } else if (e instanceof ScalarEvent s) {
        checkTag(s.getTag(), e.getStartMark());
      }
      return e;
    }
  }

  private void checkTag(String tag, Mark mark) {
    if (tag != null && !tag.equals(STR_TAG)) {
      problems.add(ProblemId.EC007, at(mark), tag.startsWith("tag:yaml.org,2002:")
          ? "!!" + tag.substring("tag:yaml.org,2002:".length()) : tag);
      taggedOffsets.add(mark.getIndex());
    }
  }

  private void syntaxError(MarkedYAMLException e) {
    Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
    Position pos = mark != null ? at(mark) : new Position(file, 1, 1);
    String what = e.getProblem() != null ? e.getProblem() : e.getContext();
    problems.add(ProblemId.EC001, pos, sentence(what));
  }

  private Position at(Mark mark) {
    return new Position(file, mark.getLine() + 1, mark.getColumn() + 1);
  }

  /** SnakeYAML's text as part of one sentence: one line, no trailing period. */
  private static String sentence(String s) {
    String one = s == null ? "unknown error" : s.replaceAll("\\s+", " ").trim();
    return one.endsWith(".") ? one.substring(0, one.length() - 1) : one;
  }

  private static LoaderOptions options() {
    LoaderOptions o = new LoaderOptions();
    o.setMaxAliasesForCollections(LoaderLimits.MAX_ALIASES);
    o.setNestingDepthLimit(LoaderLimits.MAX_DEPTH + 1);
    o.setCodePointLimit(LoaderLimits.MAX_BYTES);
    o.setAllowRecursiveKeys(false);
    o.setMergeOnCompose(false);
    o.setProcessComments(false);
    // Nodes are never constructed into objects, so a tag cannot instantiate anything; tags were
    // reported by the event pass, and composing on lets every other problem be found too.
    o.setTagInspector(tag -> true);
    return o;
  }
}
