package io.errcat.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A goal's fingerprint: the same parts give the same hex, any other part another. */
class FingerprintTest {
  @Test
  void fingerprintsDependOnEveryPart() {
    CatalogInput a = new CatalogInput("a.yaml", "a.yaml", new byte[] {1}, false);
    CatalogInput b = new CatalogInput("a.yaml", "a.yaml", new byte[] {2}, false);
    String fa = new Fingerprint().add("docsBaseUrl", (String) null).addInputs(List.of(a)).hex();
    assertEquals(fa, new Fingerprint().add("docsBaseUrl", (String) null).addInputs(List.of(a)).hex());
    assertFalse(fa.equals(new Fingerprint().add("docsBaseUrl", (String) null).addInputs(List.of(b)).hex()));
    assertFalse(fa.equals(new Fingerprint().add("docsBaseUrl", "").addInputs(List.of(a)).hex()));
  }
}
