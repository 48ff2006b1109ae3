package io.errcat.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor as Maven's {@code annotationProcessorPaths} runs it: a plain javac invocation with
 * a {@code -processorpath} and no processor named, so javac finds it through its service
 * registration; the annotations and runtime on the ordinary class path.
 */
class ProcessorPathTest {

  @Test
  void javacFindsTheProcessorOnTheProcessorPath(@TempDir Path dir) throws IOException {
    Path src = dir.resolve("src/com/acme/Runtime.java");
    Files.createDirectories(src.getParent());
    Files.writeString(src, """
        package com.acme;

        import io.errcat.runtime.ErrorCatalog;
        import io.errcat.runtime.Raises;

        /** An in-process catalog: no operations, no wire format, so tables without decoders. */
        @ErrorCatalog("openyuanrong-sdk")
        public interface Runtime {
          @Raises({"1003", "1001"})
          void invoke(String function);
        }
        """, StandardCharsets.UTF_8);
    Path out = Files.createDirectories(dir.resolve("classes"));
    Path generated = Files.createDirectories(dir.resolve("generated"));
    String classPath = System.getProperty("java.class.path");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter log = new StringWriter();
    boolean ok = javac.getTask(log, null, null,
        List.of("-classpath", classPath, "-processorpath", classPath, "-d", out.toString(),
            "-s", generated.toString(), "-Xlint:all", "-Werror", "--release", "17"),
        null, javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)
            .getJavaFileObjects(src.toFile())).call();
    assertTrue(ok, log.toString());
    assertEquals("", log.toString());
    Path errors = generated.resolve("com/acme/RuntimeErrors.java");
    String text = Files.readString(errors, StandardCharsets.UTF_8);
    assertTrue(text.contains("EnumSet.of(OpenYuanrongSdkError.ERR_PARAM_INVALID,\n"
        + "      OpenYuanrongSdkError.ERR_INSTANCE_NOT_FOUND)"), "codes in catalog order:\n" + text);
    assertFalse(text.contains("fromHttp"), "no wire format, no decoder:\n" + text);
    assertTrue(Files.exists(out.resolve("com/acme/RuntimeErrors.class")));
    assertTrue(Files.exists(generated.resolve("io/errcat/catalogs/openyuanrong/sdk/OpenYuanrongSdkError.java")));
  }
}
