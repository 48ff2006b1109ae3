package io.errcat.catalog.openapi;

import io.errcat.catalog.model.Catalog;
import io.errcat.catalog.model.ErrorEntry;
import io.errcat.catalog.model.Param;
import io.errcat.catalog.model.Symbols;
import io.errcat.runtime.ErrorCode;
import io.errcat.runtime.ErrorDetails;
import io.errcat.runtime.ProblemDetails;
import io.errcat.runtime.WireFormat;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The bodies a server sends for one variant of a code, encoded by the runtime itself (the
 * product's JSON, its XML where it has one, and problem+json), with a fixed request id and each
 * template parameter shown by its name, so the examples read well and never change.
 */
final class ExampleBodies {
  private ExampleBodies() {}

  /** The request id every example carries: the same bytes on every run. */
  static final String REQUEST_ID = "0F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0";

  record Bodies(String json, String xml, String problem) {}

  static Bodies of(Catalog catalog, WireFormat wire, String typeBase, Symbols.Symbol s,
      ErrorEntry variant) {
    int status = catalog.statusOf(variant).orElse(500);
    ErrorCode code = new ExampleCode(s.code(), s.anchor(), status, variant.message());
    ErrorDetails d = ErrorDetails.builder(code).message(message(variant))
        .requestId(REQUEST_ID).build();
    String json = new String(wire.encode(d), StandardCharsets.UTF_8);
    String xml = wire.xmlRoot() == null ? null
        : new String(wire.encodeXml(d), StandardCharsets.UTF_8);
    String problem = new String(ProblemDetails.of(d, typeBase).encode(), StandardCharsets.UTF_8);
    return new Bodies(json, xml, problem);
  }

  /** The message with each parameter shown as {@code <name>} (numbers as 42): a readable sample. */
  private static String message(ErrorEntry e) {
    if (e.message() == null || e.params().isEmpty()) {
      return e.message();
    }
    List<Object> args = new ArrayList<>();
    for (Param p : e.params()) {
      args.add(p.type() != null && p.type().integral() ? (Object) 42L : "<" + p.name() + ">");
    }
    try {
      return String.format(Locale.ROOT, e.message(), args.toArray());
    } catch (java.util.IllegalFormatException ex) {
      return e.message(); // the checker refuses such templates; never fail an export on one
    }
  }

  /** The few facts an example needs of a code. */
  private record ExampleCode(String code, String name, int httpStatus, String message)
      implements ErrorCode {
    @Override
    public String description() {
      return null;
    }

    @Override
    public String solution() {
      return null;
    }
  }
}
