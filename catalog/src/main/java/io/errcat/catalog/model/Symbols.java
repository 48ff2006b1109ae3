package io.errcat.catalog.model;

import io.errcat.runtime.ReferenceUrls;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The one table of names of a catalog: for each wire code (in order of first appearance) its Java
 * constant, its typed factory, the anchor of its card in the HTML reference, and from these its
 * page URL and RFC 9457 problem {@code type}. The Java emitter, the docs emitter, the checker's
 * name rules, the diff and the annotation processor read names from here; none derives one. In
 * the manner of Smithy's {@code SymbolProvider}, names are decided in one place, and allocated
 * collision-free in the manner of JavaPoet's {@code NameAllocator}: a factory that would take a
 * member of the generated exception gets a trailing underscore, and an anchor that would equal an
 * element id of the page itself (or an earlier anchor) gets a number.
 */
public final class Symbols {
  /** Element ids of a catalog page itself ({@link PageId}): no anchor takes one. */
  public static final Set<String> PAGE_IDS = java.util.Arrays.stream(PageId.values())
      .map(PageId::id).collect(java.util.stream.Collectors.toUnmodifiableSet());

  /**
   * One wire code's names.
   *
   * @param code the wire code
   * @param constant the Java constant (the entry's {@code name}, else derived from the code)
   * @param factory the typed factory of the generated exception
   * @param anchor the element id of the code's card, which its URL and problem type name
   * @param variants the code's entries (per-operation variants) in file order
   */
  public record Symbol(String code, String constant, String factory, String anchor,
      List<ErrorEntry> variants) {
    public Symbol {
      variants = List.copyOf(variants);
    }

    /** The first entry of the code, whose names all its variants share. */
    public ErrorEntry primary() {
      return variants.get(0);
    }

    /** {@code methodName(constant)}: the factory's name before any escaping. */
    public String plainFactory() {
      return Naming.methodName(constant);
    }
  }

  private final String catalogId;
  private final List<Operation> operations;
  private final List<Symbol> symbols;
  private final Map<String, Symbol> byCode;

  private Symbols(String catalogId, List<Operation> operations, List<Symbol> symbols) {
    this.catalogId = catalogId;
    this.operations = List.copyOf(operations);
    this.symbols = List.copyOf(symbols);
    Map<String, Symbol> m = new LinkedHashMap<>();
    for (Symbol s : symbols) {
      m.put(s.code(), s);
    }
    this.byCode = Collections.unmodifiableMap(m);
  }

  /** Decides every name of {@code catalog}. */
  public static Symbols of(Catalog catalog) {
    List<Symbol> out = new ArrayList<>();
    Set<String> factories = new HashSet<>(Naming.EXCEPTION_MEMBERS);
    Set<String> anchors = new HashSet<>(PAGE_IDS);
    for (Map.Entry<String, List<ErrorEntry>> e : catalog.entriesByCode().entrySet()) {
      String constant = e.getValue().get(0).javaName();
      String factory = Naming.methodName(constant);
      while (!factories.add(factory)) {
        factory = factory + "_";
      }
      String anchor = constant;
      for (int k = 2; !anchors.add(anchor); k++) {
        anchor = constant + "_" + k;
      }
      out.add(new Symbol(e.getKey(), constant, factory, anchor, e.getValue()));
    }
    return new Symbols(catalog.product().id(), catalog.operations(), out);
  }

  /** Every code's names, in order of first appearance. */
  public List<Symbol> all() {
    return symbols;
  }

  /** The names of one wire code, or null when the catalog lacks it. */
  public Symbol of(String code) {
    return byCode.get(code);
  }

  /** The Java constant of an operation: {@code LoadFpgaImage} → {@code LOAD_FPGA_IMAGE}. */
  public String operationConstant(String operationId) {
    return Naming.constantName(operationId);
  }

  /** The Java constant of a region: {@code cn-hangzhou} → {@code CN_HANGZHOU}. */
  public String regionConstant(String regionId) {
    return Naming.constantName(regionId);
  }

  /**
   * The element id of an operation's box in the reference: {@code op-<id>}. The hyphen keeps it
   * apart from every card anchor, which is a Java identifier.
   */
  public static String operationAnchor(String operationId) {
    return "op-" + operationId;
  }

  /** How an interface method names an operation: {@code LoadFpgaImage} → {@code loadFpgaImage}. */
  public static String operationMethod(String name) {
    return Naming.operationMethodName(name);
  }

  /**
   * The operation an interface method stands for, by its name: the operation whose id, else
   * whose RPC action, else whose CLI command gives that method name ({@link #operationMethod}); a
   * name that several operations share at one level (FaaS's {@code delete_image}) matches none
   * of them there.
   *
   * @return the operation, or empty when none matches
   */
  public Optional<Operation> operationForMethod(String methodName) {
    List<Function<Operation, String>> levels =
        List.of(Operation::id, Operation::action, Operation::command);
    for (Function<Operation, String> naming : levels) {
      List<Operation> matches = operations.stream()
          .filter(op -> naming.apply(op) != null
              && operationMethod(naming.apply(op)).equals(methodName))
          .toList();
      if (matches.size() == 1) {
        return Optional.of(matches.get(0));
      }
    }
    return Optional.empty();
  }

  /** Each operation's method name (from its id) to the operation id, for did-you-mean. */
  public Map<String, String> operationsByMethod() {
    Map<String, String> m = new LinkedHashMap<>();
    for (Operation op : operations) {
      m.putIfAbsent(operationMethod(op.id()), op.id());
    }
    return m;
  }

  /** Constants whose anchor differs from the constant (only when a constant is a page id). */
  public Map<String, String> renamedAnchors() {
    Map<String, String> m = new LinkedHashMap<>();
    for (Symbol s : symbols) {
      if (!s.anchor().equals(s.constant())) {
        m.put(s.constant(), s.anchor());
      }
    }
    return m;
  }

  /** {@code <base>/<id>.html}, or {@code <id>.html} without a base URL. */
  public String pageUrl(String docsBaseUrl) {
    return pageUrl(docsBaseUrl, catalogId);
  }

  /** {@code <base>/<id>.html#}: a problem {@code type} is this plus the code's anchor. */
  public String problemTypeBase(String docsBaseUrl) {
    return pageUrl(docsBaseUrl) + "#";
  }

  /** The URL of one code's card, also its problem {@code type}. */
  public String codeUrl(String docsBaseUrl, Symbol s) {
    return problemTypeBase(docsBaseUrl) + urlFragment(s.anchor());
  }

  /** {@code <base>/<id>.html} for any catalog id. */
  public static String pageUrl(String docsBaseUrl, String catalogId) {
    return ReferenceUrls.pageUrl(docsBaseUrl, ReferenceUrls.pageFile(catalogId));
  }

  /** A catalog's file in the reference, {@code <id>.<extension>}, URL-safe: {@code faas.md}. */
  public static String catalogFile(String catalogId, String extension) {
    return urlFragment(catalogId) + "." + extension;
  }

  /** The one normal form of a docs base URL, for Java and docs alike ({@link ReferenceUrls}). */
  public static String normaliseBaseUrl(String url) {
    return ReferenceUrls.normaliseBaseUrl(url);
  }

  /** {@code s} for a URL path segment or fragment ({@link ReferenceUrls#urlFragment}). */
  public static String urlFragment(String s) {
    return ReferenceUrls.urlFragment(s);
  }
}
