package io.errcat.catalog.openapi;

import io.errcat.catalog.output.JsonOut;
import io.errcat.catalog.docs.ReasonPhrases;
import io.errcat.catalog.java.ServiceErrors;
import io.errcat.catalog.model.Catalog;
import io.errcat.catalog.model.CodeType;
import io.errcat.catalog.model.ErrorEntry;
import io.errcat.catalog.model.Operation;
import io.errcat.catalog.model.Retry;
import io.errcat.catalog.model.Symbols;
import io.errcat.catalog.model.Wire;
import io.errcat.catalog.output.GeneratedFile;
import io.errcat.catalog.output.JsonText;
import io.errcat.runtime.ProblemDetails;
import io.errcat.runtime.RetryHint;
import io.errcat.runtime.WireFormat;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A catalog's errors as an OpenAPI 3.1 document, {@code <id>.openapi.json}, for the place an API's
 * consumers read its errors. A catalog knows which errors each operation returns but not the
 * operation's URL, so the document holds reusable parts to {@code $ref} from an API's own paths:
 *
 * <ul>
 *   <li>{@code components.schemas}: the product's error body ({@code <Prefix>Error}, and {@code
 *       <Prefix>ErrorXml} where the product answers in XML) and RFC 9457's problem details;
 *   <li>{@code components.responses}: per operation (or {@code AnyOperation} for a catalog
 *       without operations) and status, one response, {@code <Operation>-<status>}: exactly the
 *       codes that operation can return with that status, as an {@code enum} on the code member
 *       and one example each with the very body the runtime encodes (several codes share one
 *       status as a choice among examples, not as a tagged union servers do not send), and the
 *       same codes in {@code x-error-codes} with their retry hints and reference links;
 *   <li>{@code x-errcat-operations}: each operation's responses by status, ready to paste into
 *       its {@code responses}.
 * </ul>
 *
 * <p>Every part comes in catalog order, so the same catalog gives the same bytes.
 */
public final class OpenApiEmitter {
  private OpenApiEmitter() {}

  /** What problem+json examples of a catalog without a wire are encoded alongside (unused). */
  private static final WireFormat NO_WIRE = WireFormat.builder("code").build();

  /** The name of the pseudo-operation of a catalog without operations. */
  static final String ANY_OPERATION = "AnyOperation";

  /**
   * The document of one catalog.
   *
   * @param catalog a clean catalog
   * @param docsBaseUrl where the HTML reference is published (problem types and links), or null
   * @return {@code <id>.openapi.json}
   */
  public static GeneratedFile emit(Catalog catalog, String docsBaseUrl) {
    String text = JsonText.write(true, g -> {
      Writer w = new Writer(catalog, docsBaseUrl, g);
      w.document(w.byOperation(), catalog.product().id());
    });
    return new GeneratedFile(Symbols.catalogFile(catalog.product().id(), "openapi.json"),
        text.getBytes(StandardCharsets.UTF_8));
  }

  /** Where the processor puts an interface's document on the class path; what adapters read. */
  public static final String SERVICE_DIRECTORY = "META-INF/errcat/openapi/";

  /**
   * The document of one {@code @ErrorCatalog} interface: its methods are the operations (by
   * method name), each with exactly the codes its {@code @Raises} declares, in the texts of the
   * catalog operation the method performs. Written by the annotation processor to {@code
   * META-INF/errcat/openapi/<interface>.openapi.json}, where the Spring adapter finds it for
   * springdoc.
   *
   * @param service the interface's declared errors
   * @param docsBaseUrl where the HTML reference is published, or null
   * @return the document
   */
  public static GeneratedFile emit(ServiceErrors service, String docsBaseUrl) {
    String qualified = service.packageName().isEmpty() ? service.interfaceName()
        : service.packageName() + "." + service.interfaceName();
    String text = JsonText.write(true, g -> {
      Writer w = new Writer(service.catalog(), docsBaseUrl, g);
      w.document(w.byMethod(service), qualified);
    });
    return new GeneratedFile(SERVICE_DIRECTORY + qualified + ".openapi.json",
        text.getBytes(StandardCharsets.UTF_8));
  }

  /** One code's variant as one operation returns it. */
  private record Returned(Symbols.Symbol symbol, ErrorEntry variant) {}

  private static final class Writer {
    private final Catalog catalog;
    private final String docsBaseUrl;
    private final JsonOut g;
    private final Symbols symbols;
    private final WireFormat wire;
    private final String prefix;
    private final Map<ErrorEntry, ExampleBodies.Bodies> bodies = new java.util.IdentityHashMap<>();

    Writer(Catalog catalog, String docsBaseUrl, JsonOut g) {
      this.catalog = catalog;
      this.docsBaseUrl = Symbols.normaliseBaseUrl(docsBaseUrl);
      this.g = g;
      this.symbols = Symbols.of(catalog);
      this.wire = catalog.wire() == null ? null : RuntimeWire.of(catalog.wire());
      this.prefix = catalog.product().javaPrefix();
    }

    void document(Map<String, Map<Integer, List<Returned>>> byOperation, String subject) {
      g.writeStartObject();
      g.writeStringField("openapi", "3.1.0");
      g.writeObjectFieldStart("info");
      String name = catalog.product().name() == null ? catalog.product().id()
          : catalog.product().name();
      g.writeStringField("title", name + " errors");
      g.writeStringField("version", "catalog " + catalog.formatVersion());
      g.writeStringField("description", "The errors of " + subject + ", generated by errcat"
          + " from the catalog '" + catalog.product().id() + "': reusable responses for each"
          + " operation and status (components.responses, indexed by x-errcat-operations) to"
          + " $ref from the API's own paths.");
      g.writeEndObject();
      g.writeObjectFieldStart("components");
      schemas();
      g.writeObjectFieldStart("responses");
      for (var op : byOperation.entrySet()) {
        for (var status : op.getValue().entrySet()) {
          response(op.getKey(), status.getKey(), status.getValue());
        }
      }
      g.writeEndObject();
      g.writeEndObject();
      g.writeObjectFieldStart("x-errcat-operations");
      for (var op : byOperation.entrySet()) {
        g.writeObjectFieldStart(op.getKey());
        for (Integer status : op.getValue().keySet()) {
          g.writeObjectFieldStart(Integer.toString(status));
          g.writeStringField("$ref", "#/components/responses/" + responseName(op.getKey(), status));
          g.writeEndObject();
        }
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeEndObject();
    }

    /**
     * Each method's declared codes by status, in the variant of the operation it performs (the
     * first variant where it performs none).
     */
    Map<String, Map<Integer, List<Returned>>> byMethod(ServiceErrors service) {
      Map<String, Map<Integer, List<Returned>>> out = new LinkedHashMap<>();
      for (ServiceErrors.Method m : service.methods()) {
        Map<Integer, List<Returned>> mine = new TreeMap<>();
        for (String code : m.codes()) {
          Symbols.Symbol s = symbols.of(code);
          ErrorEntry v = m.operation().flatMap(op -> s.variants().stream()
              .filter(e -> e.appliesTo(op)).findFirst()).orElse(s.primary());
          add(mine, s, v);
        }
        out.put(m.name(), mine);
      }
      return out;
    }

    /** Each operation's codes by status (statuses ascending, codes in catalog order). */
    Map<String, Map<Integer, List<Returned>>> byOperation() {
      Map<String, Map<Integer, List<Returned>>> out = new LinkedHashMap<>();
      if (catalog.operations().isEmpty()) {
        Map<Integer, List<Returned>> all = new TreeMap<>();
        for (Symbols.Symbol s : symbols.all()) {
          for (ErrorEntry v : s.variants()) {
            add(all, s, v);
          }
        }
        out.put(ANY_OPERATION, all);
        return out;
      }
      for (Operation op : catalog.operations()) {
        Map<Integer, List<Returned>> mine = new TreeMap<>();
        for (Symbols.Symbol s : symbols.all()) {
          for (ErrorEntry v : s.variants()) {
            if (v.appliesTo(op.id())) {
              add(mine, s, v);
              break; // one variant per operation: the first that applies, as the runtime picks
            }
          }
        }
        out.put(op.id(), mine);
      }
      return out;
    }

    private void add(Map<Integer, List<Returned>> byStatus, Symbols.Symbol s, ErrorEntry v) {
      int status = catalog.statusOf(v).orElse(500);
      byStatus.computeIfAbsent(status, k -> new ArrayList<>()).add(new Returned(s, v));
    }

    private static String responseName(String operation, int status) {
      return operation.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + status;
    }

    private void schemas() {
      g.writeObjectFieldStart("schemas");
      if (catalog.wire() != null) {
        wireSchema(prefix + "Error", null);
        if (catalog.wire().xml() != null) {
          wireSchema(prefix + "ErrorXml", catalog.wire().xml().root());
        }
      }
      g.writeObjectFieldStart("ProblemDetails");
      g.writeStringField("type", "object");
      g.writeStringField("description", "RFC 9457 problem details, with the catalog's code and"
          + " the request id as extension members.");
      g.writeObjectFieldStart("properties");
      stringProperty("type", "A URI reference to the code's card in the error reference.",
          "uri-reference");
      stringProperty("title", "The code's message, or the code when the message is a template.",
          null);
      g.writeObjectFieldStart("status");
      g.writeStringField("type", "integer");
      g.writeStringField("description", "The HTTP status.");
      g.writeEndObject();
      stringProperty("detail", "This occurrence's message.", null);
      stringProperty("instance", "A URI reference to this occurrence.", "uri-reference");
      stringProperty("code", "The catalog's error code.", null);
      stringProperty("requestId", "The request's id.", null);
      stringProperty("operation", "The operation that failed, where known.", null);
      g.writeEndObject();
      g.writeEndObject();
      g.writeEndObject();
    }

    private void wireSchema(String schemaName, String xmlRoot) {
      Wire w = catalog.wire();
      g.writeObjectFieldStart(schemaName);
      g.writeStringField("type", "object");
      g.writeStringField("description", "The error body " + catalog.product().id()
          + " sends" + (xmlRoot == null ? "" : ", as XML") + ".");
      if (xmlRoot != null) {
        g.writeObjectFieldStart("xml");
        g.writeStringField("name", xmlRoot);
        g.writeEndObject();
      }
      g.writeArrayFieldStart("required");
      g.writeString(w.codeField());
      g.writeEndArray();
      g.writeObjectFieldStart("properties");
      g.writeObjectFieldStart(w.codeField());
      g.writeStringField("type", w.codeType() == CodeType.NUMBER && xmlRoot == null
          ? "integer" : "string");
      g.writeStringField("description", "The error code.");
      g.writeEndObject();
      if (w.messageField() != null) {
        stringProperty(w.messageField(), "The message.", null);
      }
      if (w.requestIdField() != null) {
        stringProperty(w.requestIdField(), "The request's id.", null);
      }
      for (String extra : w.extraFields()) {
        if (!extra.equals(w.codeField()) && !extra.equals(w.messageField())
            && !extra.equals(w.requestIdField())) {
          stringProperty(extra, "Sent by the product with every error.", null);
        }
      }
      g.writeEndObject();
      g.writeEndObject();
    }

    private void stringProperty(String name, String description, String format) {
      g.writeObjectFieldStart(name);
      g.writeStringField("type", "string");
      if (format != null) {
        g.writeStringField("format", format);
      }
      g.writeStringField("description", description);
      g.writeEndObject();
    }

    private void response(String operation, int status, List<Returned> codes) {
      g.writeObjectFieldStart(responseName(operation, status));
      StringBuilder names = new StringBuilder();
      for (Returned r : codes) {
        names.append(names.length() == 0 ? "" : ", ").append(r.symbol().code());
      }
      String where = operation.equals(ANY_OPERATION) ? "" : operation + ": ";
      g.writeStringField("description", where + ReasonPhrases.label(status) + " \u2014 "
          + (codes.size() == 1 ? "" : "one of ") + names);
      headers(codes, status);
      g.writeObjectFieldStart("content");
      String typeBase = symbols.problemTypeBase(docsBaseUrl);
      if (wire != null) {
        content(wire.mediaType(), "#/components/schemas/" + prefix + "Error",
            catalog.wire().codeField(), codes, typeBase, Form.WIRE);
        if (wire.xmlRoot() != null) {
          content(wire.xmlMediaType(), "#/components/schemas/" + prefix + "ErrorXml",
              catalog.wire().codeField(), codes, typeBase, Form.XML);
        }
      }
      content(ProblemDetails.MEDIA_TYPE, "#/components/schemas/ProblemDetails", "code", codes,
          typeBase, Form.PROBLEM);
      g.writeEndObject();
      g.writeArrayFieldStart("x-error-codes");
      for (Returned r : codes) {
        errorCode(r);
      }
      g.writeEndArray();
      g.writeEndObject();
    }

    private void headers(List<Returned> codes, int status) {
      boolean retryAfter = codes.stream().anyMatch(r -> hint(r.variant(), status).after() != null);
      String requestIdHeader = catalog.wire() == null ? null : catalog.wire().requestIdHeader();
      if (!retryAfter && requestIdHeader == null) {
        return;
      }
      g.writeObjectFieldStart("headers");
      if (requestIdHeader != null) {
        g.writeObjectFieldStart(requestIdHeader);
        g.writeStringField("description", "The request's id.");
        g.writeObjectFieldStart("schema");
        g.writeStringField("type", "string");
        g.writeEndObject();
        g.writeEndObject();
      }
      if (retryAfter) {
        g.writeObjectFieldStart("Retry-After");
        g.writeStringField("description", "Seconds to wait before retrying, where the catalog"
            + " says how long.");
        g.writeObjectFieldStart("schema");
        g.writeStringField("type", "integer");
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndObject();
    }

    private enum Form { WIRE, XML, PROBLEM }

    private void content(String mediaType, String schemaRef, String codeMember,
        List<Returned> codes, String typeBase, Form form) {
      g.writeObjectFieldStart(mediaType);
      g.writeObjectFieldStart("schema");
      g.writeArrayFieldStart("allOf");
      g.writeStartObject();
      g.writeStringField("$ref", schemaRef);
      g.writeEndObject();
      g.writeStartObject();
      g.writeObjectFieldStart("properties");
      g.writeObjectFieldStart(codeMember);
      g.writeArrayFieldStart("enum");
      boolean number = form == Form.WIRE && catalog.wire().codeType() == CodeType.NUMBER;
      for (Returned r : codes) {
        if (number && r.symbol().code().matches("-?[0-9]{1,18}")) {
          g.writeNumber(Long.parseLong(r.symbol().code()));
        } else {
          g.writeString(r.symbol().code());
        }
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
      g.writeObjectFieldStart("examples");
      for (Returned r : codes) {
        ExampleBodies.Bodies b = bodies(r, typeBase);
        g.writeObjectFieldStart(r.symbol().anchor());
        g.writeStringField("summary", r.symbol().code());
        g.writeFieldName("value");
        switch (form) {
          case WIRE -> g.writeRawValue(b.json());
          case XML -> g.writeString(b.xml());
          case PROBLEM -> g.writeRawValue(b.problem());
          default -> throw new IllegalStateException(form.name());
        }
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeEndObject();
    }

    /**
     * A variant's example bodies, encoded once: every media type of every operation that returns
     * it shows the same ones.
     */
    private ExampleBodies.Bodies bodies(Returned r, String typeBase) {
      return bodies.computeIfAbsent(r.variant(), v -> ExampleBodies.of(catalog,
          wire == null ? NO_WIRE : wire, typeBase, r.symbol(), v));
    }

    private void errorCode(Returned r) {
      ErrorEntry v = r.variant();
      int status = catalog.statusOf(v).orElse(500);
      RetryHint hint = hint(v, status);
      g.writeStartObject();
      g.writeStringField("code", r.symbol().code());
      g.writeStringField("constant", prefix + "Error." + r.symbol().constant());
      if (v.message() != null) {
        g.writeStringField("message", v.message());
      }
      g.writeBooleanField("retryable", hint.retryable());
      if (hint.after() != null) {
        g.writeNumberField("retryAfterSeconds", hint.after().getSeconds());
      }
      g.writeStringField("reference", symbols.codeUrl(docsBaseUrl, r.symbol()));
      if (v.deprecated() != null) {
        g.writeBooleanField("deprecated", true);
        if (v.deprecated().replacedBy() != null) {
          g.writeStringField("replacedBy", v.deprecated().replacedBy());
        }
      }
      g.writeEndObject();
    }

    /** The catalog's retry hint, else the runtime's rule for the status (what a client gets). */
    private static RetryHint hint(ErrorEntry v, int status) {
      Retry r = v.retry();
      if (r == null) {
        return RetryHint.forStatus(status);
      }
      return RetryHint.of(r.retryable(), r.after()); // as the generated variants hold it
    }
  }
}
