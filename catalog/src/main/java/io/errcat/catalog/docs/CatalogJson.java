package io.errcat.catalog.docs;

import io.errcat.catalog.output.JsonOut;
import io.errcat.catalog.model.Catalog;
import io.errcat.catalog.output.JsonText;
import io.errcat.catalog.model.CodeType;
import io.errcat.catalog.model.Endpoint;
import io.errcat.catalog.model.ErrorEntry;
import io.errcat.catalog.model.Fallback;
import io.errcat.catalog.model.Operation;
import io.errcat.catalog.model.Param;
import io.errcat.catalog.model.Source;
import io.errcat.catalog.model.Wire;
import java.util.List;
import java.util.Map;

/**
 * The normalised catalog as JSON for other tools: the format's field names, derived values filled
 * in (each entry's constant {@code name}, its effective {@code httpStatus} and its docs
 * {@code url}), absent values left out, members always in the same order, {@code \n} line ends.
 */
final class CatalogJson {
  private CatalogJson() {}


  /** Version of this JSON layout, written as {@code errcatJson}. */
  static final int LAYOUT_VERSION = 1;

  /** {@code catalog.json}: every catalog, in the given order. */
  static String all(List<Catalog> catalogs, Map<String, List<CodeView>> codes,
      DocsOptions options) {
    return JsonText.write(true, g -> {
      g.writeStartObject();
      g.writeNumberField("errcatJson", LAYOUT_VERSION);
      g.writeArrayFieldStart("catalogs");
      for (Catalog c : catalogs) {
        catalog(g, c, codes.get(c.product().id()), options);
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  /** {@code <id>.json}: one catalog. */
  static String one(Catalog catalog, List<CodeView> codes, DocsOptions options) {
    return JsonText.write(true, g -> catalog(g, catalog, codes, options));
  }

  private static void catalog(JsonOut g, Catalog c, List<CodeView> codes,
      DocsOptions options) {
    String id = c.product().id();
    g.writeStartObject();
    g.writeNumberField("catalog", c.formatVersion());
    g.writeObjectFieldStart("product");
    g.writeStringField("id", id);
    str(g, "name", c.product().name());
    str(g, "vendor", c.product().vendor());
    g.writeObjectFieldStart("java");
    g.writeStringField("package", c.product().javaPackage());
    g.writeStringField("prefix", c.product().javaPrefix());
    g.writeEndObject();
    g.writeArrayFieldStart("sources");
    for (Source s : c.product().sources()) {
      g.writeStartObject();
      str(g, "document", s.document());
      str(g, "title", s.title());
      str(g, "section", s.section());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeStringField("page", options.pageUrl(id));
    g.writeStringField("grpcDomain", c.grpcDomain());
    if (c.wire() != null) {
      wire(g, c.wire());
    }
    if (c.defaultHttpStatus() != null) {
      g.writeNumberField("defaultHttpStatus", c.defaultHttpStatus());
    }
    g.writeArrayFieldStart("operations");
    for (Operation o : c.operations()) {
      g.writeStartObject();
      str(g, "id", o.id());
      str(g, "action", o.action());
      str(g, "command", o.command());
      str(g, "description", o.description());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("errors");
    for (CodeView code : codes) {
      for (ErrorEntry e : code.variants()) {
        entry(g, c, e, code, options);
      }
    }
    g.writeEndArray();
    if (!c.endpoints().isEmpty()) {
      g.writeArrayFieldStart("endpoints");
      for (Endpoint e : c.endpoints()) {
        g.writeStartObject();
        str(g, "regionId", e.regionId());
        str(g, "name", e.name());
        str(g, "publicEndpoint", e.publicEndpoint());
        str(g, "internalEndpoint", e.internalEndpoint());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    Fallback f = c.fallback();
    if (f != null) {
      g.writeObjectFieldStart("fallback");
      str(g, "label", f.label());
      str(g, "advice", f.advice());
      str(g, "source", f.source());
      g.writeEndObject();
    }
    if (!c.retired().isEmpty()) {
      g.writeArrayFieldStart("retired");
      for (var r : c.retired()) {
        g.writeStartObject();
        str(g, "code", r.code());
        str(g, "since", r.since());
        str(g, "note", r.note());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void wire(JsonOut g, Wire w) {
    g.writeObjectFieldStart("wire");
    str(g, "codeField", w.codeField());
    g.writeStringField("codeType", w.codeType() == CodeType.NUMBER ? "number" : "string");
    str(g, "messageField", w.messageField());
    str(g, "requestIdField", w.requestIdField());
    str(g, "requestIdHeader", w.requestIdHeader());
    str(g, "codeHeader", w.codeHeader());
    strings(g, "extraFields", w.extraFields());
    strings(g, "codeAliases", w.codeAliases());
    strings(g, "messageAliases", w.messageAliases());
    strings(g, "requestIdAliases", w.requestIdAliases());
    g.writeStringField("mediaType", w.mediaType() == null ? "application/json" : w.mediaType());
    if (w.xml() != null) {
      g.writeObjectFieldStart("xml");
      str(g, "root", w.xml().root());
      g.writeStringField("mediaType",
          w.xml().mediaType() == null ? "text/xml" : w.xml().mediaType());
      g.writeEndObject();
    }
    if (w.mintRequestId() != null) {
      g.writeStringField("mintRequestId", w.mintRequestId().yaml());
    }
    str(g, "notes", w.notes());
    g.writeEndObject();
  }

  private static void strings(JsonOut g, String name, List<String> values) {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private static void entry(JsonOut g, Catalog c, ErrorEntry e, CodeView code,
      DocsOptions options) {
    g.writeStartObject();
    g.writeStringField("code", e.code());
    g.writeStringField("name", code.constant());
    g.writeStringField("url", options.codeUrl(c.product().id(), code.anchor()));
    Integer status = c.statusOf(e).orElse(null);
    if (status != null) {
      g.writeNumberField("httpStatus", status);
      if (e.httpStatus() == null) {
        g.writeBooleanField("httpStatusFromDefault", true);
      }
    }
    g.writeStringField("grpcStatus", c.grpcStatusOf(e));
    g.writeStringField("grpcReason", e.grpcReason());
    str(g, "message", e.message());
    str(g, "description", e.description());
    str(g, "solution", e.solution());
    if (!e.translations().isEmpty()) {
      g.writeObjectFieldStart("translations");
      for (io.errcat.catalog.model.Translation t : e.translations()) {
        g.writeObjectFieldStart(t.tag());
        str(g, "message", t.message());
        str(g, "description", t.description());
        str(g, "solution", t.solution());
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeArrayFieldStart("operations");
    for (String o : e.operations()) {
      g.writeString(o);
    }
    g.writeEndArray();
    if (e.retry() != null) {
      g.writeObjectFieldStart("retry");
      g.writeBooleanField("retryable", e.retry().retryable());
      if (e.retry().after() != null) {
        g.writeStringField("after", e.retry().after().toString());
      }
      g.writeEndObject();
    }
    if (!e.params().isEmpty()) {
      g.writeArrayFieldStart("params");
      for (Param p : e.params()) {
        g.writeStartObject();
        str(g, "name", p.name());
        if (p.type() != null) {
          g.writeStringField("type", p.type().yamlName());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    str(g, "source", e.source());
    str(g, "notes", e.notes());
    if (e.deprecated() != null) {
      g.writeObjectFieldStart("deprecated");
      str(g, "since", e.deprecated().since());
      str(g, "replacedBy", e.deprecated().replacedBy());
      str(g, "note", e.deprecated().note());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  /**
   * An example error body in the catalog's wire format, built from its first entry; null for an
   * in-process catalog. A numeric code type writes the code as a JSON number when it is one.
   */
  static String exampleBody(Catalog c) {
    Wire w = c.wire();
    if (w == null || c.errors().isEmpty()) {
      return null;
    }
    ErrorEntry e = c.errors().get(0);
    return JsonText.write(true, g -> {
      g.writeStartObject();
      if (w.codeType() == CodeType.NUMBER && e.code().matches("-?[0-9]{1,18}")) {
        g.writeNumberField(w.codeField(), Long.parseLong(e.code()));
      } else {
        g.writeStringField(w.codeField(), e.code());
      }
      if (w.messageField() != null) {
        g.writeStringField(w.messageField(), e.message() == null ? "" : e.message());
      }
      if (w.requestIdField() != null) {
        g.writeStringField(w.requestIdField(), "…");
      }
      g.writeEndObject();
    }).stripTrailing();
  }

  /**
   * The same example as {@link #exampleBody} in the wire's XML form (text, not yet escaped for
   * HTML); null without an XML form.
   */
  static String exampleXml(Catalog c) {
    Wire w = c.wire();
    if (w == null || w.xml() == null || c.errors().isEmpty()) {
      return null;
    }
    ErrorEntry e = c.errors().get(0);
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<")
        .append(w.xml().root()).append(">\n");
    element(b, w.codeField(), e.code());
    if (w.messageField() != null) {
      element(b, w.messageField(), e.message() == null ? "" : e.message());
    }
    if (w.requestIdField() != null) {
      element(b, w.requestIdField(), "…");
    }
    return b.append("</").append(w.xml().root()).append('>').toString();
  }

  private static void element(StringBuilder b, String name, String text) {
    b.append("  <").append(name).append('>')
        .append(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
        .append("</").append(name).append(">\n");
  }

  private static void str(JsonOut g, String name, String value) {
    if (value != null) {
      g.writeStringField(name, value);
    }
  }
}
