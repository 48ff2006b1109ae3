package io.errcat.maven;

import io.errcat.catalog.Engine;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 over everything that decides a goal's output: the catalogs' bytes, the goal's
 * configuration and the engine itself. Equal fingerprints mean the output would be byte-identical,
 * so the goal may skip. Every part is length-prefixed, so different inputs never run together.
 */
final class Fingerprint {
  private final MessageDigest digest;

  Fingerprint() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  Fingerprint add(String key, String value) {
    bytes(key.getBytes(StandardCharsets.UTF_8));
    bytes(value == null ? new byte[] {0} : ("=" + value).getBytes(StandardCharsets.UTF_8));
    return this;
  }

  Fingerprint addBytes(String key, byte[] value) {
    bytes(key.getBytes(StandardCharsets.UTF_8));
    bytes(value);
    return this;
  }

  /** The inputs by name and content. */
  Fingerprint addInputs(Iterable<CatalogInput> inputs) {
    for (CatalogInput input : inputs) {
      addBytes("input:" + input.displayName(), input.content());
    }
    return this;
  }

  /**
   * The engine's jar, so that a new errcat version (or a rebuilt snapshot) regenerates even when
   * catalogs and configuration stay the same. Skipped when the engine is not in a jar.
   */
  Fingerprint addEngine() {
    CodeSource source = Engine.class.getProtectionDomain().getCodeSource();
    if (source == null) return this;
    try {
      Path jar = Path.of(source.getLocation().toURI());
      if (Files.isRegularFile(jar)) {
        try (InputStream in = Files.newInputStream(jar)) {
          addBytes("engine", in.readAllBytes());
        }
      }
    } catch (URISyntaxException | IOException | IllegalArgumentException e) {
      add("engine", "unknown");
    }
    return this;
  }

  String hex() {
    return HexFormat.of().formatHex(digest.digest());
  }

  private void bytes(byte[] b) {
    digest.update(new byte[] {(byte) (b.length >>> 24), (byte) (b.length >>> 16),
        (byte) (b.length >>> 8), (byte) b.length});
    digest.update(b);
  }
}
