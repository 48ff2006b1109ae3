package io.errcat.catalog.check;

import io.errcat.catalog.problem.ProblemId;
import io.errcat.catalog.problem.Problems;
import io.errcat.catalog.model.Catalog;
import io.errcat.catalog.model.Endpoint;
import io.errcat.catalog.model.ErrorEntry;
import io.errcat.catalog.model.Naming;
import io.errcat.catalog.model.Operation;
import io.errcat.catalog.model.Param;
import io.errcat.catalog.model.Position;
import io.errcat.catalog.model.Symbols;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Rules on the Java names generated code will use: every wire code, operation and region maps
 * to one constant, constants never collide, and the exception's static factories do not collide
 * with each other (EC033) or, as a warning, with the exception's own members (EC048). Names come from {@link Symbols} (and {@link Naming}), which
 * works on ASCII with {@link java.util.Locale#ROOT} semantics, so the result is the same under
 * every default locale (Turkish included).
 */
final class JavaNameRules {
  private JavaNameRules() {}

  /** Who first claimed a name: the catalog text and where it was written. */
  private record Claim(String owner, Position at) {}

  static void check(Catalog c, Problems problems) {
    Map<String, Claim> constants = new HashMap<>();
    Map<String, Claim> factories = new HashMap<>();
    Symbols symbols = Symbols.of(c);
    for (Symbols.Symbol s : symbols.all()) {
      ErrorEntry e = s.primary();
      if (e.code().isEmpty()) {
        continue;
      }
      Position at = e.at().of(e.name() != null ? "name" : "code");
      String constant = s.constant();
      if (!validName(constant, "constant", at, problems)) {
        continue;
      }
      if (!claim(constants, constant, e.code(), at, problems)) {
        continue; // the factories collide too; one problem is enough
      }
      String method = s.plainFactory();
      String types = types(e.params());
      if (Naming.EXCEPTION_MEMBERS.contains(method)) {
        problems.add(ProblemId.EC048, at, e.code(), method, method);
      } else {
        Claim first = factories.putIfAbsent(method, new Claim(e.code(), at));
        if (first != null) {
          problems.add(ProblemId.EC033, at, method, types, e.code(), first.owner(),
              first.at().line(), first.at().column());
        }
      }
    }
    Map<String, Claim> operations = new HashMap<>();
    for (Operation o : c.operations()) {
      if (!o.id().isEmpty()) { // a repeated id claims its own constant again: EC023, not EC032
        claim(operations, symbols.operationConstant(o.id()), o.id(), o.at().of("id"), problems);
      }
    }
    Map<String, Claim> regions = new HashMap<>();
    for (Endpoint r : c.endpoints()) {
      if (r.regionId() != null) {
        claim(regions, symbols.regionConstant(r.regionId()), r.regionId(), r.at().of("regionId"),
            problems);
      }
    }
  }

  /** EC030 or EC031 for a name that cannot be a Java identifier; true when it can. */
  private static boolean validName(String name, String kind, Position at, Problems problems) {
    if (!ProductRules.IDENTIFIER.matcher(name).matches()) {
      problems.add(ProblemId.EC030, at, name, kind);
      return false;
    }
    if (Naming.isKeyword(name)) {
      problems.add(ProblemId.EC031, at, name, kind);
      return false;
    }
    return true;
  }

  /** Claims {@code constant} for {@code owner}; false with EC032 if another owner has it. */
  private static boolean claim(Map<String, Claim> claims, String constant, String owner, Position at,
      Problems problems) {
    Claim first = claims.putIfAbsent(constant, new Claim(owner, at));
    if (first != null && !first.owner().equals(owner)) {
      problems.add(ProblemId.EC032, at, owner, constant, first.owner(), first.at().line(),
          first.at().column());
      return false;
    }
    return true;
  }

  private static String types(List<Param> params) {
    return params.stream().map(p -> p.type().yamlName()).collect(Collectors.joining(", "));
  }
}
