package io.errcat.catalog.docs;

import io.errcat.catalog.model.Symbols;
import java.util.Objects;

/**
 * Settings of the docs emitter.
 *
 * @param docsBaseUrl where the generated files are published (e.g. {@code
 *     https://errors.example.com/v1}); null keeps every link relative. When set, pages name their
 *     canonical URL and {@code catalog.json} gives each code its absolute URL, the same URL that
 *     Problem Details {@code type} points to.
 * @param title the title of the index page and the first crumb of every catalog page
 */
public record DocsOptions(String docsBaseUrl, String title) {

  public DocsOptions {
    Objects.requireNonNull(title, "title");
    docsBaseUrl = Symbols.normaliseBaseUrl(docsBaseUrl);
  }

  /** Relative links and the title "Error code reference". */
  public static DocsOptions defaults() {
    return new DocsOptions(null, "Error code reference");
  }

  public DocsOptions withDocsBaseUrl(String url) {
    return new DocsOptions(url, title);
  }

  public DocsOptions withTitle(String t) {
    return new DocsOptions(docsBaseUrl, t);
  }

  /** {@code <docsBaseUrl>/<id>.html}, or {@code <id>.html} without a base URL. */
  public String pageUrl(String catalogId) {
    return Symbols.pageUrl(docsBaseUrl, catalogId);
  }

  /**
   * The URL of one code in the HTML reference, {@code <docsBaseUrl>/<id>.html#<anchor>}: the
   * anchor is the code's Java constant name ({@link Symbols}), so it stays stable when texts
   * change.
   */
  public String codeUrl(String catalogId, String anchor) {
    return pageUrl(catalogId) + "#" + Symbols.urlFragment(anchor);
  }
}
