package io.errcat.catalog.java;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.errcat.catalog.Engine;
import io.errcat.catalog.output.GeneratedFile;
import io.errcat.catalog.problem.LoadResult;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fromCode} allocates nothing on a hit: after warm-up, thousands of lookups (of fresh,
 * non-interned strings, with every result stored where escape analysis cannot remove it) leave
 * the thread's allocated-bytes counter where it was. A probe that does allocate an Optional per
 * call shows that the measurement can fail.
 */
class FromCodeTest {
  private static final String PROBES = """
      package io.errcat.catalogs.mini;

      import java.util.Optional;
      import java.util.function.ToLongFunction;

      public final class Probes {
        public static Object[] sink = new Object[1024];

        public static final class FromCode implements ToLongFunction<String[]> {
          @Override
          public long applyAsLong(String[] codes) {
            long hits = 0;
            for (int i = 0; i < codes.length; i++) {
              Optional<MiniError> e = MiniError.fromCode(codes[i]);
              sink[i & 1023] = e;
              hits += e.isPresent() ? 1 : 0;
            }
            return hits;
          }
        }

        public static final class Allocating implements ToLongFunction<String[]> {
          @Override
          public long applyAsLong(String[] codes) {
            long hits = 0;
            for (int i = 0; i < codes.length; i++) {
              Optional<MiniError> e = Optional.ofNullable(MiniError.fromCode(codes[i]).orElse(null));
              sink[i & 1023] = e;
              hits += e.isPresent() ? 1 : 0;
            }
            return hits;
          }
        }
      }
      """;

  @Test
  @SuppressWarnings("unchecked")
  void fromCodeAllocatesNothingOnAHit(@TempDir Path dir) throws Exception {
    LoadResult r = Engine.load(Path.of("src/test/resources/golden/mini.yaml"), "mini.yaml");
    List<GeneratedFile> files = new ArrayList<>(
        Engine.generateJava(r.catalog().orElseThrow(), JavaOptions.defaults()));
    files.add(new GeneratedFile("io/errcat/catalogs/mini/Probes.java", PROBES.getBytes(UTF_8)));
    Compiled compiled = Compiled.of(dir, files, Compiled.STRICT_LINT);

    String[] codes = new String[4096];
    List<String> known = List.of("BUSY", "IMAGE NOT FOUND", "VersionNotFound");
    for (int i = 0; i < codes.length; i++) {
      codes[i] = new String(known.get(i % known.size()).toCharArray()); // not the interned key
    }
    ToLongFunction<String[]> fromCode = (ToLongFunction<String[]>) compiled
        .type("io.errcat.catalogs.mini.Probes$FromCode").getConstructor().newInstance();
    ToLongFunction<String[]> allocating = (ToLongFunction<String[]>) compiled
        .type("io.errcat.catalogs.mini.Probes$Allocating").getConstructor().newInstance();

    assertEquals(codes.length, allocatedWhile(fromCode, codes)[0]);
    long[] hit = allocatedWhile(fromCode, codes);
    long[] control = allocatedWhile(allocating, codes);
    assertEquals(codes.length, hit[0]);
    // Less than one byte per lookup: a stray allocation per call would be >= 16 bytes each.
    assertTrue(hit[1] < codes.length, "fromCode allocated " + hit[1] + " bytes");
    assertTrue(control[1] >= 16L * codes.length, "control allocated only " + control[1]);
  }

  /** Warms up, then returns {hits, bytes allocated by this thread during one more pass}. */
  private static long[] allocatedWhile(ToLongFunction<String[]> probe, String[] codes) {
    var bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long id = Thread.currentThread().getId();
    for (int i = 0; i < 2_000; i++) {
      probe.applyAsLong(codes);
    }
    long before = bean.getThreadAllocatedBytes(id);
    long hits = probe.applyAsLong(codes);
    long after = bean.getThreadAllocatedBytes(id);
    return new long[] {hits, after - before};
  }
}
