package io.errcat.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.google.testing.compile.Compilation;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document the processor writes for an {@code @ErrorCatalog} interface: valid for
 * swagger-parser, and per method exactly the codes its {@code @Raises} declares, by status.
 */
class ServiceOpenApiTest {
  @Test
  void eachMethodListsExactlyItsDeclaredCodes() throws IOException {
    Compilation c = Fixtures.javac().compile(FaasServiceTest.SERVICE);
    JavaFileObject file = c.generatedFile(StandardLocation.CLASS_OUTPUT,
        "META-INF/errcat/openapi/com.acme.fpga.FpgaImageService.openapi.json").orElseThrow();
    String text;
    try (var in = file.openInputStream()) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    SwaggerParseResult r = new OpenAPIV3Parser().readContents(text, null, null);
    assertEquals(List.of(), r.getMessages() == null ? List.of() : r.getMessages());
    OpenAPI api = r.getOpenAPI();
    assertNotNull(api);
    assertEquals(Map.of(503, List.of("ANOTHER TASK RUNNING"), 404, List.of("SHELL NOT MATCH")),
        codes(api, "loadFpgaImage"));
    assertEquals(Map.of(404, List.of("IMAGE NOT FOUND")), codes(api, "deleteFpgaImage"));
    assertEquals(Map.of(401, List.of("NOT AUTHORIZED"), 404, List.of("FPGA NOT FOUND"),
        500, List.of("InternalError")), codes(api, "describeLoadTaskStatus"));
  }

  /** A method's codes by status, read off its responses' code enums. */
  private static Map<Integer, List<String>> codes(OpenAPI api, String method) {
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Map<String, String>>> index =
        (Map<String, Map<String, Map<String, String>>>) api.getExtensions().get("x-errcat-operations");
    Map<Integer, List<String>> out = new TreeMap<>();
    for (var status : index.get(method).entrySet()) {
      String ref = status.getValue().get("$ref");
      ApiResponse response = api.getComponents().getResponses()
          .get(ref.substring(ref.lastIndexOf('/') + 1));
      Schema<?> restriction = (Schema<?>) response.getContent().get("application/problem+json")
          .getSchema().getAllOf().get(1);
      Schema<?> code = restriction.getProperties().get("code");
      out.put(Integer.parseInt(status.getKey()),
          code.getEnum().stream().map(String::valueOf).toList());
    }
    return out;
  }
}
