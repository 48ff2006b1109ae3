package io.errcat.catalog.java;

import com.palantir.javapoet.ClassName;
import io.errcat.catalog.model.Catalog;
import io.errcat.catalog.model.ErrorEntry;
import io.errcat.catalog.model.Operation;
import io.errcat.catalog.model.Symbols;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything the type emitters share about one catalog: the generated type names, one
 * {@link Code} per wire code (in order of first appearance) and how the codes are split into
 * parts. A Java enum can hold only a few thousand constants (its static initialiser is one method
 * of at most 64 KB, and a class has at most 65,535 constant-pool entries), so a catalog with more
 * than {@link #PART_SIZE} codes gets one nested enum per part behind a sealed interface.
 */
record Plan(
    Catalog catalog,
    Symbols symbols,
    JavaOptions options,
    ClassName error,
    ClassName operation,
    ClassName exception,
    ClassName mapper,
    ClassName binding,
    ClassName region,
    ClassName table,
    List<Code> codes,
    int parts) {

  /** Most codes in one enum; also the most typed factories in one class. */
  static final int PART_SIZE = 1000;

  /**
   * One Java constant: a wire code with its per-operation variants (catalog entries), named by
   * the catalog's {@link Symbols}.
   */
  record Code(int index, Symbols.Symbol symbol) {
    String constant() {
      return symbol.constant();
    }

    String factory() {
      return symbol.factory();
    }

    String code() {
      return symbol.code();
    }

    List<ErrorEntry> variants() {
      return symbol.variants();
    }

    ErrorEntry primary() {
      return symbol.primary();
    }

    int part() {
      return index / PART_SIZE;
    }
  }

  static Plan of(Catalog catalog, JavaOptions options) {
    String pkg = catalog.product().javaPackage();
    String prefix = catalog.product().javaPrefix();
    Symbols symbols = Symbols.of(catalog);
    List<Code> codes = new ArrayList<>();
    for (Symbols.Symbol s : symbols.all()) {
      codes.add(new Code(codes.size(), s));
    }
    int parts = codes.size() <= PART_SIZE ? 1 : (codes.size() + PART_SIZE - 1) / PART_SIZE;
    boolean http = catalog.wire() != null;
    return new Plan(
        catalog,
        symbols,
        options,
        errorType(catalog),
        catalog.operations().isEmpty() ? null : ClassName.get(pkg, prefix + "Operation"),
        ClassName.get(pkg, prefix + "Exception"),
        http ? ClassName.get(pkg, prefix + "HttpMapper") : null,
        http ? bindingType(catalog) : null,
        catalog.endpoints().isEmpty() ? null : ClassName.get(pkg, prefix + "Region"),
        ClassName.get(pkg, prefix + "ErrorTable"),
        List.copyOf(codes),
        parts);
  }

  /** {@code <package>.<Prefix>Catalog}, the catalog's {@code CatalogBinding} (with a wire only). */
  static ClassName bindingType(Catalog catalog) {
    return ClassName.get(catalog.product().javaPackage(), catalog.product().javaPrefix() + "Catalog");
  }

  /** The catalog's error type, {@code <package>.<Prefix>Error}: all a front end needs, without a plan. */
  static ClassName errorType(Catalog catalog) {
    return ClassName.get(catalog.product().javaPackage(), catalog.product().javaPrefix() + "Error");
  }

  /**
   * A name for a generated field of the error enum that no constant of the catalog takes
   * ({@code ROWS}, {@code ROWS_} if a code is named {@code ROWS}, ...): constants and fields share
   * one namespace.
   */
  String member(String base) {
    Set<String> constants = new HashSet<>();
    for (Code c : codes) {
      constants.add(c.constant());
    }
    String name = base;
    while (constants.contains(name)) {
      name = name + "_";
    }
    return name;
  }

  /** Whether the codes are split into nested part enums (more than {@link #PART_SIZE} codes). */
  boolean sharded() {
    return parts > 1;
  }

  /** The enum that declares the constants of part {@code p}: the error type itself when unsplit. */
  ClassName partEnum(int p) {
    return sharded() ? error.nestedClass("Part" + p) : error;
  }

  /** The class that declares the typed factories of part {@code p}. */
  ClassName partFactories(int p) {
    return sharded() ? exception.nestedClass("Part" + p) : exception;
  }

  List<Code> codesOf(int p) {
    return codes.subList(p * PART_SIZE, Math.min(codes.size(), (p + 1) * PART_SIZE));
  }

  /** The product's display name for Javadoc, e.g. {@code FPGA as a Service (FaaS)}. */
  String productName() {
    String name = catalog.product().name();
    return name == null || name.isBlank() ? catalog.product().id() : name;
  }

  String operationConstant(String operationId) {
    return symbols.operationConstant(operationId);
  }

  List<Operation> operations() {
    return catalog.operations();
  }
}
