package io.errcat.catalog.java;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.errcat.catalog.ClasspathCatalogs;
import io.errcat.catalog.Engine;
import io.errcat.catalog.output.GeneratedFile;
import io.errcat.catalog.problem.LoadResult;
import io.errcat.catalog.model.Catalog;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TimeZone;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Same catalogs, same bytes: generating twice, and again under a Turkish default locale, another
 * time zone and a shuffled catalog order, gives byte-identical files.
 */
class DeterminismTest {
  @Test
  void generatingTwiceAndUnderTurkishLocaleWithShuffledInputGivesTheSameBytes() throws Exception {
    List<String> ids = new ArrayList<>(ClasspathCatalogs.ids());
    Map<String, byte[]> first = generate(ids);
    assertEquals(first.keySet(), generate(ids).keySet());
    assertSame(first, generate(ids));

    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kathmandu"));
      Collections.shuffle(ids, new Random(4));
      assertSame(first, generate(ids));
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  private static void assertSame(Map<String, byte[]> expected, Map<String, byte[]> actual) {
    assertEquals(expected.keySet(), actual.keySet());
    for (String path : expected.keySet()) {
      assertArrayEquals(expected.get(path), actual.get(path), path);
    }
  }

  /** Loads (from YAML, so the loader runs under the same locale) and generates every catalog. */
  private static Map<String, byte[]> generate(List<String> ids) throws IOException {
    List<Catalog> catalogs = new ArrayList<>();
    for (String id : ids) {
      catalogs.add(clean(ClasspathCatalogs.load(id).orElseThrow()));
    }
    try (InputStream in = DeterminismTest.class.getResourceAsStream("/hostile/hostile.yaml")) {
      catalogs.add(clean(Engine.load("hostile.yaml", in.readAllBytes())));
    }
    catalogs.add(SyntheticCatalog.of(1_200));
    Map<String, byte[]> out = new TreeMap<>();
    for (Catalog c : catalogs) {
      for (GeneratedFile f : Engine.generateJava(c, JavaOptions.defaults())) {
        assertTrue(out.put(f.path(), f.content()) == null, "two catalogs write " + f.path());
      }
    }
    return out;
  }

  private static Catalog clean(LoadResult r) {
    assertTrue(r.isClean(), r.problems().toString());
    return r.catalog().orElseThrow();
  }
}
