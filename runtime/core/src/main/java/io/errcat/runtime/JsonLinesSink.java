package io.errcat.runtime;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * A ready {@link TrafficListener}: counts unexplained responses by catalog, kind, status and code,
 * keeping the first message, operation and body excerpt and when each was first and last seen,
 * and writes them as JSON Lines, one object a line — what {@code errcat:learn} and {@code errcat
 * learn} turn into a catalog patch.
 *
 * <p>Bounded: at most {@link #maxKeys()} distinct (catalog, kind, status, code) are kept (a server
 * inventing a code per response cannot grow it further; what is dropped is counted and written as
 * a last line {@code {"dropped":n}}); every text is bounded by {@link Unexplained}. Thread-safe:
 * events are counted without locking, {@link #flush()} writes a snapshot.
 *
 * <pre>{@code
 * JsonLinesSink sink = JsonLinesSink.toFile(Path.of("errcat-traffic.jsonl"));
 * Traffic.Registration r = Traffic.listen(sink);
 * ... // now and then, and at shutdown:
 * sink.flush();
 * }</pre>
 */
public final class JsonLinesSink implements TrafficListener {
  /** Distinct keys kept by default. */
  public static final int DEFAULT_MAX_KEYS = 10_000;

  private final Path file;
  private final int maxKeys;
  private final Clock clock;
  private final Map<Key, Seen> seen = new ConcurrentHashMap<>();
  private final LongAdder dropped = new LongAdder();

  private JsonLinesSink(Path file, int maxKeys, Clock clock) {
    this.file = Objects.requireNonNull(file, "file");
    if (maxKeys < 1) {
      throw new IllegalArgumentException("maxKeys must be positive: " + maxKeys);
    }
    this.maxKeys = maxKeys;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * A sink that writes to {@code file}, keeping {@value #DEFAULT_MAX_KEYS} keys.
   *
   * @param file the JSON Lines file, replaced whole at each {@link #flush()}
   * @return the sink
   */
  public static JsonLinesSink toFile(Path file) {
    return new JsonLinesSink(file, DEFAULT_MAX_KEYS, Clock.systemUTC());
  }

  /**
   * A sink with its own bound and clock.
   *
   * @param file the JSON Lines file
   * @param maxKeys the distinct keys kept
   * @param clock what times events
   * @return the sink
   */
  public static JsonLinesSink toFile(Path file, int maxKeys, Clock clock) {
    return new JsonLinesSink(file, maxKeys, clock);
  }

  /**
   * The bound on distinct keys.
   *
   * @return the bound
   */
  public int maxKeys() {
    return maxKeys;
  }

  private record Key(String catalog, Unexplained.Kind kind, int status, String code) {}

  /** One key's counts and first sighting. */
  private static final class Seen {
    final Unexplained first;
    final long firstSeen;
    final AtomicLong lastSeen;
    final LongAdder count = new LongAdder();

    Seen(Unexplained first, long now) {
      this.first = first;
      this.firstSeen = now;
      this.lastSeen = new AtomicLong(now);
    }
  }

  @Override
  public void unexplained(Unexplained event) {
    long now = clock.millis();
    Key key = new Key(event.catalog(), event.kind(), event.status(), event.code());
    Seen s = seen.get(key);
    if (s == null) {
      if (seen.size() >= maxKeys) {
        dropped.increment();
        return;
      }
      s = seen.computeIfAbsent(key, k -> new Seen(event, now));
    }
    s.count.increment();
    s.lastSeen.accumulateAndGet(now, Math::max);
  }

  /**
   * The lines as {@link #flush()} writes them: sorted by catalog, code, status and kind, so that
   * the same traffic gives the same file.
   *
   * @return UTF-8 JSON Lines
   */
  public byte[] lines() {
    List<Map.Entry<Key, Seen>> entries = new ArrayList<>(seen.entrySet());
    Comparator<String> text = Comparator.nullsFirst(Comparator.naturalOrder());
    entries.sort(Comparator.comparing((Map.Entry<Key, Seen> e) -> e.getKey().catalog(), text)
        .thenComparing(e -> e.getKey().code(), text)
        .thenComparingInt(e -> e.getKey().status())
        .thenComparing(e -> e.getKey().kind()));
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (Map.Entry<Key, Seen> e : entries) {
      Seen s = e.getValue();
      Unexplained u = s.first;
      byte[] line = JsonWriter.write(w -> {
        if (u.catalog() != null) {
          w.string("catalog", u.catalog());
        }
        w.string("kind", u.kind().name());
        w.number("status", Integer.toString(u.status()));
        if (u.code() != null) {
          w.string("code", u.code());
        }
        if (u.message() != null) {
          w.string("message", u.message());
        }
        if (u.operation() != null) {
          w.string("operation", u.operation());
        }
        w.number("count", Long.toString(s.count.sum()));
        w.string("firstSeen", Instant.ofEpochMilli(s.firstSeen).toString());
        w.string("lastSeen", Instant.ofEpochMilli(s.lastSeen.get()).toString());
        w.string("excerpt", u.excerpt());
      });
      out.writeBytes(line);
      out.write('\n');
    }
    long d = dropped.sum();
    if (d > 0) {
      out.writeBytes(JsonWriter.write(w -> w.number("dropped", Long.toString(d))));
      out.write('\n');
    }
    return out.toByteArray();
  }

  /**
   * Writes every count so far to the file, replacing it whole (through a temporary file beside
   * it, so a reader never sees half a file).
   *
   * @throws UncheckedIOException when the file cannot be written
   */
  public void flush() {
    byte[] bytes = lines();
    try {
      Path dir = file.toAbsolutePath().getParent();
      if (dir != null) {
        Files.createDirectories(dir);
      }
      Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
      try (OutputStream o = Files.newOutputStream(tmp)) {
        o.write(bytes);
      }
      try {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
