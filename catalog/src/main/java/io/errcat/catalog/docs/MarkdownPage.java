package io.errcat.catalog.docs;

import static io.errcat.catalog.docs.Escape.markdown;
import static io.errcat.catalog.docs.Escape.markdownCode;

import io.errcat.catalog.model.Catalog;
import io.errcat.catalog.model.ErrorEntry;
import io.errcat.catalog.model.Operation;
import io.errcat.catalog.model.Param;
import io.errcat.catalog.model.Source;
import java.util.List;

/**
 * {@code <id>.md}: the catalog for READMEs and wikis. A summary table, then one section per code
 * with an explicit {@code <a id>} anchor equal to the HTML page's. All catalog text goes through
 * {@link Escape#markdown}, so no cell splits and no HTML from a catalog survives.
 */
final class MarkdownPage {
  private MarkdownPage() {}

  static String render(Catalog catalog, List<CodeView> codes, DocsOptions options) {
    StringBuilder out = new StringBuilder(1 << 14);
    out.append("# ").append(markdown(Labels.productName(catalog))).append(" \u2014 error codes\n\n");
    if (catalog.product().vendor() != null) {
      out.append("Vendor: ").append(markdown(catalog.product().vendor())).append("  \n");
    }
    out.append("Catalog: ").append(markdownCode(catalog.product().id())).append(" \u00b7 ")
        .append(Labels.plural(codes.size(), "code", "codes")).append(" \u00b7 Java ")
        .append(markdownCode(catalog.product().javaPackage() + "." + catalog.product().javaPrefix() + "Error"))
        .append(" \u00b7 [HTML reference](")
        .append(Escape.markdownDestination(options.pageUrl(catalog.product().id())))
        .append(")\n\n");
    if (catalog.fallback() != null) {
      out.append("**Any other code").append(catalog.fallback().label() == null ? ""
          : " (" + markdown(catalog.fallback().label()) + ")").append(":** ")
          .append(markdown(nz(catalog.fallback().advice()))).append("\n\n");
    }
    out.append("| Code | Constant | HTTP | Retry | Operations | Message |\n")
        .append("|---|---|---|---|---|---|\n");
    for (CodeView c : codes) {
      for (ErrorEntry e : c.variants()) {
        out.append("| [").append(markdown(c.code())).append("](#").append(Escape.urlFragment(c.anchor()))
            .append(") | ").append(markdownCode(c.constant())).append(" | ")
            .append(catalog.statusOf(e).map(String::valueOf).orElse("")).append(" | ")
            .append(e.retry() == null ? "" : markdown(Labels.retry(e.retry()))).append(" | ")
            .append(operations(e)).append(" | ").append(markdown(nz(e.message()))).append(" |\n");
      }
    }
    out.append('\n');
    if (!catalog.operations().isEmpty()) {
      out.append("## Operations\n\n| Operation | Action | CLI | Own codes |\n|---|---|---|---|\n");
      for (Operation o : catalog.operations()) {
        long own = codes.stream().filter(c -> c.ownedBy(o.id())).count();
        out.append("| ").append(markdownCode(o.id())).append(" | ")
            .append(o.action() == null ? "" : markdownCode(o.action())).append(" | ")
            .append(o.command() == null ? "" : markdownCode(o.command())).append(" | ")
            .append(own).append(" |\n");
      }
      out.append('\n');
    }
    out.append("## Codes\n\n");
    for (CodeView c : codes) {
      out.append("<a id=\"").append(Escape.attr(c.anchor())).append("\"></a>\n\n### ")
          .append(markdownCode(c.code())).append("\n\n");
      for (ErrorEntry e : c.variants()) {
        if (c.variants().size() > 1 || !e.operations().isEmpty()) {
          out.append("- **Operations:** ").append(operations(e)).append('\n');
        }
        catalog.statusOf(e).ifPresent(s -> out.append("- **HTTP status:** ")
            .append(markdown(ReasonPhrases.label(s))).append(e.httpStatus() == null ? " (default)" : "")
            .append('\n'));
        line(out, "gRPC", catalog.grpcStatusOf(e) + ", reason " + e.grpcReason());
        line(out, "Retry", e.retry() == null ? null : Labels.retry(e.retry()));
        line(out, "Message", e.message());
        line(out, "Description", e.description());
        line(out, "Solution", e.solution());
        for (io.errcat.catalog.model.Translation t : e.translations()) {
          line(out, "Message (" + t.tag() + ")", t.message());
          line(out, "Description (" + t.tag() + ")", t.description());
          line(out, "Solution (" + t.tag() + ")", t.solution());
        }
        if (!e.params().isEmpty()) {
          out.append("- **Parameters:** ");
          for (int i = 0; i < e.params().size(); i++) {
            Param p = e.params().get(i);
            out.append(i > 0 ? ", " : "").append(markdownCode(
                (p.type() == null ? "" : p.type().yamlName() + " ") + p.name()));
          }
          out.append('\n');
        }
        line(out, "Notes", e.notes());
        if (e.deprecated() != null) {
          line(out, "Deprecated", Labels.deprecation(e.deprecated()));
        }
        if (e.source() != null) {
          line(out, "Source", Labels.sourceTitle(catalog, e.source()).orElse(e.source()));
        }
        out.append('\n');
      }
    }
    if (!catalog.retired().isEmpty()) {
      out.append("## Retired codes\n\nThe product no longer returns these codes, and none of them"
          + " will ever mean anything else.\n\n");
      catalog.retired().forEach(r -> out.append("- ").append(markdownCode(r.code()))
          .append(": no longer returned").append(r.since() == null ? "" : " since "
              + markdown(r.since())).append('.')
          .append(r.note() == null ? "" : " " + markdown(r.note().strip())).append('\n'));
      out.append('\n');
    }
    if (!catalog.endpoints().isEmpty()) {
      out.append("## Endpoints\n\n| Region | Name | Public endpoint | Internal endpoint |\n")
          .append("|---|---|---|---|\n");
      catalog.endpoints().forEach(e -> out.append("| ").append(markdown(nz(e.regionId())))
          .append(" | ").append(markdown(nz(e.name()))).append(" | ")
          .append(markdown(nz(e.publicEndpoint()))).append(" | ")
          .append(markdown(nz(e.internalEndpoint()))).append(" |\n"));
      out.append('\n');
    }
    if (!catalog.product().sources().isEmpty()) {
      out.append("## Sources\n\n");
      for (Source s : catalog.product().sources()) {
        out.append("- ").append(markdownCode(s.document()));
        if (s.title() != null) out.append(" \u2014 ").append(markdown(s.title()));
        if (s.section() != null) out.append(", ").append(markdown(s.section()));
        out.append('\n');
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String operations(ErrorEntry e) {
    if (e.operations().isEmpty()) {
      return "all";
    }
    StringBuilder s = new StringBuilder();
    for (String op : e.operations()) {
      s.append(s.length() > 0 ? ", " : "").append(markdownCode(op));
    }
    return s.toString();
  }

  private static void line(StringBuilder out, String label, String value) {
    if (value != null) {
      out.append("- **").append(label).append(":** ").append(markdown(value)).append('\n');
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
