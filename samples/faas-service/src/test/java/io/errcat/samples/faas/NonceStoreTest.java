package io.errcat.samples.faas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The nonce store's bounds: length, per-key count, and how long a nonce is kept. */
class NonceStoreTest {
  private static final Duration WINDOW = Duration.ofMinutes(15);
  private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

  @Test
  void aNonceIsKeptWhileItsTimestampCanPassAndNoLonger() {
    NonceStore store = new NonceStore(WINDOW, 10);
    Instant sent = NOW.minus(Duration.ofMinutes(10));
    assertEquals(NonceStore.Outcome.FRESH, store.record("k", "n1", sent, NOW));
    assertEquals(NonceStore.Outcome.USED, store.record("k", "n1", sent, NOW.plusSeconds(299)));
    // sent + window has passed: the timestamp check refuses the replay, the store forgets it
    Instant later = sent.plus(WINDOW).plusSeconds(1);
    assertEquals(0, store.size("k", later));
    assertEquals(NonceStore.Outcome.FRESH, store.record("k", "n1", later, later));
  }

  @Test
  void aFullKeyIsRefusedUntilItsNoncesExpireAndOtherKeysAreUntouched() {
    NonceStore store = new NonceStore(WINDOW, 3);
    for (int i = 0; i < 3; i++) {
      assertEquals(NonceStore.Outcome.FRESH, store.record("k", "n" + i, NOW, NOW));
    }
    assertEquals(NonceStore.Outcome.FULL, store.record("k", "n3", NOW, NOW));
    assertEquals(NonceStore.Outcome.USED, store.record("k", "n0", NOW, NOW));
    assertEquals(NonceStore.Outcome.FRESH, store.record("other", "n3", NOW, NOW));
    Instant later = NOW.plus(WINDOW).plusSeconds(1);
    assertEquals(NonceStore.Outcome.FRESH, store.record("k", "n3", later, later));
    assertEquals(1, store.size("k", later));
  }

  @Test
  void manyNoncesGrowTheTableAndAllAreStillFound() {
    NonceStore store = new NonceStore(WINDOW, 50_000);
    for (int i = 0; i < 50_000; i++) {
      assertEquals(NonceStore.Outcome.FRESH, store.record("k", "nonce-" + i, NOW, NOW));
    }
    for (int i = 0; i < 50_000; i += 997) {
      assertEquals(NonceStore.Outcome.USED, store.record("k", "nonce-" + i, NOW, NOW));
    }
    assertEquals(50_000, store.size("k", NOW));
  }

  @Test
  void onlyShortPrintableNoncesAreWellFormed() {
    assertTrue(NonceStore.wellFormed("3c6f1e2a-5b7d-4e8f-9a0b-1c2d3e4f5a6b"));
    assertTrue(NonceStore.wellFormed("n".repeat(NonceStore.MAX_NONCE_CHARS)));
    assertFalse(NonceStore.wellFormed("n".repeat(NonceStore.MAX_NONCE_CHARS + 1)));
    assertFalse(NonceStore.wellFormed(""));
    assertFalse(NonceStore.wellFormed("a b"));
    assertFalse(NonceStore.wellFormed("caf\u00e9"));
  }
}
