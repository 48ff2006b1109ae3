package io.errcat.catalog.check;

import io.errcat.catalog.model.Naming;
import io.errcat.catalog.problem.ProblemId;
import io.errcat.catalog.problem.Problems;
import io.errcat.catalog.model.Catalog;
import io.errcat.catalog.model.ErrorEntry;
import io.errcat.catalog.model.Param;
import io.errcat.catalog.model.Position;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules on message templates. A message with params is a {@link java.util.Formatter} template
 * restricted to {@code %s}, {@code %d} (integral params only) and {@code %%}; its specifiers and
 * params agree in count and order. A message without params is literal text, so a {@code %s} or
 * {@code %d} in it means params are missing.
 */
final class TemplateRules {
  private TemplateRules() {}

  /** java.util.Formatter's specifier syntax, to recognise what is not %s, %d or %%. */
  private static final Pattern SPECIFIER =
      // possessive quantifiers: "%" and a megabyte of zeros must not backtrack quadratically
      Pattern.compile("%(\\d++\\$)?([-#+ 0,(<]*+)?(\\d++)?(\\.\\d++)?([tT])?([a-zA-Z%])");

  static void check(Catalog c, Problems problems) {
    for (ErrorEntry e : c.errors()) {
      paramNames(e, problems);
      if (e.params().isEmpty()) {
        int count = e.message() == null ? 0 : literalSpecifiers(e.message());
        if (count > 0) {
          problems.add(ProblemId.EC025, e.at().of("message"), count, 0);
        }
      } else {
        template(e, problems);
      }
    }
  }

  private static void template(ErrorEntry e, Problems problems) {
    Position at = e.at().of("message");
    List<String> specs = new ArrayList<>();
    String m = e.message() == null ? "" : e.message();
    Matcher matcher = SPECIFIER.matcher(m);
    boolean unknown = false;
    for (int i = m.indexOf('%'); i >= 0; i = m.indexOf('%', i)) {
      if (matcher.region(i, m.length()).lookingAt()) {
        String spec = matcher.group();
        if (spec.equals("%s") || spec.equals("%d")) {
          specs.add(spec);
        } else if (!spec.equals("%%")) {
          problems.add(ProblemId.EC029, at, spec);
          unknown = true;
        }
        i = matcher.end();
      } else {
        problems.add(ProblemId.EC029, at, m.substring(i, Math.min(m.length(), i + 2)));
        unknown = true;
        i++;
      }
    }
    if (unknown) {
      // which params the unknown specifiers meant is anyone's guess: counting and pairing them
      // would only report follow-on noise (EC025, EC026) about the one mistake already named
      return;
    }
    if (specs.size() != e.params().size()) {
      problems.add(ProblemId.EC025, e.message() == null ? e.at().of("params") : at, specs.size(),
          e.params().size());
    }
    for (int i = 0; i < Math.min(specs.size(), e.params().size()); i++) {
      Param p = e.params().get(i);
      if (specs.get(i).equals("%d") && !p.type().integral()) {
        problems.add(ProblemId.EC026, p.at().of("type"), p.name(), p.type().yamlName(), "%d",
            "int or long");
      }
    }
  }

  /** The %s and %d in a message without params (%% is skipped as a unit). */
  private static int literalSpecifiers(String m) {
    int count = 0;
    for (int i = 0; i + 1 < m.length(); i++) {
      if (m.charAt(i) == '%') {
        char next = m.charAt(i + 1);
        if (next == 's' || next == 'd') {
          count++;
        }
        i++;
      }
    }
    return count;
  }

  /** Param names: valid Java identifiers, no reserved words, distinct within the entry. */
  private static void paramNames(ErrorEntry e, Problems problems) {
    Map<String, Position> seen = new HashMap<>();
    for (Param p : e.params()) {
      if (p.name().isEmpty()) {
        continue; // missing or empty: reported by the loader
      }
      Position at = p.at().of("name");
      if (!ProductRules.IDENTIFIER.matcher(p.name()).matches()) {
        problems.add(ProblemId.EC027, at, p.name());
      } else if (Naming.isKeyword(p.name())) {
        problems.add(ProblemId.EC031, at, p.name(), "parameter");
      }
      Position first = seen.putIfAbsent(p.name(), at);
      if (first != null) {
        problems.add(ProblemId.EC028, at, p.name(), first.line(), first.column());
      }
    }
  }
}
