package io.errcat.catalog.check;

import io.errcat.catalog.model.Catalog;
import io.errcat.catalog.model.ErrorEntry;
import io.errcat.catalog.model.Param;
import io.errcat.catalog.model.Position;
import io.errcat.catalog.model.Translation;
import io.errcat.catalog.problem.ProblemId;
import io.errcat.catalog.problem.Problems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules on languages: every tag (the catalog's {@code language}, its {@code locales}, each
 * translation's) is well-formed BCP 47 and names one language once; a translated message uses
 * the entry's params as its message does — each param, with a specifier its type allows, in
 * order or by position ({@code %2$s}); when the catalog declares its locales, every entry with a
 * message has it in each of them.
 */
final class TranslationRules {
  private TranslationRules() {}

  /** Longer than any real tag (RFC 5646 asks for 35 characters at least): hostile, not a tag. */
  private static final int MAX_TAG = 64;
  /** What a translation may use: {@code %s}, {@code %d}, their positional forms, {@code %%}. */
  private static final Pattern SPECIFIER =
      Pattern.compile("%(?:([1-9][0-9]{0,2}+)\\$)?+([sd%])");

  /** How much of what follows a stray {@code %} a message shows: the specifier as Formatter reads it. */
  private static final Pattern BAD = Pattern.compile("%[-#+ 0,(<0-9.$]{0,8}+[a-zA-Z%]?");

  static void check(Catalog c, Problems problems) {
    String language = c.languageTag();
    if (c.language() != null) {
      tag(c.language(), "The catalog's language", c.at().of("language"), problems);
    }
    Map<String, Position> declared = new HashMap<>();
    for (int i = 0; i < c.locales().size(); i++) {
      String l = c.locales().get(i);
      Position at = c.at().item("locales", i);
      if (!tag(l, "A locale", at, problems)) {
        continue;
      }
      String key = l.toLowerCase(Locale.ROOT);
      Position first = declared.putIfAbsent(key, at);
      if (key.equals(language.toLowerCase(Locale.ROOT))) {
        problems.add(ProblemId.EC062, at, l, "is the catalog's own language, whose texts are the"
            + " entries' own: list only the other languages");
      } else if (first != null) {
        problems.add(ProblemId.EC062, at, l, "is listed twice (first at line " + first.line()
            + ", column " + first.column() + ")");
      }
    }
    TreeSet<String> valid = new TreeSet<>();
    for (String l : c.locales()) {
      if (declared.containsKey(l.toLowerCase(Locale.ROOT)) && !l.equalsIgnoreCase(language)) {
        valid.add(l);
      }
    }
    String declaredList = valid.isEmpty() ? "none" : String.join(", ", valid);
    // an undeclared language is reported where it is first used, not once per entry
    java.util.Set<String> undeclaredSeen = new java.util.HashSet<>();
    for (ErrorEntry e : c.errors()) {
      Map<String, String> seen = new HashMap<>();
      for (Translation t : e.translations()) {
        if (!tag(t.tag(), "The language", t.at().self(), problems)) {
          continue;
        }
        String key = t.tag().toLowerCase(Locale.ROOT);
        String other = seen.putIfAbsent(key, t.tag());
        if (key.equals(language.toLowerCase(Locale.ROOT))) {
          problems.add(ProblemId.EC062, t.at().self(), t.tag(), "is the catalog's own language:"
              + " the entry's message, description and solution are already in it");
        } else if (other != null) {
          problems.add(ProblemId.EC062, t.at().self(), t.tag(), "spells the same language as '"
              + other + "' in this entry (tags ignore case)");
        } else if (!c.locales().isEmpty() && !declared.containsKey(key)
            && undeclaredSeen.add(key)) {
          problems.add(ProblemId.EC061, t.at().self(), t.tag(), declaredList);
        }
        if (t.message() != null) {
          placeholders(e, t, problems);
        }
      }
      if (e.message() != null) {
        for (String l : valid) {
          if (e.translation(l).map(Translation::message).isEmpty()) {
            problems.add(ProblemId.EC060, e.at().of("message"), e.code(), l);
          }
        }
      }
    }
  }

  /** Whether {@code tag} is well-formed BCP 47; EC058 at {@code at} when not. */
  private static boolean tag(String tag, String what, Position at, Problems problems) {
    String why = null;
    if (tag.length() > MAX_TAG) {
      why = "longer than " + MAX_TAG + " characters";
    } else if (tag.indexOf('_') >= 0) {
      why = "BCP 47 separates its parts with '-', Java's Locale.toString() with '_'";
    } else {
      try {
        new Locale.Builder().setLanguageTag(tag);
      } catch (IllformedLocaleException ex) {
        why = ex.getMessage() == null ? "ill-formed" : firstSentence(ex.getMessage());
      }
    }
    if (why == null) {
      return true;
    }
    String shown = tag.length() > MAX_TAG ? tag.substring(0, MAX_TAG) + "..." : tag;
    String hint = tag.indexOf('_') >= 0 && tag.length() <= MAX_TAG ? tag.replace('_', '-') : null;
    problems.addWithHint(ProblemId.EC058, at, hint, what, shown, why);
    return false;
  }

  private static String firstSentence(String m) {
    int cut = m.indexOf(" [at index");
    return (cut > 0 ? m.substring(0, cut) : m).replace("Ill-formed", "ill-formed");
  }

  /**
   * The translation's specifiers against the entry's params: each param used, each with a
   * specifier its type allows, in order or all by position; nothing else but {@code %%}.
   */
  private static void placeholders(ErrorEntry e, Translation t, Problems problems) {
    Position at = t.at().of("message");
    String m = t.message();
    List<Param> params = e.params();
    if (params.isEmpty()) {
      // literal text, as the entry's own message: a specifier means params are missing
      int count = 0;
      Matcher s = SPECIFIER.matcher(m);
      while (s.find()) {
        if (!s.group(2).equals("%")) {
          count++;
        }
      }
      if (count > 0) {
        problems.add(ProblemId.EC059, at, t.tag(), e.code(), "has " + count
            + " specifier" + (count == 1 ? "" : "s") + " but the entry has no params");
      }
      return;
    }
    List<Integer> order = new ArrayList<>();
    List<Character> kinds = new ArrayList<>();
    boolean positional = false;
    boolean ordinal = false;
    Matcher s = SPECIFIER.matcher(m);
    for (int i = m.indexOf('%'); i >= 0; i = m.indexOf('%', i)) {
      if (!s.region(i, m.length()).lookingAt()) {
        Matcher b = BAD.matcher(m).region(i, m.length());
        String bad = b.lookingAt() ? b.group() : "%";
        problems.add(ProblemId.EC059, at, t.tag(), e.code(), "uses '" + bad + "', which a"
            + " translation may not: only %s, %d, their positional forms (%1$s, %2$d) and %%");
        return;
      }
      i = s.end();
      char kind = s.group(2).charAt(0);
      if (kind == '%') {
        continue;
      }
      if (s.group(1) != null) {
        positional = true;
        order.add(Integer.parseInt(s.group(1)));
      } else {
        ordinal = true;
        order.add(order.size() + 1);
      }
      kinds.add(kind);
    }
    if (positional && ordinal) {
      problems.add(ProblemId.EC059, at, t.tag(), e.code(), "mixes positional specifiers (%1$s)"
          + " with ordinary ones (%s): number them all");
      return;
    }
    if (ordinal && order.size() != params.size()) {
      problems.add(ProblemId.EC059, at, t.tag(), e.code(), "has " + order.size() + " specifier"
          + (order.size() == 1 ? "" : "s") + " for " + params.size() + " param"
          + (params.size() == 1 ? "" : "s") + " (" + names(params) + ")");
      return;
    }
    boolean[] used = new boolean[params.size()];
    for (int k = 0; k < order.size(); k++) {
      int index = order.get(k);
      if (index > params.size()) {
        problems.add(ProblemId.EC059, at, t.tag(), e.code(), "names param " + index + " but the"
            + " entry has " + params.size() + " (" + names(params) + ")");
        return;
      }
      Param p = params.get(index - 1);
      used[index - 1] = true;
      if (kinds.get(k) == 'd' && !p.type().integral()) {
        problems.add(ProblemId.EC059, at, t.tag(), e.code(), "formats param " + index + " ('"
            + p.name() + "', " + p.type().yamlName() + ") with %d, which takes int or long only");
        return;
      }
    }
    List<String> missing = new ArrayList<>();
    for (int k = 0; k < used.length; k++) {
      if (!used[k]) {
        missing.add((k + 1) + " ('" + params.get(k).name() + "')");
      }
    }
    if (!missing.isEmpty()) {
      problems.add(ProblemId.EC059, at, t.tag(), e.code(), "leaves out param"
          + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing)
          + ": every param of the message is in each translation");
    }
  }

  private static String names(List<Param> params) {
    StringBuilder b = new StringBuilder();
    for (Param p : params) {
      b.append(b.length() == 0 ? "" : ", ").append(p.name());
    }
    return b.toString();
  }
}
