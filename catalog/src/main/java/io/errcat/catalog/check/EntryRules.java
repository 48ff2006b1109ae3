package io.errcat.catalog.check;

import io.errcat.catalog.problem.ProblemId;
import io.errcat.catalog.problem.Problems;
import io.errcat.catalog.problem.DidYouMean;
import io.errcat.catalog.model.Catalog;
import io.errcat.catalog.model.CodeType;
import io.errcat.catalog.model.Deprecation;
import io.errcat.catalog.model.ErrorEntry;
import io.errcat.catalog.model.Naming;
import io.errcat.catalog.model.Retired;
import io.errcat.catalog.model.Operation;
import io.errcat.catalog.model.Param;
import io.errcat.catalog.model.Position;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Rules on operations and error entries: statuses, operation references, and what the entries
 * of one wire code (its per-operation variants) must agree on.
 */
final class EntryRules {
  private EntryRules() {}

  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+");

  static void check(Catalog c, Problems problems) {
    status(c.defaultHttpStatus(), "defaultHttpStatus", c.at().of("defaultHttpStatus"), problems);
    List<String> declared = operations(c, problems);
    Set<String> declaredSet = new HashSet<>(declared);
    boolean numeric = c.wire() != null && c.wire().codeType() == CodeType.NUMBER;
    for (int index = 0; index < c.errors().size(); index++) {
      ErrorEntry e = c.errors().get(index);
      status(e.httpStatus(), "errors[" + index + "].httpStatus", e.at().of("httpStatus"), problems);
      for (int i = 0; i < e.operations().size(); i++) {
        String op = e.operations().get(i);
        if (!declaredSet.contains(op)) {
          problems.addWithHint(ProblemId.EC022, e.at().item("operations", i),
              DidYouMean.nearest(op, declared), op);
        }
      }
      if (e.code().isEmpty()) {
        continue; // missing code: reported by the loader
      }
      if (numeric && !DECIMAL.matcher(e.code()).matches()) {
        problems.add(ProblemId.EC040, e.at().of("code"), e.code());
      }
      if (!e.code().equals(e.code().strip())) {
        problems.add(ProblemId.EC042, e.at().of("code"), e.code());
      }
      boolean written = Stream.of("message", "description", "solution")
          .anyMatch(e.at().fields()::containsKey);
      if (!written && isBlank(e.message()) && isBlank(e.description()) && isBlank(e.solution())) {
        problems.add(ProblemId.EC045, e.at().self(), e.code());
      }
    }
    for (List<ErrorEntry> variants : c.entriesByCode().values()) {
      if (!variants.get(0).code().isEmpty()) {
        variants(variants, problems);
      }
    }
    replacements(c, problems);
    retired(c, numeric, problems);
  }

  private static void status(Integer status, String field, Position at, Problems problems) {
    if (status != null && (status < 100 || status > 599)) {
      problems.add(ProblemId.EC024, at, field, status);
    }
  }

  /** Declared operation ids in order; reports duplicates. */
  private static List<String> operations(Catalog c, Problems problems) {
    Map<String, Position> seen = new LinkedHashMap<>();
    for (Operation o : c.operations()) {
      if (o.id().isEmpty()) {
        continue;
      }
      Position at = o.at().of("id");
      Position first = seen.putIfAbsent(o.id(), at);
      if (first != null) {
        problems.add(ProblemId.EC023, at, o.id(), first.line(), first.column());
      }
    }
    return new ArrayList<>(seen.keySet());
  }

  /** The entries of one code: disjoint operations, one Java name, one parameter list. */
  private static void variants(List<ErrorEntry> variants, Problems problems) {
    Set<Integer> overlapping = overlaps(variants, problems);
    ErrorEntry first = variants.get(0);
    for (int j = 1; j < variants.size(); j++) {
      ErrorEntry later = variants.get(j);
      if (overlapping.contains(j)) {
        continue; // a duplicated entry (EC021): its names and params differing is the same mistake
      }
      if (!first.javaName().equals(later.javaName())) {
        Position at = first.at().of(first.name() != null ? "name" : "code");
        problems.add(ProblemId.EC041, later.at().of(later.name() != null ? "name" : "code"),
            later.code(), later.javaName(), first.javaName(), at.line(), at.column());
      }
      if (!deprecation(first).equals(deprecation(later))) {
        Position at = first.at().self();
        problems.add(ProblemId.EC055, later.deprecated() != null
                ? later.deprecated().at().self() : later.at().of("code"), later.code(),
            deprecation(later), at.line(), at.column(), deprecation(first));
      }
      if (!signature(first.params()).equals(signature(later.params()))) {
        Position at = first.at().of("params");
        problems.add(ProblemId.EC046, later.at().of("params"), later.code(),
            signature(later.params()), signature(first.params()), at.line(), at.column());
      }
    }
  }

  /**
   * EC056: no live entry takes a retired code back, in the same spelling, in one that decodes the
   * same (a numeric code with leading zeros), or under the retired code's Java name (its page's
   * anchor, kept forever).
   */
  private static void retired(Catalog c, boolean numeric, Problems problems) {
    if (c.retired().isEmpty()) {
      return;
    }
    Map<String, Retired> byCode = new HashMap<>();
    Map<String, Retired> byDecoded = new HashMap<>();
    Map<String, Retired> byName = new HashMap<>();
    for (Retired r : c.retired()) {
      byCode.putIfAbsent(r.code(), r);
      byDecoded.putIfAbsent(decoded(r.code(), numeric), r);
      byName.putIfAbsent(Naming.constantName(r.code()), r);
    }
    Set<String> reported = new HashSet<>();
    for (ErrorEntry e : c.errors()) {
      if (e.code().isEmpty() || !reported.add(e.code())) {
        continue; // a code's other entries repeat the same mistake
      }
      Retired r = byCode.get(e.code());
      String how = "is";
      if (r == null) {
        r = byDecoded.get(decoded(e.code(), numeric));
        how = "decodes the same as";
      }
      if (r == null) {
        r = byName.get(e.javaName());
        how = "takes the Java name (and reference anchor) of";
      }
      if (r != null) {
        Position at = r.at().of("code");
        problems.add(ProblemId.EC056, e.at().of("code"), e.code(), how, r.code(), at.line(),
            at.column());
      }
    }
  }

  /** What the decoder makes of a code: a numeric one without sign or leading zeros. */
  private static String decoded(String code, boolean numeric) {
    String s = code.strip();
    if (numeric && DECIMAL.matcher(s).matches()) {
      try {
        return new java.math.BigInteger(s).toString();
      } catch (NumberFormatException e) {
        return s;
      }
    }
    return s;
  }

  /** What an entry says about deprecation, as a sentence part: what EC055 compares. */
  private static String deprecation(ErrorEntry e) {
    Deprecation d = e.deprecated();
    if (d == null) {
      return "nothing";
    }
    return "deprecated since " + d.since() + ", replaced by " + d.replacedBy();
  }

  /** EC054: a replacement must be another code of the catalog. */
  private static void replacements(Catalog c, Problems problems) {
    Set<String> codes = c.entriesByCode().keySet();
    for (ErrorEntry e : c.errors()) {
      Deprecation d = e.deprecated();
      if (d == null || d.replacedBy() == null) {
        continue;
      }
      Position at = d.at().of("replacedBy");
      if (d.replacedBy().equals(e.code())) {
        problems.add(ProblemId.EC054, at, e.code(), d.replacedBy(), "is the code itself");
      } else if (!codes.contains(d.replacedBy())) {
        problems.addWithHint(ProblemId.EC054, at,
            DidYouMean.nearest(d.replacedBy(), List.copyOf(codes)), e.code(), d.replacedBy(),
            "is no code of this catalog");
      }
    }
  }

  /**
   * EC021 for each entry whose operations overlap an earlier entry's, naming the earliest such
   * entry; returns the indices reported. Linear in the number of operation references: a hostile catalog with thousands of
   * variants of one code must not cost a pairwise comparison.
   */
  private static Set<Integer> overlaps(List<ErrorEntry> variants, Problems problems) {
    Set<Integer> reported = new HashSet<>();
    int everyIndex = -1; // the first entry without operations, which covers every operation
    Map<String, Integer> claimed = new HashMap<>();
    for (int j = 0; j < variants.size(); j++) {
      ErrorEntry e = variants.get(j);
      int with = e.operations().isEmpty() && j > 0 ? 0 : everyIndex;
      for (String op : e.operations()) {
        Integer i = claimed.get(op);
        if (i != null && (with < 0 || i < with)) {
          with = i;
        }
      }
      if (with >= 0) {
        Integer earliest = with;
        String what = with == everyIndex || e.operations().isEmpty() ? "every operation"
            : "operation " + e.operations().stream().distinct()
                .filter(op -> earliest.equals(claimed.get(op)))
                .collect(Collectors.joining(", "));
        Position first = variants.get(with).at().of("code");
        problems.add(ProblemId.EC021, e.at().of("code"), e.code(), first.line(), first.column(),
            what);
        reported.add(j);
      }
      if (e.operations().isEmpty()) {
        everyIndex = everyIndex < 0 ? j : everyIndex;
      } else {
        for (String op : e.operations()) {
          claimed.putIfAbsent(op, j);
        }
      }
    }
    return reported;
  }

  private static String signature(List<Param> params) {
    return params.stream().map(Param::declaration).collect(Collectors.joining(", "));
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
