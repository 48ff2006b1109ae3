package io.errcat.catalog.yaml;

import io.errcat.catalog.problem.DidYouMean;
import io.errcat.catalog.problem.ProblemId;
import io.errcat.catalog.problem.Problems;
import io.errcat.catalog.model.Catalog;
import io.errcat.catalog.model.CodeType;
import io.errcat.catalog.model.Endpoint;
import io.errcat.catalog.model.Deprecation;
import io.errcat.catalog.model.Translation;
import io.errcat.catalog.model.GrpcSection;
import io.errcat.catalog.model.Position;
import io.errcat.catalog.model.ErrorEntry;
import io.errcat.catalog.model.Fallback;
import io.errcat.catalog.model.JavaSection;
import io.errcat.catalog.model.Operation;
import io.errcat.catalog.model.Param;
import io.errcat.catalog.model.ParamType;
import io.errcat.catalog.model.Retired;
import io.errcat.catalog.model.Positions;
import io.errcat.catalog.model.Product;
import io.errcat.catalog.model.Retry;
import io.errcat.catalog.model.Source;
import io.errcat.catalog.model.RequestIdMint;
import io.errcat.catalog.model.Wire;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Maps a composed catalog document onto the model, format version 1. The key lists below are the
 * format: every other key is reported as unknown. Problems of shape (missing, empty, mistyped,
 * unparsable values) are reported here; the rules that relate values to each other live in the
 * checker.
 */
final class ModelReader {
  static final List<String> ROOT_KEYS = List.of("catalog", "product", "wire", "defaultHttpStatus",
      "operations", "errors", "endpoints", "fallback", "retired", "language", "locales", "grpc");
  static final List<String> GRPC_KEYS = List.of("domain");
  static final List<String> RETIRED_KEYS = List.of("code", "since", "note");
  static final List<String> PRODUCT_KEYS = List.of("id", "name", "vendor", "java", "sources");
  static final List<String> JAVA_KEYS = List.of("package", "prefix");
  static final List<String> SOURCE_KEYS = List.of("document", "title", "section");
  static final List<String> WIRE_KEYS = List.of("codeField", "codeType", "messageField",
      "requestIdField", "requestIdHeader", "codeHeader", "extraFields", "codeAliases",
      "messageAliases", "requestIdAliases", "mediaType", "xml", "mintRequestId", "notes");
  static final List<String> XML_KEYS = List.of("root", "mediaType");
  static final List<String> OPERATION_KEYS = List.of("id", "action", "command", "description");
  static final List<String> ERROR_KEYS = List.of("code", "name", "httpStatus", "message",
      "description", "solution", "operations", "retry", "params", "source", "notes", "deprecated",
      "messages", "descriptions", "solutions", "grpcStatus", "reason");
  /** The per-language maps of an entry, and the field each translates. */
  static final Map<String, String> TRANSLATED = Map.of(
      "messages", "message", "descriptions", "description", "solutions", "solution");
  static final List<String> DEPRECATED_KEYS = List.of("since", "replacedBy", "note");
  static final List<String> RETRY_KEYS = List.of("retryable", "after");
  static final List<String> PARAM_KEYS = List.of("name", "type");
  static final List<String> ENDPOINT_KEYS = List.of("regionId", "name", "publicEndpoint",
      "internalEndpoint");
  static final List<String> FALLBACK_KEYS = List.of("label", "advice", "source");

  private final NodeReader reader;
  private final Problems problems;

  ModelReader(NodeReader reader, Problems problems) {
    this.reader = reader;
    this.problems = problems;
  }

  /** The catalog, or null when the document is not a mapping at all. */
  Catalog catalog(Node root) {
    Fields f = reader.mapping(root, "", ROOT_KEYS);
    if (f == null) {
      return null;
    }
    int version = formatVersion(f);
    Fields p = f.mapping("product", PRODUCT_KEYS);
    Product product;
    if (p == null) {
      if (f.node("product") == null) {
        f.missing("product");
      }
      product = new Product(null, null, null, null, List.of(), Positions.of(f.self()));
    } else {
      product = product(p);
    }
    Fields w = f.mapping("wire", WIRE_KEYS);
    Integer defaultStatus = status(f, "defaultHttpStatus");
    List<Operation> operations = f.list("operations", this::operation);
    List<ErrorEntry> errors;
    if (f.node("errors") == null) {
      f.missing("errors");
      errors = List.of();
    } else {
      errors = f.list("errors", this::error);
      if (f.node("errors") instanceof SequenceNode s && s.getValue().isEmpty()) {
        problems.add(ProblemId.EC043, f.positions().of("errors"));
      }
    }
    List<Endpoint> endpoints = f.list("endpoints", this::endpoint);
    Fields fb = f.mapping("fallback", FALLBACK_KEYS);
    Fallback fallback = fb == null ? null
        : new Fallback(fb.text("label"), fb.requiredText("advice"), fb.text("source"), fb.positions());
    List<Retired> retired = f.list("retired", this::retired);
    return new Catalog(version, product, w == null ? null : wire(w), defaultStatus, operations,
        errors, endpoints, fallback, retired, f.text("language"), f.texts("locales"),
        grpc(f), f.positions());
  }

  private GrpcSection grpc(Fields f) {
    Fields g = f.mapping("grpc", GRPC_KEYS);
    return g == null ? null : new GrpcSection(g.text("domain"), g.positions());
  }

  private Retired retired(Node node, String path) {
    Fields r = reader.mapping(node, path, RETIRED_KEYS);
    if (r == null) {
      return null;
    }
    String code = r.requiredText("code");
    return code == null ? null : new Retired(code, r.text("since"), r.text("note"), r.positions());
  }

  private int formatVersion(Fields f) {
    if (f.node("catalog") == null) {
      f.missing("catalog");
      return Catalog.FORMAT_VERSION;
    }
    Long v = f.integer("catalog");
    if (v == null) {
      return Catalog.FORMAT_VERSION;
    }
    if (v != Catalog.FORMAT_VERSION) {
      problems.add(ProblemId.EC018, f.positions().of("catalog"), v, Catalog.FORMAT_VERSION);
    }
    return Catalog.FORMAT_VERSION;
  }

  private Product product(Fields p) {
    Fields j = p.mapping("java", JAVA_KEYS);
    JavaSection java = j == null ? null
        : new JavaSection(j.text("package"), j.text("prefix"), j.positions());
    List<Source> sources = p.list("sources", (node, path) -> {
      Fields s = reader.mapping(node, path, SOURCE_KEYS);
      return s == null ? null : new Source(s.requiredText("document"), s.text("title"),
          s.text("section"), s.positions());
    });
    return new Product(p.requiredText("id"), p.requiredText("name"), p.text("vendor"), java,
        sources, p.positions());
  }

  private Wire wire(Fields w) {
    String codeField = w.requiredText("codeField");
    CodeType codeType = null;
    String type = w.text("codeType");
    if (type != null) {
      List<String> allowed = List.of("string", "number");
      if (allowed.contains(type)) {
        codeType = CodeType.valueOf(type.toUpperCase(Locale.ROOT));
      } else {
        problems.addWithHint(ProblemId.EC036, w.positions().of("codeType"),
            DidYouMean.nearest(type, allowed), w.pathOf("codeType"), "string, number", type);
      }
    }
    RequestIdMint mint = null;
    String mintText = w.text("mintRequestId");
    if (mintText != null) {
      mint = RequestIdMint.ofYaml(mintText);
      if (mint == null) {
        problems.addWithHint(ProblemId.EC036, w.positions().of("mintRequestId"),
            DidYouMean.nearest(mintText, RequestIdMint.SPELLINGS), w.pathOf("mintRequestId"),
            String.join(", ", RequestIdMint.SPELLINGS), mintText);
      }
    }
    Fields x = w.mapping("xml", XML_KEYS);
    Wire.Xml xml = x == null ? null
        : new Wire.Xml(x.requiredText("root"), x.text("mediaType"), x.positions());
    return new Wire(codeField, codeType, w.text("messageField"), w.text("requestIdField"),
        w.text("requestIdHeader"), w.text("codeHeader"), w.texts("extraFields"),
        w.texts("codeAliases"), w.texts("messageAliases"), w.texts("requestIdAliases"),
        w.text("mediaType"), xml, mint, w.text("notes"), w.positions());
  }

  private Operation operation(Node node, String path) {
    Fields o = reader.mapping(node, path, OPERATION_KEYS);
    if (o == null) {
      return null;
    }
    String id = o.requiredText("id");
    return new Operation(id == null ? "" : id, o.text("action"), o.text("command"),
        o.text("description"), o.positions());
  }

  private ErrorEntry error(Node node, String path) {
    Fields e = reader.mapping(node, path, ERROR_KEYS);
    if (e == null) {
      return null;
    }
    String code = e.requiredText("code");
    Fields r = e.mapping("retry", RETRY_KEYS);
    List<Param> params = e.list("params", this::param);
    Fields d = e.mapping("deprecated", DEPRECATED_KEYS);
    Deprecation deprecated = d == null ? null
        : new Deprecation(d.text("since"), d.text("replacedBy"), d.text("note"), d.positions());
    return new ErrorEntry(code == null ? "" : code, e.text("name"), status(e, "httpStatus"),
        e.text("message"), e.text("description"), e.text("solution"), e.texts("operations"),
        r == null ? null : retry(r), params, e.text("source"), e.text("notes"), deprecated,
        translations(e), e.text("grpcStatus"), e.text("reason"), e.positions());
  }

  /**
   * The entry's {@code messages}, {@code descriptions} and {@code solutions}, merged by tag in order
   * of first appearance (a tag's position is where it was first written). Tags are kept as
   * written: whether they are BCP 47 is the checker's rule.
   */
  private List<Translation> translations(Fields e) {
    Map<String, Map<String, String>> texts = new LinkedHashMap<>();
    Map<String, Map<String, Position>> at = new LinkedHashMap<>();
    Map<String, Position> tagAt = new LinkedHashMap<>();
    for (String map : List.of("messages", "descriptions", "solutions")) {
      String field = TRANSLATED.get(map);
      e.byKey(map, (tag, keyAt, valueAt, text) -> {
        tagAt.putIfAbsent(tag, keyAt);
        texts.computeIfAbsent(tag, k -> new LinkedHashMap<>()).put(field, text);
        at.computeIfAbsent(tag, k -> new LinkedHashMap<>()).put(field, valueAt);
      });
    }
    List<Translation> out = new ArrayList<>();
    tagAt.forEach((tag, self) -> {
      Map<String, String> t = texts.get(tag);
      out.add(new Translation(tag, t.get("message"), t.get("description"), t.get("solution"),
          new Positions(self, at.get(tag))));
    });
    return out;
  }

  private Retry retry(Fields r) {
    Boolean retryable = r.bool("retryable", true);
    String after = r.text("after");
    Duration duration = null;
    if (after != null) {
      try {
        // a duration is short; do not hand megabytes to the parser's regular expression
        duration = after.length() > 64 ? null : Duration.parse(after);
        if (duration.isNegative() || duration.isZero()) {
          duration = null;
        }
      } catch (DateTimeParseException ex) {
        duration = null;
      }
      if (duration == null) {
        problems.add(ProblemId.EC037, r.positions().of("after"), after);
      }
    }
    return new Retry(retryable == null || retryable, duration, r.positions());
  }

  private Param param(Node node, String path) {
    Fields p = reader.mapping(node, path, PARAM_KEYS);
    if (p == null) {
      return null;
    }
    String name = p.requiredText("name");
    String typeText = p.requiredText("type");
    ParamType type = null;
    if (typeText != null) {
      type = ParamType.fromYaml(typeText).orElse(null);
      if (type == null) {
        List<String> allowed = Arrays.stream(ParamType.values()).map(ParamType::yamlName).toList();
        problems.addWithHint(ProblemId.EC036, p.positions().of("type"),
            DidYouMean.nearest(typeText, allowed), p.pathOf("type"), String.join(", ", allowed),
            typeText);
      }
    }
    return new Param(name == null ? "" : name, type == null ? ParamType.STRING : type,
        p.positions());
  }

  private Endpoint endpoint(Node node, String path) {
    Fields e = reader.mapping(node, path, ENDPOINT_KEYS);
    return e == null ? null : new Endpoint(e.requiredText("regionId"), e.text("name"),
        e.requiredText("publicEndpoint"), e.text("internalEndpoint"), e.positions());
  }

  /** An HTTP status field: integers beyond int are reported here, the 100-599 rule by the checker. */
  private Integer status(Fields f, String key) {
    Long v = f.integer(key);
    if (v == null) {
      return null;
    }
    if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
      problems.add(ProblemId.EC024, f.positions().of(key), f.pathOf(key),
          ((ScalarNode) f.node(key)).getValue());
      return null;
    }
    return v.intValue();
  }
}
