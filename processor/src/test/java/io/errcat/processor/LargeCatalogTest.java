package io.errcat.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.errcat.processor.Fixtures.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import io.errcat.runtime.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A catalog too large for one Java enum: the emitter splits its error type into several enums,
 * and the processor reads where each constant lives instead of assuming.
 */
class LargeCatalogTest {
  /** Just past one enum's share (the emitter splits at 1,000 codes), to keep javac quick. */
  static final int CODES = 1010;

  @Test
  void codesFromSeveralPartsOfASplitErrorType(@TempDir Path dir) throws Exception {
    StringBuilder yaml = new StringBuilder("""
        catalog: 1
        product:
          id: large
          name: Large API
          java: {package: com.acme.large, prefix: Large}
        wire:
          codeField: code
        operations:
          - id: Run
        errors:
        """);
    for (int i = 1; i <= CODES; i++) {
      yaml.append(String.format(Locale.ROOT, "  - {code: C%04d, httpStatus: 400, message: Error %d.}%n", i, i));
    }
    Files.writeString(dir.resolve("large.yaml"), yaml, StandardCharsets.UTF_8);
    Compilation c = Compiler.javac().withProcessors(new ErrcatProcessor())
        .withOptions("-Aerrcat.catalogPath=" + dir)
        .compile(source("com.acme.Jobs", """
            package com.acme;
            import io.errcat.runtime.ErrorCatalog;
            import io.errcat.runtime.Raises;
            @ErrorCatalog("large.yaml")
            public interface Jobs {
              @Raises({"C1010", "C0001", "C0999"})
              void run();
            }
            """));
    assertThat(c).succeeded();
    String errors = Fixtures.generated(c, "com.acme.JobsErrors");
    assertTrue(errors.contains("new LinkedHashSet<LargeError>(List.of(LargeError.Part0.C0001,"), errors);
    assertTrue(errors.contains("LargeError.Part0.C0999,"), errors);
    assertTrue(errors.contains("LargeError.Part1.C1010))"), errors);
    Set<?> run = (Set<?>) new CompiledClasses(c).loadClass("com.acme.JobsErrors").getField("RUN").get(null);
    assertEquals(List.of("C0001", "C0999", "C1010"), run.stream().map(e -> ((ErrorCode) e).code()).toList());

  }
}
