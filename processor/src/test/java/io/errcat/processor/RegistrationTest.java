package io.errcat.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.api.Test;

/** How build tools find and treat the processor. */
class RegistrationTest {

  private static String resource(String path) throws IOException {
    try (InputStream in = ErrcatProcessor.class.getClassLoader().getResourceAsStream(path)) {
      assertTrue(in != null, path);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void autoServiceRegistersTheProcessor() throws IOException {
    assertEquals("io.errcat.processor.ErrcatProcessor",
        resource("META-INF/services/javax.annotation.processing.Processor").strip());
  }

  @Test
  void gradleTreatsItAsAggregating() throws IOException {
    assertEquals("io.errcat.processor.ErrcatProcessor,aggregating",
        resource("META-INF/gradle/incremental.annotation.processors").strip());
  }

  @Test
  void optionsAnnotationsAndSourceVersion() {
    ErrcatProcessor p = new ErrcatProcessor();
    assertEquals(Set.of("errcat.catalogPath", "errcat.docsBaseUrl", "errcat.package"),
        p.getSupportedOptions());
    assertEquals(new TreeSet<>(Set.of("io.errcat.runtime.ErrorCatalog", "io.errcat.runtime.Raises",
        "javax.annotation.processing.Generated")),
        new TreeSet<>(p.getSupportedAnnotationTypes()));
    assertEquals(SourceVersion.latestSupported(), p.getSupportedSourceVersion());
  }

  @Test
  void messageIdsAreUniqueAndDocumented() throws IOException {
    Set<String> ids = new TreeSet<>();
    String doc = java.nio.file.Files.readString(java.nio.file.Path.of("../docs/processor.md"));
    for (Message m : Message.values()) {
      assertTrue(ids.add(m.id()), "duplicate id " + m.id());
      assertTrue(doc.contains(m.id()), m.id() + " is not in docs/processor.md");
    }
  }
}
