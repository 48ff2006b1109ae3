package io.errcat.catalog.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.errcat.catalog.ClasspathCatalogs;
import io.errcat.catalog.Engine;
import io.errcat.catalog.model.Catalog;
import io.errcat.catalog.model.ErrorEntry;
import io.errcat.catalog.model.Operation;
import io.errcat.catalog.output.GeneratedFile;
import com.fasterxml.jackson.databind.JsonNode;
import io.errcat.runtime.DecodedBody;
import io.errcat.runtime.WireFormat;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every bundled catalog's OpenAPI document read by swagger-parser with no message, and checked
 * against the catalog itself: per operation and status exactly the codes the catalog says that
 * operation returns, each example a body the runtime decodes back to its code.
 */
class OpenApiTest {
  private static List<Catalog> bundled() {
    List<Catalog> out = new ArrayList<>();
    for (String id : ClasspathCatalogs.ids()) {
      out.add(ClasspathCatalogs.load(id).orElseThrow().catalog().orElseThrow());
    }
    return out;
  }

  private static OpenAPI parse(String text) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult r = new OpenAPIV3Parser().readContents(text, null, options);
    assertEquals(List.of(), r.getMessages() == null ? List.of() : r.getMessages());
    assertNotNull(r.getOpenAPI());
    return r.getOpenAPI();
  }

  /** What the catalog says: per operation, per status, the codes (catalog order). */
  private static Map<String, Map<Integer, Set<String>>> expected(Catalog c) {
    Map<String, Map<Integer, Set<String>>> out = new TreeMap<>();
    List<String> ops = c.operations().isEmpty() ? List.of(OpenApiEmitter.ANY_OPERATION)
        : c.operations().stream().map(Operation::id).toList();
    for (String op : ops) {
      Map<Integer, Set<String>> byStatus = new TreeMap<>();
      for (Map.Entry<String, List<ErrorEntry>> code : c.entriesByCode().entrySet()) {
        for (ErrorEntry e : code.getValue()) {
          if (op.equals(OpenApiEmitter.ANY_OPERATION) || e.appliesTo(op)) {
            byStatus.computeIfAbsent(c.statusOf(e).orElse(500), k -> new LinkedHashSet<>())
                .add(code.getKey());
            break;
          }
        }
      }
      out.put(op, byStatus);
    }
    return out;
  }

  @Test
  void everyBundledCatalogIsValidOpenApi31WithEachOperationsOwnErrors() {
    int responses = 0;
    for (Catalog c : bundled()) {
      String id = c.product().id();
      GeneratedFile file = OpenApiEmitter.emit(c, "https://errors.example.com/ref");
      assertEquals(id + ".openapi.json", file.path());
      String text = new String(file.content(), StandardCharsets.UTF_8);
      OpenAPI api = parse(text);
      assertEquals("3.1.0", api.getOpenapi(), id);
      @SuppressWarnings("unchecked")
      Map<String, Map<String, Map<String, String>>> index =
          (Map<String, Map<String, Map<String, String>>>) api.getExtensions()
              .get("x-errcat-operations");
      Map<String, Map<Integer, Set<String>>> expected = expected(c);
      assertEquals(expected.keySet(), new java.util.TreeSet<>(index.keySet()), id);
      WireFormat wire = c.wire() == null ? null : RuntimeWire.of(c.wire());
      for (var op : expected.entrySet()) {
        for (var status : op.getValue().entrySet()) {
          String where = id + " " + op.getKey() + " " + status.getKey();
          String ref = index.get(op.getKey()).get(Integer.toString(status.getKey())).get("$ref");
          ApiResponse response = api.getComponents().getResponses()
              .get(ref.substring(ref.lastIndexOf('/') + 1));
          assertNotNull(response, where);
          for (Map.Entry<String, MediaType> content : response.getContent().entrySet()) {
            Schema<?> restriction = (Schema<?>) content.getValue().getSchema().getAllOf().get(1);
            Schema<?> code = restriction.getProperties().values().iterator().next();
            List<String> codes = code.getEnum().stream().map(String::valueOf).toList();
            assertEquals(new ArrayList<>(status.getValue()), codes, where + " " + content.getKey());
            assertEquals(codes.size(), content.getValue().getExamples().size(), where);
            for (Map.Entry<String, Example> ex : content.getValue().getExamples().entrySet()) {
              checkExample(c, wire, content.getKey(), ex.getValue(), status.getKey(), where);
            }
          }
          assertEquals(status.getValue().size(),
              ((List<?>) response.getExtensions().get("x-error-codes")).size(), where);
          responses++;
        }
      }
      assertEquals(text, new String(OpenApiEmitter.emit(c, "https://errors.example.com/ref")
          .content(), StandardCharsets.UTF_8), id + ": the same bytes every time");
    }
    assertTrue(responses > 20, "responses " + responses);
  }

  /** An example is a body the runtime decodes to the code it is named for. */
  private static void checkExample(Catalog c, WireFormat wire, String mediaType, Example ex,
      int status, String where) {
    String summary = ex.getSummary();
    if (mediaType.equals("application/problem+json")) {
      JsonNode body = io.swagger.v3.core.util.Json.mapper().valueToTree(ex.getValue());
      assertEquals(summary, body.get("code").asText(), where);
      assertEquals(status, body.get("status").asInt(), where);
      return;
    }
    String text = ex.getValue() instanceof String xml ? xml
        : io.swagger.v3.core.util.Json.mapper().valueToTree(ex.getValue()).toString();
    DecodedBody d = wire.decode(status, Map.of("Content-Type", List.of(mediaType)),
        text.getBytes(StandardCharsets.UTF_8));
    assertEquals(summary, d.code(), where + " " + mediaType + ": " + text);
  }

  @Test
  void theEngineWritesOneDocumentPerCatalog() {
    List<Catalog> all = bundled();
    List<GeneratedFile> files = Engine.generateOpenApi(all, null);
    assertEquals(all.size(), files.size());
    String faas = new String(files.get(all.indexOf(all.stream()
        .filter(c -> c.product().id().equals("faas")).findFirst().orElseThrow())).content(),
        StandardCharsets.UTF_8);
    assertTrue(faas.contains("\"reference\": \"faas.html#SHELL_NOT_MATCH\""), "relative links");
    assertTrue(faas.contains("\"text/xml;charset=utf-8\""), "POP's XML form");
  }
}
