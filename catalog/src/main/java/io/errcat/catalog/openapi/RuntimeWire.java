package io.errcat.catalog.openapi;

import io.errcat.catalog.model.CodeType;
import io.errcat.catalog.model.Wire;
import io.errcat.runtime.RequestIdMint;
import io.errcat.runtime.WireFormat;

/**
 * A catalog's wire as the runtime's {@link WireFormat}: the same builder calls the generated
 * mapper makes ({@code HttpMapperEmitter} writes them as code), so example bodies are encoded by
 * the very code that encodes a server's answers. A test compares the two for every bundled
 * catalog ({@code BundledJavaTest}).
 */
public final class RuntimeWire {
  private RuntimeWire() {}

  /**
   * The runtime's form of a wire.
   *
   * @param w the catalog's wire
   * @return the format the generated mapper builds for it
   */
  public static WireFormat of(Wire w) {
    WireFormat.Builder b = WireFormat.builder(w.codeField());
    if (w.codeType() == CodeType.NUMBER) {
      b.codeType(io.errcat.runtime.CodeType.NUMBER);
    }
    if (w.messageField() != null) {
      b.messageField(w.messageField());
    }
    if (w.requestIdField() != null) {
      b.requestIdField(w.requestIdField());
    }
    if (w.requestIdHeader() != null) {
      b.requestIdHeader(w.requestIdHeader());
    }
    if (w.codeHeader() != null) {
      b.codeHeader(w.codeHeader());
    }
    if (!w.extraFields().isEmpty()) {
      b.extraFields(w.extraFields().toArray(String[]::new));
    }
    if (!w.codeAliases().isEmpty()) {
      b.codeAliases(w.codeAliases().toArray(String[]::new));
    }
    if (!w.messageAliases().isEmpty()) {
      b.messageAliases(w.messageAliases().toArray(String[]::new));
    }
    if (!w.requestIdAliases().isEmpty()) {
      b.requestIdAliases(w.requestIdAliases().toArray(String[]::new));
    }
    if (w.mediaType() != null) {
      b.mediaType(w.mediaType());
    }
    if (w.xml() != null) {
      b.xml(w.xml().root(), w.xml().mediaType());
    }
    if (w.mintRequestId() != null) {
      b.requestIdMint(RequestIdMint.valueOf(w.mintRequestId().name()));
    }
    return b.build();
  }
}
