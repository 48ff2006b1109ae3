package io.errcat.catalog.check;

import io.errcat.catalog.problem.ProblemId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.errcat.catalog.Engine;
import io.errcat.catalog.problem.LoadResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/problems.md documents every id, and each of its YAML examples reports that id;
 * docs/catalog-format.md's complete example is a clean catalog that the JSON Schema accepts.
 */
class DocsTest {
  static final Path DOCS = Path.of("..", "docs");
  static final Pattern SECTION = Pattern.compile("^## (EC\\d{3}) — .*$", Pattern.MULTILINE);
  static final Pattern YAML = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL);

  /** The docs show the very line the engine formats, as the plugin and the processor print it. */
  @Test
  void theDocumentedProblemLineIsTheEnginesOwn() throws IOException {
    String md = Files.readString(DOCS.resolve("problems.md"), StandardCharsets.UTF_8);
    Matcher yaml = YAML.matcher(md);
    assertTrue(yaml.find());
    Matcher text = Pattern.compile("```text\\n(.*?)\\n```", Pattern.DOTALL).matcher(md);
    assertTrue(text.find());
    LoadResult r = Engine.load("src/main/errcat/shop.yaml",
        yaml.group(1).getBytes(StandardCharsets.UTF_8));
    assertEquals(1, r.problems().size(), r.problems().toString());
    String line = r.problems().get(0).format();
    assertEquals(text.group(1), line);
    String plugin = Files.readString(DOCS.resolve("maven-plugin.md"), StandardCharsets.UTF_8);
    assertTrue(plugin.contains("[ERROR] " + line + "\n"), "docs/maven-plugin.md shows " + line);
  }

  @Test
  void everyIdIsDocumentedAndEveryExampleReportsIt() throws IOException {
    String md = Files.readString(DOCS.resolve("problems.md"), StandardCharsets.UTF_8);
    Map<String, String> sections = new LinkedHashMap<>();
    Matcher m = SECTION.matcher(md);
    int start = -1;
    String id = null;
    while (m.find()) {
      if (id != null) {
        sections.put(id, md.substring(start, m.start()));
      }
      id = m.group(1);
      start = m.end();
    }
    sections.put(id, md.substring(start));
    assertEquals(Arrays.stream(ProblemId.values()).map(Enum::name).toList(),
        List.copyOf(sections.keySet()), "one section per id, in order");
    int examples = 0;
    for (Map.Entry<String, String> s : sections.entrySet()) {
      Matcher y = YAML.matcher(s.getValue());
      if (y.find()) {
        examples++;
        LoadResult r = Engine.load("example.yaml", y.group(1).getBytes(StandardCharsets.UTF_8));
        assertTrue(r.problems().stream().anyMatch(p -> p.id().name().equals(s.getKey())),
            s.getKey() + " example gives " + r.problems());
      }
    }
    assertTrue(examples >= 35, "examples: " + examples);
  }

  @Test
  void theFormatPagesCompleteExampleIsCleanAndValid() throws IOException {
    String md = Files.readString(DOCS.resolve("catalog-format.md"), StandardCharsets.UTF_8);
    Matcher y = YAML.matcher(md);
    String example = null;
    while (y.find()) {
      if (y.group(1).startsWith("catalog: 1")) {
        example = y.group(1);
        break;
      }
    }
    assertTrue(example != null, "a complete example");
    LoadResult r = Engine.load("example.yaml", example.getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of(), r.problems());
    assertEquals(Set.of(), SchemaTest.schema().validate(SchemaTest.yamlAsJson(example)));
  }

  @Test
  void theReadmesCatalogIsCleanAndValid() throws IOException {
    String md = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    Matcher y = YAML.matcher(md);
    assertTrue(y.find(), "README.md shows a catalog");
    String example = y.group(1);
    LoadResult r = Engine.load("src/main/errcat/orders.yaml", example.getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of(), r.problems());
    assertEquals(Set.of(), SchemaTest.schema().validate(SchemaTest.yamlAsJson(example)));
  }
}
