package io.errcat.catalog.docs;

import static io.errcat.catalog.docs.Escape.attr;
import static io.errcat.catalog.docs.Escape.html;

import io.errcat.catalog.model.Catalog;
import io.errcat.catalog.model.Retired;
import io.errcat.catalog.output.Prose;
import io.errcat.catalog.model.CodeType;
import io.errcat.catalog.model.Endpoint;
import io.errcat.catalog.model.ErrorEntry;
import io.errcat.catalog.model.Fallback;
import io.errcat.catalog.model.Operation;
import io.errcat.catalog.model.Source;
import io.errcat.catalog.model.Symbols;
import io.errcat.catalog.model.Wire;
import io.errcat.catalog.model.PageId;
import java.util.List;

/**
 * The catalog-level sections of a catalog page: fallback advice, the operation view, the wire
 * format, the endpoints table and the source documents.
 */
final class CatalogSections {
  /** The operation view lists at most this many codes per box; the list filter shows the rest. */
  static final int MAX_CODES_PER_OPERATION = 200;

  private final Catalog catalog;
  private final List<CodeView> codes;
  private final StringBuilder out;

  CatalogSections(Catalog catalog, List<CodeView> codes, StringBuilder out) {
    this.catalog = catalog;
    this.codes = codes;
    this.out = out;
  }

  /** The element id of an operation's box. */
  static String operationId(String op) {
    return Symbols.operationAnchor(op);
  }

  /** The link fragment (without '#') of an operation's box. */
  static String operationHref(String op) {
    return Escape.urlFragment(operationId(op));
  }

  void fallback() {
    Fallback f = catalog.fallback();
    if (f == null) {
      return;
    }
    out.append("<aside class=\"fallback\" id=\"" + PageId.FALLBACK.id() + "\"><h2>Any other code: ")
        .append(html(f.label() == null ? "Others" : f.label())).append("</h2><div class=\"prose\">")
        .append(f.advice() == null ? "" : Prose.block(f.advice())).append("</div>");
    if (f.source() != null) {
      out.append("<p class=\"src\">Source: ").append(Labels.sourceHtml(catalog, f.source()))
          .append("</p>");
    }
    out.append("</aside>\n");
  }

  void operations() {
    List<Operation> ops = catalog.operations();
    if (ops.isEmpty()) {
      return;
    }
    List<CodeView> common = codes.stream().filter(CodeView::appliesToAll).toList();
    out.append("<section id=\"" + PageId.OPERATIONS.id() + "\" class=\"block\"><h2>Operations</h2>\n")
        .append("<p class=\"lede\">Which errors each operation may return: its own codes, plus ")
        .append(Labels.plural(common.size(), "code", "codes"))
        .append(" that apply to every operation.</p>\n<div class=\"op-grid\">\n");
    for (Operation o : ops) {
      List<CodeView> own = codes.stream().filter(c -> c.ownedBy(o.id())).toList();
      out.append("<article class=\"op\" id=\"").append(attr(operationId(o.id()))).append("\"><h3>")
          .append(html(o.id())).append("</h3>");
      if (o.action() != null || o.command() != null) {
        out.append("<p>");
        if (o.action() != null) {
          out.append("Action <code>").append(html(o.action())).append("</code>");
        }
        if (o.command() != null) {
          out.append(o.action() != null ? " \u00b7 " : "").append("CLI <code>")
              .append(html(o.command())).append("</code>");
        }
        out.append("</p>");
      }
      if (o.description() != null) {
        out.append("<div class=\"prose\">").append(Prose.block(o.description()))
            .append("</div>");
      }
      out.append("<p><strong>").append(Labels.plural(own.size() + common.size(), "code", "codes"))
          .append("</strong> \u00b7 <a class=\"show\" href=\"#op=")
          .append(attr(Escape.urlFragment(o.id()))).append("\">show in the list</a></p>");
      codeList(own, o.id());
      if (!common.isEmpty()) {
        out.append("<p>+ ").append(Labels.plural(common.size(), "code", "codes"))
            .append(" for every operation</p>");
      }
      out.append("</article>\n");
    }
    if (!common.isEmpty()) {
      out.append("<article class=\"op\" id=\"" + PageId.EVERY_OPERATION.id() + "\"><h3>Every operation</h3>")
          .append("<p>Codes without an operation list apply to all operations.</p>");
      codeList(common, null);
      out.append("</article>\n");
    }
    out.append("</div></section>\n");
  }

  private void codeList(List<CodeView> list, String op) {
    if (list.isEmpty()) {
      return;
    }
    out.append("<ul>");
    for (CodeView c : list.subList(0, Math.min(list.size(), MAX_CODES_PER_OPERATION))) {
      ErrorEntry e = c.variants().stream()
          .filter(v -> op == null ? v.operations().isEmpty() : v.operations().contains(op))
          .findFirst().orElse(c.first());
      out.append("<li><a href=\"#").append(attr(Escape.urlFragment(c.anchor()))).append("\">")
          .append(html(c.code())).append("</a>");
      catalog.statusOf(e).ifPresent(s ->
          out.append("<span class=\"b s").append(s / 100).append("\">").append(s).append("</span>"));
      out.append("</li>");
    }
    if (list.size() > MAX_CODES_PER_OPERATION) {
      out.append("<li>\u2026 and ").append(list.size() - MAX_CODES_PER_OPERATION)
          .append(" more in the list</li>");
    }
    out.append("</ul>");
  }

  void wire() {
    out.append("<section id=\"" + PageId.WIRE.id() + "\" class=\"block\"><h2>Wire format</h2>\n");
    Wire w = catalog.wire();
    if (w == null) {
      out.append("<p>In-process only: these errors are not sent over HTTP.</p>");
    } else {
      out.append("<dl class=\"kv\">");
      kv("Code", "JSON member <code>" + html(w.codeField()) + "</code> ("
          + (w.codeType() == CodeType.NUMBER ? "a number" : "a string") + ", read ignoring case)"
          + alsoRead(w.codeAliases()));
      if (w.messageField() != null || !w.messageAliases().isEmpty()) {
        kv("Message", (w.messageField() == null ? "read only"
            : "JSON member <code>" + html(w.messageField()) + "</code>")
            + alsoRead(w.messageAliases()));
      }
      if (w.requestIdField() != null || w.requestIdHeader() != null) {
        StringBuilder r = new StringBuilder();
        if (w.requestIdField() != null) {
          r.append("JSON member <code>").append(html(w.requestIdField())).append("</code>");
        }
        if (w.requestIdHeader() != null) {
          r.append(r.length() > 0 ? " or " : "").append("header <code>")
              .append(html(w.requestIdHeader())).append("</code>");
        }
        r.append(alsoRead(w.requestIdAliases()));
        if (w.mintRequestId() != null) {
          r.append("; a server mints one (").append(html(w.mintRequestId().yaml()))
              .append(") when the caller sent none");
        }
        kv("Request id", r.toString());
      }
      if (w.codeHeader() != null) {
        kv("Code header", "<code>" + html(w.codeHeader()) + "</code>");
      }
      if (!w.extraFields().isEmpty()) {
        StringBuilder x = new StringBuilder();
        for (String f : w.extraFields()) {
          x.append(x.length() > 0 ? ", " : "").append("<code>").append(html(f)).append("</code>");
        }
        kv("Also kept", x.toString());
      }
      kv("Media type", "<code>" + html(w.mediaType() == null ? "application/json" : w.mediaType())
          + "</code>");
      if (w.xml() != null) {
        kv("XML form", "the same members as child elements of <code>&lt;" + html(w.xml().root())
            + "&gt;</code>, as <code>" + html(w.xml().mediaType() == null ? "text/xml"
                : w.xml().mediaType()) + "</code>; read when a response says XML");
      }
      out.append("</dl>");
      if (w.notes() != null) {
        out.append(Prose.labelled("Notes", w.notes()));
      }
    }
    if (catalog.defaultHttpStatus() != null) {
      out.append("<p>Entries without a documented status use <strong>")
          .append(html(ReasonPhrases.label(catalog.defaultHttpStatus()))).append("</strong>.</p>");
    }
    String example = CatalogJson.exampleBody(catalog);
    if (example != null) {
      out.append("<p>An error body:</p><pre class=\"example\"><code>").append(html(example))
          .append("</code></pre>");
    }
    String xml = CatalogJson.exampleXml(catalog);
    if (xml != null) {
      out.append("<p>The same in XML:</p><pre class=\"example\"><code>").append(html(xml))
          .append("</code></pre>");
    }
    out.append("</section>\n");
  }

  /** ", also read from a, b" for a wire member's aliases; empty without aliases. */
  private static String alsoRead(List<String> aliases) {
    if (aliases.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder("; also read from ");
    for (int i = 0; i < aliases.size(); i++) {
      b.append(i > 0 ? ", " : "").append("<code>").append(html(aliases.get(i))).append("</code>");
    }
    return b.toString();
  }

  private void kv(String key, String valueHtml) {
    out.append("<dt>").append(key).append("</dt><dd>").append(valueHtml).append("</dd>");
  }

  /**
   * A tombstone per retired code, at the anchor its card had (its Java name), so that old links
   * still land and say what happened: "no longer returned since …".
   */
  void retired() {
    if (catalog.retired().isEmpty()) {
      return;
    }
    out.append("<section id=\"" + PageId.RETIRED.id() + "\" class=\"block\"><h2>Retired codes</h2>")
        .append("<p class=\"lede\">The product no longer returns these codes, and none of them"
            + " will ever mean anything else.</p>\n");
    for (var tomb : Labels.retiredAnchors(catalog).entrySet()) {
      Retired r = tomb.getKey();
      String anchor = tomb.getValue();
      out.append("<article class=\"card tomb\" id=\"").append(attr(anchor)).append("\">")
          .append("<div class=\"card-head\"><h3><a href=\"#")
          .append(attr(Escape.urlFragment(anchor))).append("\">").append(html(r.code()))
          .append("</a></h3><span class=\"b dep\">Retired")
          .append(r.since() == null ? "" : " since " + html(r.since())).append("</span></div>")
          .append("<p class=\"msg\">No longer returned")
          .append(r.since() == null ? "" : " since " + html(r.since())).append(".")
          .append(r.note() == null ? "" : " " + html(r.note().strip())).append("</p></article>\n");
    }
    out.append("</section>\n");
  }

  void endpoints() {
    if (catalog.endpoints().isEmpty()) {
      return;
    }
    out.append("<section id=\"" + PageId.ENDPOINTS.id() + "\" class=\"block\"><h2>Endpoints</h2>\n<div class=\"table-wrap\">")
        .append("<table><thead><tr><th>Region</th><th>Name</th><th>Public endpoint</th>")
        .append("<th>Internal endpoint</th></tr></thead><tbody>\n");
    for (Endpoint e : catalog.endpoints()) {
      out.append("<tr><td><code>").append(html(nz(e.regionId()))).append("</code></td><td>")
          .append(html(nz(e.name()))).append("</td><td><code>").append(html(nz(e.publicEndpoint())))
          .append("</code></td><td><code>").append(html(nz(e.internalEndpoint())))
          .append("</code></td></tr>\n");
    }
    out.append("</tbody></table></div></section>\n");
  }

  void sources() {
    out.append("<section id=\"" + PageId.SOURCES.id() + "\" class=\"block\"><h2>Sources</h2>\n");
    if (catalog.product().sources().isEmpty()) {
      out.append("<p>The catalog names no source documents.</p>");
    } else {
      out.append("<ul class=\"sources\">");
      for (Source s : catalog.product().sources()) {
        out.append("<li>");
        if (s.title() != null) {
          out.append("<cite>").append(html(s.title()));
          if (s.section() != null) {
            out.append(" \u2014 ").append(html(s.section()));
          }
          out.append("</cite> ");
        }
        out.append("<code>").append(html(s.document())).append("</code></li>");
      }
      out.append("</ul>");
    }
    out.append("</section>\n");
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
