package io.errcat.catalog.diff;

import io.errcat.catalog.model.Catalog;
import io.errcat.catalog.model.ErrorEntry;
import io.errcat.catalog.model.Operation;
import io.errcat.catalog.model.Param;
import io.errcat.catalog.model.Positions;
import io.errcat.catalog.model.Symbols;
import io.errcat.catalog.model.Wire;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares a baseline catalog (what clients were built against) with the current one and sorts
 * every difference into breaking or compatible. Breaking: a removed catalog, code, operation or
 * per-operation variant; a changed HTTP status, message template, parameter list (names, types or
 * order), Java name or wire format; an operation's scope narrowed. Compatible: anything added and
 * changed prose (description, solution, notes, retry advice, sources).
 */
public final class CatalogDiff {
  private final Catalog baseline;
  private final Catalog current;
  private final Symbols baselineSymbols;
  private final Symbols currentSymbols;
  private final List<Change> changes = new ArrayList<>();

  private CatalogDiff(Catalog baseline, Catalog current) {
    this.baseline = baseline;
    this.current = current;
    this.baselineSymbols = Symbols.of(baseline);
    this.currentSymbols = Symbols.of(current);
  }

  /** The changes from {@code baseline} to {@code current}, two versions of one product's catalog. */
  public static DiffResult compare(Catalog baseline, Catalog current) {
    CatalogDiff diff = new CatalogDiff(baseline, current);
    diff.run();
    return new DiffResult(diff.changes);
  }

  /**
   * The changes between two sets of catalogs, matched by product id: a catalog only in the
   * baseline is a breaking change, one only in the current set a compatible one.
   */
  public static DiffResult compareAll(List<Catalog> baseline, List<Catalog> current) {
    Map<String, Catalog> before = byId(baseline);
    Map<String, Catalog> after = byId(current);
    List<Change> all = new ArrayList<>();
    before.forEach((id, old) -> {
      Catalog now = after.get(id);
      if (now == null) {
        all.add(new Change(Compatibility.BREAKING, "catalog '" + id + "' was removed",
            old.at().self(), null, new Change.Target(id, "catalog", id, "removed")));
      } else {
        all.addAll(compare(old, now).changes());
      }
    });
    after.forEach((id, now) -> {
      if (!before.containsKey(id)) {
        all.add(new Change(Compatibility.COMPATIBLE, "catalog '" + id + "' was added", null,
            now.at().self()));
      }
    });
    return new DiffResult(all);
  }

  private static Map<String, Catalog> byId(List<Catalog> catalogs) {
    return catalogs.stream().collect(Collectors.toMap(c -> c.product().id(), Function.identity(),
        (a, b) -> a, TreeMap::new));
  }

  private void run() {
    String id = baseline.product().id();
    javaNames(id);
    wire(id);
    operations();
    codes();
  }

  private void javaNames(String id) {
    Positions was = baseline.product().at();
    Positions now = current.product().at();
    if (!baseline.product().javaPackage().equals(current.product().javaPackage())) {
      breaking("catalog '" + id + "' changed its Java package from '"
          + baseline.product().javaPackage() + "' to '" + current.product().javaPackage() + "'",
          was, now, "java", target("catalog", id, "javaPackage"));
    }
    if (!baseline.product().javaPrefix().equals(current.product().javaPrefix())) {
      breaking("catalog '" + id + "' changed its Java type prefix from '"
          + baseline.product().javaPrefix() + "' to '" + current.product().javaPrefix() + "'",
          was, now, "java", target("catalog", id, "javaPrefix"));
    }
  }

  private void wire(String id) {
    Wire was = baseline.wire();
    Wire now = current.wire();
    if (was == null && now == null) return;
    if (now == null) {
      changes.add(new Change(Compatibility.BREAKING,
          "catalog '" + id + "' no longer says how its errors travel over HTTP (wire removed)",
          was.at().self(), current.at().self(), target("catalog", id, "wire")));
      return;
    }
    if (was == null) {
      changes.add(new Change(Compatibility.COMPATIBLE,
          "catalog '" + id + "' now says how its errors travel over HTTP (wire added)",
          baseline.at().self(), now.at().self()));
      return;
    }
    wireField("codeField", was.codeField(), now.codeField(), was, now);
    wireField("codeType", was.codeType(), now.codeType(), was, now);
    wireField("messageField", was.messageField(), now.messageField(), was, now);
    wireField("requestIdField", was.requestIdField(), now.requestIdField(), was, now);
    wireField("requestIdHeader", was.requestIdHeader(), now.requestIdHeader(), was, now);
    wireField("codeHeader", was.codeHeader(), now.codeHeader(), was, now);
    wireField("extraFields", was.extraFields(), now.extraFields(), was, now);
    wireField("mediaType", was.mediaType(), now.mediaType(), was, now);
    aliases("codeAliases", was.codeAliases(), now.codeAliases(), was, now);
    aliases("messageAliases", was.messageAliases(), now.messageAliases(), was, now);
    aliases("requestIdAliases", was.requestIdAliases(), now.requestIdAliases(), was, now);
    Wire.Xml wasXml = was.xml();
    Wire.Xml nowXml = now.xml();
    if (wasXml != null && nowXml == null) {
      breaking("wire xml removed: answers in XML are no longer possible", was.at(), now.at(),
          "xml", target("wire", "xml", "changed"));
    } else if (wasXml == null && nowXml != null) {
      compatible("wire xml added: errors can also travel as XML", was.at(), now.at(), "xml");
    } else if (wasXml != null) {
      wireField("xml.root", wasXml.root(), nowXml.root(), was, now);
      wireField("xml.mediaType", wasXml.mediaType(), nowXml.mediaType(), was, now);
    }
    if (was.mintRequestId() != now.mintRequestId()) {
      compatible("wire mintRequestId changed from " + show(was.mintRequestId()) + " to "
          + show(now.mintRequestId()), was.at(), now.at(), "mintRequestId");
    }
  }

  /** An alias no longer read breaks clients that sent it; a new alias only reads more. */
  private void aliases(String field, List<String> was, List<String> now, Wire w, Wire n) {
    for (String a : was) {
      if (now.stream().noneMatch(a::equalsIgnoreCase)) {
        breaking("wire " + field + " no longer reads '" + a + "'", w.at(), n.at(), field,
            target("wire", field, "changed"));
      }
    }
    for (String a : now) {
      if (was.stream().noneMatch(a::equalsIgnoreCase)) {
        compatible("wire " + field + " now also reads '" + a + "'", w.at(), n.at(), field);
      }
    }
  }

  private void wireField(String field, Object was, Object now, Wire w, Wire n) {
    if (!Objects.equals(was, now)) {
      breaking("wire " + field + " changed from " + show(was) + " to " + show(now), w.at(), n.at(),
          field, target("wire", field, "changed"));
    }
  }

  private void operations() {
    Map<String, Operation> after = new LinkedHashMap<>();
    current.operations().forEach(o -> after.put(o.id(), o));
    for (Operation old : baseline.operations()) {
      Operation now = after.remove(old.id());
      if (now == null) {
        changes.add(new Change(Compatibility.BREAKING, "operation '" + old.id() + "' was removed",
            old.at().self(), null, target("operation", old.id(), "removed")));
        continue;
      }
      if (!Objects.equals(old.action(), now.action())) {
        breaking("operation '" + old.id() + "' changed its wire action from " + show(old.action())
            + " to " + show(now.action()), old.at(), now.at(), "action",
            target("operation", old.id(), "action"));
      }
      if (!Objects.equals(old.command(), now.command())) {
        compatible("operation '" + old.id() + "' changed its command from " + show(old.command())
            + " to " + show(now.command()), old.at(), now.at(), "command");
      }
      if (!Objects.equals(old.description(), now.description())) {
        compatible("operation '" + old.id() + "' changed its description", old.at(), now.at(),
            "description");
      }
    }
    after.values().forEach(now -> changes.add(new Change(Compatibility.COMPATIBLE,
        "operation '" + now.id() + "' was added", null, now.at().self())));
  }

  private void codes() {
    Map<String, List<ErrorEntry>> after = new LinkedHashMap<>(current.entriesByCode());
    baseline.entriesByCode().forEach((code, oldVariants) -> {
      List<ErrorEntry> newVariants = after.remove(code);
      if (newVariants == null) {
        ErrorEntry first = oldVariants.get(0);
        // removing a code is compatible only when it moves to `retired`: it is then never reused,
        // and the generated decoder still recognises it
        var retired = current.retired().stream().filter(r -> r.code().equals(code)).findFirst();
        if (retired.isPresent()) {
          changes.add(new Change(Compatibility.COMPATIBLE, "code '" + code + "' was retired"
              + (retired.get().since() == null ? "" : " (since " + retired.get().since() + ")"),
              first.at().of("code"), retired.get().at().of("code")));
        } else {
          changes.add(new Change(Compatibility.BREAKING, "code '" + code + "' was removed"
              + " (moving it to retired would keep it from being reused)",
              first.at().of("code"), null, target("code", code, "removed")));
        }
      } else {
        code(code, oldVariants, newVariants);
      }
    });
    after.forEach((code, variants) -> changes.add(new Change(Compatibility.COMPATIBLE,
        "code '" + code + "' was added", null, variants.get(0).at().of("code"))));
  }

  private void code(String code, List<ErrorEntry> was, List<ErrorEntry> now) {
    ErrorEntry firstWas = was.get(0);
    ErrorEntry firstNow = now.get(0);
    String constantWas = baselineSymbols.of(code).constant();
    String constantNow = currentSymbols.of(code).constant();
    if (!constantWas.equals(constantNow)) {
      breaking("code '" + code + "' changed its Java name from '" + constantWas + "' to '"
          + constantNow + "'", firstWas.at(), firstNow.at(), "name",
          target("code", code, "javaName"));
    }
    if (was.size() == 1 && now.size() == 1) {
      scope(code, firstWas, firstNow);
      variant(code, "", firstWas, firstNow);
      return;
    }
    // Several per-operation variants: pair them by the operations they apply to.
    Map<String, ErrorEntry> after = new LinkedHashMap<>();
    now.forEach(e -> after.put(scopeKey(e), e));
    for (ErrorEntry old : was) {
      String key = scopeKey(old);
      ErrorEntry match = after.remove(key);
      if (match == null) {
        changes.add(new Change(Compatibility.BREAKING, "code '" + code + "' no longer has its variant"
            + " for " + key, old.at().of("operations"), firstNow.at().of("code"),
            target("code", code, "variant")));
      } else {
        variant(code, " for " + key, old, match);
      }
    }
    after.forEach((key, e) -> changes.add(new Change(Compatibility.COMPATIBLE,
        "code '" + code + "' has a new variant for " + key, firstWas.at().of("code"),
        e.at().of("operations"))));
  }

  private static String scopeKey(ErrorEntry e) {
    return e.operations().isEmpty()
        ? "every operation"
        : "operations " + e.operations().stream().sorted().toList();
  }

  /** A single entry whose operations changed: narrowing breaks callers of the dropped ones. */
  private void scope(String code, ErrorEntry was, ErrorEntry now) {
    if (was.operations().equals(now.operations())) return;
    boolean narrowed = !now.operations().isEmpty()
        && (was.operations().isEmpty() || !now.operations().containsAll(was.operations()));
    String sentence = "code '" + code + "' changed its operations from " + scopeKey(was) + " to "
        + scopeKey(now);
    if (narrowed) {
      breaking(sentence, was.at(), now.at(), "operations", target("code", code, "operations"));
    } else {
      compatible(sentence, was.at(), now.at(), "operations");
    }
  }

  private void variant(String code, String scope, ErrorEntry was, ErrorEntry now) {
    String subject = "code '" + code + "'" + scope;
    Integer statusWas = baseline.statusOf(was).orElse(null);
    Integer statusNow = current.statusOf(now).orElse(null);
    if (!Objects.equals(statusWas, statusNow)) {
      breaking(subject + " changed its HTTP status from " + show(statusWas) + " to "
          + show(statusNow), was.at(), now.at(), "httpStatus", target("code", code, "status"));
    }
    if (!Objects.equals(was.message(), now.message())) {
      breaking(subject + " changed its message from " + show(was.message()) + " to "
          + show(now.message()), was.at(), now.at(), "message", target("code", code, "message"));
    }
    params(code, subject, was, now);
    if (!Objects.equals(was.description(), now.description())) {
      compatible(subject + " changed its description", was.at(), now.at(), "description");
    }
    if (!Objects.equals(was.solution(), now.solution())) {
      compatible(subject + " changed its solution", was.at(), now.at(), "solution");
    }
    if (!Objects.equals(was.notes(), now.notes())) {
      compatible(subject + " changed its notes", was.at(), now.at(), "notes");
    }
    if (!Objects.equals(retryText(was), retryText(now))) {
      compatible(subject + " changed its retry advice from " + retryText(was) + " to "
          + retryText(now), was.at(), now.at(), "retry");
    }
    if (!Objects.equals(was.source(), now.source())) {
      compatible(subject + " changed its source from " + show(was.source()) + " to "
          + show(now.source()), was.at(), now.at(), "source");
    }
    deprecation(subject, was, now);
  }

  /**
   * Deprecating a code is compatible: it is still returned and decoded, and callers are told
   * where to move (so are the other ways round: an undeprecation, a changed replacement).
   */
  private void deprecation(String subject, ErrorEntry was, ErrorEntry now) {
    String before = deprecationText(was.deprecated());
    String after = deprecationText(now.deprecated());
    if (before.equals(after)) {
      return;
    }
    String sentence = was.deprecated() == null ? subject + " was deprecated (" + after + ")"
        : now.deprecated() == null ? subject + " is no longer deprecated"
        : subject + " changed its deprecation from " + before + " to " + after;
    compatible(sentence, was.at(), now.at(), "deprecated");
  }

  private static String deprecationText(io.errcat.catalog.model.Deprecation d) {
    if (d == null) {
      return "none";
    }
    return "since " + show(d.since()) + ", replaced by " + show(d.replacedBy());
  }

  private void params(String code, String subject, ErrorEntry was, ErrorEntry now) {
    List<String> before = signature(was.params());
    List<String> after = signature(now.params());
    if (before.equals(after)) return;
    boolean reordered = before.size() == after.size()
        && before.stream().sorted().toList().equals(after.stream().sorted().toList());
    breaking(subject + (reordered ? " reordered its parameters from (" : " changed its parameters from (")
        + String.join(", ", before) + ") to (" + String.join(", ", after) + ")", was.at(), now.at(),
        "params", target("code", code, "params"));
  }

  private static List<String> signature(List<Param> params) {
    return params.stream().map(Param::declaration).toList();
  }

  private static String retryText(ErrorEntry e) {
    if (e.retry() == null) return "none";
    return e.retry().retryable()
        ? "retryable" + (e.retry().after() == null ? "" : " after " + e.retry().after())
        : "not retryable";
  }

  private static String show(Object value) {
    if (value == null) return "none";
    return value instanceof String s ? "'" + s + "'" : String.valueOf(value);
  }

  private void breaking(String sentence, Positions was, Positions now, String field,
      Change.Target target) {
    changes.add(new Change(Compatibility.BREAKING, sentence, was.of(field), now.of(field), target));
  }

  /** What a breaking change is about, in this catalog. */
  private Change.Target target(String subject, String name, String change) {
    return new Change.Target(baseline.product().id(), subject, name, change);
  }

  private void compatible(String sentence, Positions was, Positions now, String field) {
    changes.add(new Change(Compatibility.COMPATIBLE, sentence, was.of(field), now.of(field)));
  }
}
