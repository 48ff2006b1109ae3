package io.errcat.catalog.check;

import io.errcat.catalog.model.Naming;
import io.errcat.catalog.problem.ProblemId;
import io.errcat.catalog.problem.Problems;
import io.errcat.catalog.model.Catalog;
import io.errcat.catalog.model.Endpoint;
import io.errcat.catalog.model.JavaSection;
import io.errcat.catalog.model.Position;
import io.errcat.catalog.model.Product;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Rules on the catalog's header: product id and file name, Java settings, wire, endpoints. */
final class ProductRules {
  private ProductRules() {}

  static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
  private static final Pattern PREFIX = Pattern.compile("[A-Z][A-Za-z0-9]*");

  static void check(Catalog c, Problems problems) {
    product(c.product(), problems);
    if (c.wire() != null) {
      WireRules.check(c.wire(), problems);
    }
    endpoints(c, problems);
  }

  private static void product(Product p, Problems problems) {
    String id = p.id();
    if (id != null) {
      Position at = p.at().of("id");
      if (!Product.ID.matcher(id).matches()) {
        problems.add(ProblemId.EC019, at, id);
      }
      String expected = fileStem(at.file());
      if (expected != null && !expected.equals(id)) {
        problems.add(ProblemId.EC020, at, id, expected);
      }
    }
    JavaSection java = p.java();
    if (java != null) {
      String pkg = java.packageName();
      if (pkg != null && !isPackageName(pkg)) {
        problems.add(ProblemId.EC034, java.at().of("package"), pkg);
      }
      String prefix = java.prefix();
      if (prefix != null && !PREFIX.matcher(prefix).matches()) {
        problems.add(ProblemId.EC035, java.at().of("prefix"), prefix);
      }
    }
  }

  /** The file's name without {@code .yaml}/{@code .yml} and directories; null for other names. */
  static String fileStem(String file) {
    String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
    if (name.endsWith(".yaml")) {
      return name.substring(0, name.length() - 5);
    }
    return name.endsWith(".yml") ? name.substring(0, name.length() - 4) : null;
  }

  private static boolean isPackageName(String pkg) {
    for (String segment : pkg.split("\\.", -1)) {
      if (!IDENTIFIER.matcher(segment).matches() || Naming.isKeyword(segment)) {
        return false;
      }
    }
    return true;
  }

  private static void endpoints(Catalog c, Problems problems) {
    Map<String, Position> regions = new HashMap<>();
    for (Endpoint e : c.endpoints()) {
      if (e.regionId() != null) {
        Position at = e.at().of("regionId");
        Position first = regions.putIfAbsent(e.regionId(), at);
        if (first != null) {
          problems.add(ProblemId.EC039, at, e.regionId(), first.line(), first.column());
        }
      }
      host(e.publicEndpoint(), "publicEndpoint", e, problems);
      host(e.internalEndpoint(), "internalEndpoint", e, problems);
    }
  }

  private static void host(String host, String field, Endpoint e, Problems problems) {
    if (host != null && !isHostName(host)) {
      problems.add(ProblemId.EC038, e.at().of(field), field, host);
    }
  }

  /**
   * A DNS host name (RFC 1123): dot-separated labels of letters, digits and inner hyphens, each
   * 1 to 63 characters, 253 in all. A loop, not a regular expression: a backtracking regex
   * overflowed the stack on a long dotted name.
   */
  static boolean isHostName(String host) {
    if (host.isEmpty() || host.length() > 253) {
      return false;
    }
    int label = 0;
    for (int i = 0; i < host.length(); i++) {
      char c = host.charAt(i);
      if (c == '.') {
        if (label == 0 || host.charAt(i - 1) == '-') {
          return false;
        }
        label = 0;
      } else if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || c == '-' && label > 0) {
        if (++label > 63) {
          return false;
        }
      } else {
        return false;
      }
    }
    return label > 0 && host.charAt(host.length() - 1) != '-';
  }
}
