package io.errcat.samples.faas;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code SignatureNonce}s of verified requests, per AccessKey, so that a replay is refused.
 * Bounded three ways, because any caller with a valid key decides what goes in:
 *
 * <ul>
 *   <li>a nonce is at most {@link #MAX_NONCE_CHARS} characters (POP's is a UUID), checked before
 *       anything is kept;
 *   <li>what is kept is a 64-bit digest (SHA-256's first eight bytes) and an expiry, 16 bytes a
 *       nonce in two flat arrays, whatever the nonce's length;
 *   <li>a nonce is kept only while its request's signed {@code Timestamp} can still pass the
 *       window ({@code Timestamp + window}: later, the same request is refused as expired anyway),
 *       and one key keeps at most {@code perKey} at once: past that its requests are throttled
 *       until older ones expire, and no other key notices.
 * </ul>
 *
 * <p>Memory is therefore at most {@code keys × perKey × 32} bytes (tables at most half full).
 * Two nonces of one key with the same digest are one nonce: with 64 bits and 100,000 nonces a key,
 * a false "used" has odds of about one in 3.7 billion per window.
 */
final class NonceStore {
  /** The longest nonce accepted: POP's SDKs send a 36-character UUID. */
  static final int MAX_NONCE_CHARS = 64;

  /** What became of a nonce. */
  enum Outcome {
    /** Recorded: the request may go on. */
    FRESH,
    /** Seen within its window: a replay. */
    USED,
    /** The key holds as many live nonces as it may: try again when older ones expire. */
    FULL
  }

  private final Duration window;
  private final int perKey;
  private final Map<String, Table> keys = new ConcurrentHashMap<>();

  /**
   * A store.
   *
   * @param window the timestamp window: a request is accepted within it either side of now
   * @param perKey the most live nonces one key keeps
   */
  NonceStore(Duration window, int perKey) {
    if (perKey < 1) {
      throw new IllegalArgumentException("perKey must be positive: " + perKey);
    }
    this.window = window;
    this.perKey = perKey;
  }

  /**
   * Whether a nonce is well formed: 1 to {@link #MAX_NONCE_CHARS} printable ASCII characters.
   *
   * @param nonce the parameter's value
   * @return whether it may be recorded
   */
  static boolean wellFormed(String nonce) {
    if (nonce.isEmpty() || nonce.length() > MAX_NONCE_CHARS) {
      return false;
    }
    for (int i = 0; i < nonce.length(); i++) {
      char c = nonce.charAt(i);
      if (c < 0x21 || c > 0x7E) {
        return false;
      }
    }
    return true;
  }

  /**
   * Records a verified request's nonce.
   *
   * @param keyId the AccessKey that signed it (a configured key: the set of keys is bounded)
   * @param nonce a {@linkplain #wellFormed well-formed} nonce
   * @param sent the request's signed timestamp, already inside the window
   * @param now the server's clock
   * @return whether it was fresh, a replay, or over the key's bound
   */
  Outcome record(String keyId, String nonce, Instant sent, Instant now) {
    long expires = sent.plus(window).getEpochSecond();
    return keys.computeIfAbsent(keyId, k -> new Table())
        .add(digest(nonce), expires, now.getEpochSecond(), perKey);
  }

  /**
   * How many live nonces a key holds.
   *
   * @param keyId the key
   * @param now the server's clock
   * @return the count, after expired ones are dropped
   */
  int size(String keyId, Instant now) {
    Table t = keys.get(keyId);
    return t == null ? 0 : t.size(now.getEpochSecond());
  }

  private static long digest(String nonce) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256")
          .digest(nonce.getBytes(StandardCharsets.UTF_8));
      long v = ByteBuffer.wrap(d).getLong();
      return v == 0 ? 1 : v; // 0 marks an empty slot
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /**
   * One key's nonces: open addressing over digests, linear probing, at most half full. Expired
   * entries are dropped by rebuilding, at most once a second and only when one has expired.
   */
  private static final class Table {
    private long[] digests = new long[64];
    private long[] expiries = new long[64];
    private int size;
    private long earliest = Long.MAX_VALUE;
    private long lastSweep = Long.MIN_VALUE;

    synchronized Outcome add(long digest, long expires, long now, int max) {
      if (now >= earliest && now > lastSweep) {
        rebuild(digests.length, now);
        lastSweep = now;
      }
      int mask = digests.length - 1;
      int i = slot(digest, mask);
      while (digests[i] != 0) {
        if (digests[i] == digest && expiries[i] > now) {
          return Outcome.USED;
        }
        i = (i + 1) & mask;
      }
      if (size >= max) {
        return Outcome.FULL;
      }
      digests[i] = digest;
      expiries[i] = expires;
      size++;
      earliest = Math.min(earliest, expires);
      if (2 * size > digests.length) {
        rebuild(2 * digests.length, now);
      }
      return Outcome.FRESH;
    }

    synchronized int size(long now) {
      rebuild(digests.length, now);
      return size;
    }

    /** Copies the live entries into tables of {@code capacity} slots. */
    private void rebuild(int capacity, long now) {
      long[] oldDigests = digests;
      long[] oldExpiries = expiries;
      digests = new long[capacity];
      expiries = new long[capacity];
      size = 0;
      earliest = Long.MAX_VALUE;
      int mask = capacity - 1;
      for (int j = 0; j < oldDigests.length; j++) {
        if (oldDigests[j] != 0 && oldExpiries[j] > now) {
          int i = slot(oldDigests[j], mask);
          while (digests[i] != 0) {
            i = (i + 1) & mask;
          }
          digests[i] = oldDigests[j];
          expiries[i] = oldExpiries[j];
          size++;
          earliest = Math.min(earliest, oldExpiries[j]);
        }
      }
    }

    private static int slot(long digest, int mask) {
      return (int) (digest ^ (digest >>> 32)) & mask;
    }
  }
}
