package io.errcat.catalog.docs;

import io.errcat.catalog.output.GeneratedFile;
import io.errcat.catalog.model.Catalog;
import io.errcat.catalog.model.Symbols;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Map;
import java.util.HashMap;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Generates the documentation of clean catalogs. Per catalog: {@code <id>.html} (the
 * self-contained HTML reference), {@code <id>.md} (Markdown) and {@code <id>.json} (the normalised
 * catalog); once: {@code index.html} linking every catalog and {@code catalog.json} holding them
 * all. Catalogs are ordered by id, so the output does not depend on the order they were found in;
 * the same catalogs always give the same bytes.
 */
public final class DocsEmitter {
  private DocsEmitter() {}

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");

  /**
   * The generated files, sorted by path.
   *
   * @throws IllegalArgumentException when a product id is not a valid file name ({@code
   *     [a-z][a-z0-9-]*}) or two catalogs share an id; nothing is generated then
   */
  public static List<GeneratedFile> emit(List<Catalog> catalogs, DocsOptions options) {
    List<Catalog> sorted = new ArrayList<>(catalogs);
    sorted.sort(Comparator.comparing(c -> c.product().id()));
    Set<String> ids = new HashSet<>();
    for (Catalog c : sorted) {
      String id = c.product().id();
      if (id == null || !ID.matcher(id).matches()) {
        throw new IllegalArgumentException("product id " + id + " is not [a-z][a-z0-9-]*");
      }
      if (!ids.add(id)) {
        throw new IllegalArgumentException("two catalogs have the product id " + id);
      }
    }
    // each catalog's names are decided once, and every page of it reads them
    Map<String, List<CodeView>> codes = new HashMap<>();
    for (Catalog c : sorted) {
      codes.put(c.product().id(), CodeView.of(c));
    }
    List<GeneratedFile> files = new ArrayList<>();
    for (Catalog c : sorted) {
      String id = c.product().id();
      List<CodeView> views = codes.get(id);
      files.add(file(Symbols.catalogFile(id, "html"), CatalogPage.render(c, views, options)));
      files.add(file(Symbols.catalogFile(id, "json"), CatalogJson.one(c, views, options)));
      files.add(file(Symbols.catalogFile(id, "md"), MarkdownPage.render(c, views, options)));
    }
    files.add(file("catalog.json", CatalogJson.all(sorted, codes, options)));
    files.add(file("index.html", IndexPage.render(sorted, options)));
    files.sort(Comparator.comparing(GeneratedFile::path));
    return List.copyOf(files);
  }

  private static GeneratedFile file(String path, String text) {
    return new GeneratedFile(path, text.getBytes(StandardCharsets.UTF_8));
  }
}
