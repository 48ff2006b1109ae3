package io.errcat.catalog.docs;

import io.errcat.catalog.model.Catalog;
import io.errcat.catalog.model.ErrorEntry;
import io.errcat.catalog.model.Symbols;
import java.util.ArrayList;
import java.util.List;

/**
 * One wire code as the docs show it: its names from the catalog's {@link Symbols} (the Java
 * constant, and the anchor of its card, which the problem {@code type} of generated code names
 * too) and its per-operation variants in file order.
 */
record CodeView(Symbols.Symbol symbol) {
  String code() {
    return symbol.code();
  }

  String constant() {
    return symbol.constant();
  }

  String anchor() {
    return symbol.anchor();
  }

  List<ErrorEntry> variants() {
    return symbol.variants();
  }

  ErrorEntry first() {
    return symbol.primary();
  }

  /** Whether some variant of this code applies to every operation. */
  boolean appliesToAll() {
    return variants().stream().anyMatch(v -> v.operations().isEmpty());
  }

  boolean appliesTo(String operationId) {
    return variants().stream().anyMatch(v -> v.appliesTo(operationId));
  }

  /** Whether some variant names the operation in its own list: the code is one of its own. */
  boolean ownedBy(String operationId) {
    return variants().stream().anyMatch(v -> v.operations().contains(operationId));
  }

  static List<CodeView> of(Catalog catalog) {
    List<CodeView> out = new ArrayList<>();
    for (Symbols.Symbol s : Symbols.of(catalog).all()) {
      out.add(new CodeView(s));
    }
    return out;
  }
}
