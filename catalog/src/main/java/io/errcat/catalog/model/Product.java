package io.errcat.catalog.model;

import java.util.List;
import java.util.regex.Pattern;

/** The {@code product} section: who the catalog describes. */
public record Product(
    String id, String name, String vendor, JavaSection java, List<Source> sources, Positions at) {

  /** What a product id may be: it names files, resources and pages, so lower-case ASCII only. */
  public static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");

  public Product {
    sources = List.copyOf(sources);
  }

  /** The Java package of generated code: explicit, or derived from the id. */
  public String javaPackage() {
    return java != null && java.packageName() != null ? java.packageName() : Naming.packageName(id);
  }

  /** The prefix of generated type names: explicit, or derived from the id. */
  public String javaPrefix() {
    return java != null && java.prefix() != null ? java.prefix() : Naming.typePrefix(id);
  }
}
