package io.errcat.maven;

import io.errcat.catalog.Engine;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.HexFormat;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * A 64-bit hash over everything that decides a goal's output: the catalogs' bytes, the goal's
 * configuration and the engine itself. Equal fingerprints mean the output would be byte-identical,
 * so the goal may skip. Every part is length-prefixed, so different inputs never run together.
 *
 * <p>Not SHA-256, which this class used before: setting up the JDK's security provider costs about
 * 28 ms in a fresh JVM, a quarter of what the plugin added to a no-op build (benchmarks/RESULTS.md).
 * Nor a hash written in Java (FNV-1a, used next): in Maven's cold JVM it runs in the interpreter,
 * ~10 ms over the bundled catalogs. Here CRC-32C and CRC-32, two polynomials side by side, both
 * computed by the JDK's native code: a build cache needs an edit to change the hash, not
 * resistance against an attacker, who could edit the outputs directly.
 */
final class Fingerprint {
  private final CRC32C crc32c = new CRC32C();
  private final CRC32 crc32 = new CRC32();

  Fingerprint() {}

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
   * catalogs and configuration stay the same: by its path, size and modification time, which
   * change whenever the jar does (a stat, not a read of the jar, on every build). Skipped when the
   * engine is not in a jar.
   */
  Fingerprint addEngine() {
    CodeSource source = Engine.class.getProtectionDomain().getCodeSource();
    if (source == null) return this;
    try {
      Path jar = Path.of(source.getLocation().toURI());
      if (Files.isRegularFile(jar)) {
        add("engine", jar + " " + Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis());
      }
    } catch (URISyntaxException | IOException | IllegalArgumentException e) {
      add("engine", "unknown");
    }
    return this;
  }

  String hex() {
    return HexFormat.of().toHexDigits((int) crc32c.getValue())
        + HexFormat.of().toHexDigits((int) crc32.getValue());
  }

  private void bytes(byte[] b) {
    update(new byte[] {(byte) (b.length >>> 24), (byte) (b.length >>> 16),
        (byte) (b.length >>> 8), (byte) b.length});
    update(b);
  }

  private void update(byte[] b) {
    crc32c.update(b);
    crc32.update(b);
  }
}
