package io.errcat.catalog.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {
  static final List<String> KEYS = List.of("code", "name", "httpStatus", "message", "operations");

  @Test
  void suggestsCloseWordsOnly() {
    assertEquals("message", DidYouMean.nearest("mesage", KEYS));
    assertEquals("message", DidYouMean.nearest("messgae", KEYS)); // transposition: one edit
    assertEquals("httpStatus", DidYouMean.nearest("httpstatus", KEYS)); // case only
    assertEquals("operations", DidYouMean.nearest("operation", KEYS));
    assertEquals("code", DidYouMean.nearest("cod", KEYS));
    assertNull(DidYouMean.nearest("x", KEYS));
    assertNull(DidYouMean.nearest("description", KEYS));
    assertNull(DidYouMean.nearest("code", KEYS)); // an exact match is no suggestion
  }

  @Test
  void distanceIsOptimalStringAlignment() {
    assertEquals(0, DidYouMean.distance("abc", "abc"));
    assertEquals(1, DidYouMean.distance("abc", "acb"));
    assertEquals(1, DidYouMean.distance("abc", "abcd"));
    assertEquals(3, DidYouMean.distance("kitten", "sitting"));
  }
}
