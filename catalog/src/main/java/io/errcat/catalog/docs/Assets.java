package io.errcat.catalog.docs;

import io.errcat.catalog.model.PageId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The stylesheet and script inlined into every page, and the page's Content-Security-Policy: no
 * source but the page's own styles and its one script (allowed by hash), so that even markup that
 * slipped through escaping could not run or load anything.
 */
final class Assets {
  private Assets() {}

  static final String CSS = load("docs.css");
  static final String JS = withPageIds(load("docs.js"));
  static final String INDEX_JS = withPageIds(load("index.js"));

  /** For pages with the search script. */
  static final String CSP_WITH_SCRIPT = "default-src 'none'; style-src 'unsafe-inline'; "
      + "script-src '" + sha256(JS) + "'; base-uri 'none'; form-action 'none'";

  /** For the index page and its search over every catalog. */
  static final String CSP_INDEX = "default-src 'none'; style-src 'unsafe-inline'; "
      + "script-src '" + sha256(INDEX_JS) + "'; base-uri 'none'; form-action 'none'";

  /** The script with each {@code @NAME@} replaced by {@link PageId}'s id; none may be left. */
  private static String withPageIds(String script) {
    String s = script;
    for (PageId id : PageId.values()) {
      s = s.replace(id.placeholder(), id.id());
    }
    if (s.matches("(?s).*'@[A-Z_]+@'.*")) {
      throw new IllegalStateException("a script names an element id PageId does not have");
    }
    return s;
  }

  private static String load(String name) {
    try (InputStream in = Assets.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
      if (text.toLowerCase(java.util.Locale.ROOT).contains("</s")) {
        throw new IllegalStateException(name + " must not contain '</s': it is inlined in HTML");
      }
      return text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e); // every Java platform has SHA-256
    }
  }
}
