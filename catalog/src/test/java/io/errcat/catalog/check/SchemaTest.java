package io.errcat.catalog.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.errcat.catalog.Engine;
import io.errcat.catalog.problem.LoadResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The JSON Schema shipped in the jar ({@code META-INF/errcat/errcat-catalog.schema.json}) is a
 * valid draft 2020-12 schema, accepts every clean catalog (the bundled ones and the test's), and
 * rejects what the loader rejects where a schema can say so. Catalogs are turned into JSON the
 * way an editor's YAML plugin does it (plain YAML resolution), so an unquoted numeric code
 * fails here just as it would in an editor.
 */
class SchemaTest {
  static final String SCHEMA = "/META-INF/errcat/errcat-catalog.schema.json";
  static final ObjectMapper JSON = new ObjectMapper();
  static JsonSchema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    schema = schema();
  }

  /** The shipped schema, read from the classpath as an editor reads it from the jar. */
  static JsonSchema schema() throws IOException {
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    try (InputStream in = SchemaTest.class.getResourceAsStream(SCHEMA)) {
      return factory.getSchema(in);
    }
  }

  static JsonNode yamlAsJson(String yaml) {
    Object tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    return JSON.valueToTree(tree);
  }

  @Test
  void theSchemaIsAValidDraft202012Schema() throws IOException {
    JsonNode schemaJson;
    try (InputStream in = SchemaTest.class.getResourceAsStream(SCHEMA)) {
      schemaJson = JSON.readTree(in); // valid JSON, or this throws
    }
    assertEquals("https://json-schema.org/draft/2020-12/schema", schemaJson.get("$schema").asText());
    JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    Set<ValidationMessage> errors = meta.validate(schemaJson);
    assertEquals(Set.of(), errors);
    assertFalse(meta.validate(JSON.readTree("{\"type\": 5}")).isEmpty(), "the meta-schema bites");
  }

  /**
   * The bundled catalogs (which must be clean), and every catalog among this module's test
   * resources that loads without any problem, validate against the schema.
   */
  @Test
  void everyCleanCatalogValidates() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(Path.of("src/main/errcat"))) {
      s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
    }
    int bundled = files.size();
    try (Stream<Path> s = Files.walk(Path.of("src/test/resources"))) {
      s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
    }
    // the three-language catalog the Spring tests share (language, locales, messages by tag)
    files.add(Path.of("../runtime/spring/src/test/errcat/orders-i18n.yaml"));
    assertTrue(bundled >= 1 && files.size() > bundled, files.toString());
    int validated = 0;
    for (Path f : files) {
      LoadResult r = Engine.load(f, f.getFileName().toString());
      if (files.indexOf(f) < bundled) {
        assertEquals(List.of(), r.problems(), f.toString());
      } else if (!r.problems().isEmpty()) {
        continue;
      }
      Set<ValidationMessage> errors = schema.validate(
          yamlAsJson(Files.readString(f, StandardCharsets.UTF_8)));
      assertEquals(Set.of(), errors, f.toString());
      validated++;
    }
    assertTrue(validated > bundled, "validated " + validated);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "catalog: 1\nproduct: {id: t, name: T}\nerrors: [{code: A}]\nerors: []\n",
      "catalog: 2\nproduct: {id: t, name: T}\nerrors: [{code: A}]\n",
      "catalog: 1\nproduct: {id: T, name: T}\nerrors: [{code: A}]\n",
      "catalog: 1\nproduct: {id: t, name: T}\nerrors: [{code: A, httpStatus: 600}]\n",
      "catalog: 1\nproduct: {id: t, name: T}\nerrors: [{code: A, httpStatus: \"503\"}]\n",
      "catalog: 1\nproduct: {id: t, name: T}\nerrors: [{code: 1001}]\n",
      "catalog: 1\nproduct: {id: t, name: T}\nerrors: [{code: A, messages: {zh_CN: x}}]\n",
      "catalog: 1\nproduct: {id: t, name: T}\nlocales: [xx-]\nerrors: [{code: A}]\n",
      "catalog: 1\nproduct: {id: t, name: T}\nerrors: [{code: NO}]\n",
      "catalog: 1\nproduct: {id: t, name: T}\nerrors: [{code: \"\"}]\n",
      "catalog: 1\nproduct: {id: t, name: T}\nerrors: [{message: a}]\n",
      "catalog: 1\nproduct: {id: t, name: T}\nwire: {codeType: number}\nerrors: [{code: A}]\n",
      "catalog: 1\nproduct: {id: t, name: T}\nerrors: [{code: A, retry: {retryable: true, after: soon}}]\n",
      "catalog: 1\nproduct: {id: t, name: T}\nerrors: [{code: A, params: [{name: a, type: integer}]}]\n",
      "catalog: 1\nproduct: {id: t, name: T}\nerrors: [{code: A, mesage: a}]\n",
      "catalog: 1\nproduct: {id: t, name: T, java: {prefix: faas}}\nerrors: [{code: A}]\n",
      "catalog: 1\nproduct: {id: t, name: T}\nerrors: [{code: A}]\nendpoints: [{regionId: r, publicEndpoint: 'https://x'}]\n"})
  void whatTheLoaderRejectsTheSchemaRejects(String yaml) {
    assertFalse(schema.validate(yamlAsJson(yaml)).isEmpty(), yaml);
    LoadResult r = Engine.load("t.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    assertFalse(r.problems().isEmpty(), yaml);
  }
}
