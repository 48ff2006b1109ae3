package io.errcat.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link CodeTable}: every code found, misses empty, colliding hashes probed, duplicates refused. */
class CodeTableTest {
  private static TestError error(String code) {
    return new TestError(code, "E_" + Integer.toHexString(code.hashCode()), 400, "m", null);
  }

  @Test
  void findsEveryCodeOfTwentyThousandAndNothingElse() {
    List<TestError> all = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      all.add(error("SYN.%05d".formatted(i)));
    }
    CodeTable<TestError> table = CodeTable.of(all.subList(0, 7_000).toArray(new TestError[0]),
        all.subList(7_000, 20_000).toArray(new TestError[0]));
    for (TestError e : all) {
      Optional<TestError> found = table.find(new String(e.code().toCharArray()));
      assertSame(e, found.orElseThrow());
      assertSame(found, table.find(e.code()), "the pre-built Optional, no allocation");
    }
    assertEquals(Optional.empty(), table.find("SYN.20000"));
    assertEquals(Optional.empty(), table.find("syn.00001"));
    assertEquals(Optional.empty(), table.find(""));
    assertEquals(Optional.empty(), table.find(null));
  }

  @Test
  void codesWithEqualHashesAreAllFound() {
    // "Aa" and "BB" have the same String hash; so do all their concatenations
    List<TestError> all = new ArrayList<>();
    for (String a : new String[] {"Aa", "BB"}) {
      for (String b : new String[] {"Aa", "BB"}) {
        for (String c : new String[] {"Aa", "BB"}) {
          all.add(error(a + b + c));
        }
      }
    }
    CodeTable<TestError> table = CodeTable.of(all.toArray(new TestError[0]));
    for (TestError e : all) {
      assertSame(e, table.find(e.code()).orElseThrow());
    }
    assertEquals(Optional.empty(), table.find("AaAaBa"));
  }

  @Test
  void anEmptyCatalogAndDuplicates() {
    assertEquals(Optional.empty(), CodeTable.<TestError>of(new TestError[0]).find("x"));
    assertThrows(IllegalArgumentException.class,
        () -> CodeTable.of(new TestError[] {error("X")}, new TestError[] {error("X")}));
  }
}
