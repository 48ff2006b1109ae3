package io.errcat.catalog.bundled;

import io.errcat.catalog.ClasspathCatalogs;
import io.errcat.catalog.problem.LoadResult;
import io.errcat.catalog.model.Catalog;
import io.errcat.catalog.model.ErrorEntry;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The bundled catalogs, loaded once through {@link ClasspathCatalogs} and shared by the tests. */
final class BundledCatalogs {
  private static final Map<String, LoadResult> RESULTS = loadAll();

  private BundledCatalogs() {}

  private static Map<String, LoadResult> loadAll() {
    Map<String, LoadResult> out = new TreeMap<>();
    for (String id : ClasspathCatalogs.ids()) {
      out.put(id, ClasspathCatalogs.load(id).orElseThrow(() -> new IllegalStateException("listed but missing: " + id)));
    }
    return out;
  }

  static Map<String, LoadResult> results() {
    return RESULTS;
  }

  static Catalog catalog(String id) {
    LoadResult r = RESULTS.get(id);
    if (r == null || r.catalog().isEmpty()) {
      throw new IllegalStateException("no bundled catalog " + id + (r == null ? "" : ": " + r.problems()));
    }
    return r.catalog().get();
  }

  /** Every entry of {@code id} with this code, in file order. */
  static List<ErrorEntry> entries(String id, String code) {
    return catalog(id).errors().stream().filter(e -> e.code().equals(code)).toList();
  }

  /** The one entry of {@code id} with this code. */
  static ErrorEntry entry(String id, String code) {
    List<ErrorEntry> all = entries(id, code);
    if (all.size() != 1) {
      throw new IllegalStateException(id + " has " + all.size() + " entries for " + code);
    }
    return all.get(0);
  }
}
