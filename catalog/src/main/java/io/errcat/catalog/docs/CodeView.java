package io.errcat.catalog.docs;

import io.errcat.catalog.model.Catalog;
import io.errcat.catalog.model.ErrorEntry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One wire code as the docs show it: its anchor (the Java constant name) and its per-operation
 * variants in file order. A clean catalog has one constant per code; should two codes still derive
 * the same name, or a constant equal an id the page itself uses, the code gets a numbered anchor
 * so that every anchor stays unique.
 */
record CodeView(String code, String anchor, List<ErrorEntry> variants) {

  CodeView {
    variants = List.copyOf(variants);
  }

  ErrorEntry first() {
    return variants.get(0);
  }

  /** Whether some variant of this code applies to every operation. */
  boolean appliesToAll() {
    return variants.stream().anyMatch(v -> v.operations().isEmpty());
  }

  boolean appliesTo(String operationId) {
    return variants.stream().anyMatch(v -> v.appliesTo(operationId));
  }

  /** Whether some variant names the operation in its own list: the code is one of its own. */
  boolean ownedBy(String operationId) {
    return variants.stream().anyMatch(v -> v.operations().contains(operationId));
  }

  /** Element ids of the page itself (sections, search controls). */
  static final Set<String> PAGE_IDS = Set.of("codes", "operations", "wire", "endpoints", "sources",
      "fallback", "every-operation", "q", "op", "count", "none", "none-q", "clear", "list",
      "errcat-data");

  static List<CodeView> of(Catalog catalog) {
    List<CodeView> out = new ArrayList<>();
    Set<String> anchors = new HashSet<>(PAGE_IDS);
    for (Map.Entry<String, List<ErrorEntry>> e : catalog.entriesByCode().entrySet()) {
      String base = e.getValue().get(0).javaName();
      String anchor = base;
      for (int k = 2; !anchors.add(anchor); k++) {
        anchor = base + "_" + k;
      }
      out.add(new CodeView(e.getKey(), anchor, e.getValue()));
    }
    return out;
  }
}
