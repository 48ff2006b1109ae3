package io.errcat.runtime;

import java.nio.charset.StandardCharsets;

/**
 * Where a catalog's entries live in its HTML reference: the one rule for the generator (problem
 * {@code type} URIs baked into generated code, the pages' own links) and for adapters that publish
 * the reference elsewhere at run time ({@link CatalogBinding#codec(String)}).
 */
public final class ReferenceUrls {
  private ReferenceUrls() {}

  /**
   * The one normal form of a docs base URL: surrounding white space and trailing slashes dropped,
   * inner white space and other characters a URL cannot hold percent-encoded.
   *
   * @param url the base URL as configured, or {@code null}
   * @return the normal form, or {@code null} when nothing is left
   */
  public static String normaliseBaseUrl(String url) {
    if (url == null) {
      return null;
    }
    String u = url.strip();
    while (u.endsWith("/")) {
      u = u.substring(0, u.length() - 1);
    }
    if (u.isEmpty()) {
      return null;
    }
    StringBuilder b = new StringBuilder(u.length());
    for (byte x : u.getBytes(StandardCharsets.UTF_8)) {
      int c = x & 0xFF;
      if (c <= 0x20 || c >= 0x7F || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^'
          || c == '`' || c == '{' || c == '|' || c == '}') {
        percent(b, c);
      } else {
        b.append((char) c);
      }
    }
    return b.toString();
  }

  /**
   * A text as a URL path segment or fragment: unreserved characters as they are, every other byte
   * of its UTF-8 form percent-encoded.
   *
   * @param s the text
   * @return the encoded form
   */
  public static String urlFragment(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
      int c = x & 0xFF;
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-'
          || c == '.' || c == '_' || c == '~') {
        b.append((char) c);
      } else {
        percent(b, c);
      }
    }
    return b.toString();
  }

  /**
   * A catalog's page file in the reference, URL-safe.
   *
   * @param catalogId the catalog id, e.g. {@code function-compute}
   * @return {@code <id>.html}
   */
  public static String pageFile(String catalogId) {
    return urlFragment(catalogId) + ".html";
  }

  /**
   * A page's URL under a docs base URL.
   *
   * @param docsBaseUrl where the reference is published, or {@code null} for a relative URL
   * @param pageFile the page's file, e.g. from {@link #pageFile(String)}
   * @return {@code <base>/<page>}, or the page alone without a base
   */
  public static String pageUrl(String docsBaseUrl, String pageFile) {
    String base = normaliseBaseUrl(docsBaseUrl);
    return base == null ? pageFile : base + "/" + pageFile;
  }

  /** {@code %XX}, upper-case hex, for one byte. */
  private static void percent(StringBuilder b, int c) {
    b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
  }
}
