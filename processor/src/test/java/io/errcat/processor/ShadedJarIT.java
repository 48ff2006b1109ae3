package io.errcat.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.errcat.runtime.ErrorCatalog;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged processor jar as a user without Maven meets it: plain {@code javac} in its own
 * process, the jar alone on {@code -processorpath}, errcat-runtime alone on the class path. And
 * the jar without what it bundles (the build's unshaded original) fails with one message that
 * says what to put where, not "please report it".
 */
class ShadedJarIT {
  private static final Path JAR = Path.of(System.getProperty("errcat.processorJar", "missing"));
  private static final Path THIN = Path.of(System.getProperty("errcat.thinJar", "missing"));

  private static final String SERVICE = """
      package com.acme;

      import io.errcat.runtime.ErrorCatalog;
      import io.errcat.runtime.Raises;

      /** The FPGA image service: its errors come from the bundled faas catalog. */
      @ErrorCatalog("faas")
      public interface Images {
        /**
         * Loads an image onto an FPGA.
         *
         * @param imageUuid the image
         */
        @Raises({"ANOTHER TASK RUNNING", "SHELL NOT MATCH"})
        void loadFpgaImage(String imageUuid);
      }
      """;

  @Test
  void theJarAloneOnTheProcessorPathGeneratesAndCompiles(@TempDir Path dir) throws Exception {
    Result r = javac(dir, JAR);
    assertEquals(0, r.exit, r.output);
    assertEquals("", r.output.strip(), "no warning, no note");
    assertTrue(Files.isRegularFile(dir.resolve("gen/com/acme/ImagesErrors.java")));
    assertTrue(Files.isRegularFile(dir.resolve("gen/io/errcat/catalogs/faas/FaasError.java")));
    assertTrue(Files.isRegularFile(dir.resolve("out/io/errcat/catalogs/faas/FaasError.class")));
  }

  @Test
  void theJarCarriesItsLibrariesRelocatedAndDeclaresNoDependencies() throws IOException {
    try (JarFile jar = new JarFile(JAR.toFile())) {
      List<String> foreign = new ArrayList<>();
      jar.stream().map(e -> e.getName()).filter(n -> n.endsWith(".class"))
          .filter(n -> !n.startsWith("io/errcat/") && !n.startsWith("META-INF/versions/"))
          .limit(5).forEach(foreign::add);
      assertEquals(List.of(), foreign, "every library class is relocated under io/errcat/");
      assertTrue(jar.getEntry("io/errcat/processor/shaded/snakeyaml/Yaml.class") != null);
      assertTrue(jar.getEntry("io/errcat/catalog/Engine.class") != null);
      assertTrue(jar.getEntry("META-INF/services/javax.annotation.processing.Processor") != null);
    }
    Path reduced = JAR.resolveSibling("../dependency-reduced-pom.xml").normalize();
    String pom = Files.readString(reduced, StandardCharsets.UTF_8);
    assertFalse(pom.contains("<artifactId>errcat-catalog</artifactId>"), pom);
  }

  @Test
  void theJarWithoutItsLibrariesSaysWhatToPutWhere(@TempDir Path dir) throws Exception {
    Result r = javac(dir, THIN);
    assertEquals(1, r.exit, r.output);
    assertTrue(r.output.contains("[ERRCAT-P022] the errcat processor cannot load "), r.output);
    assertTrue(r.output.contains("alone on the processor path"), r.output);
    assertFalse(r.output.contains("please report it"), r.output);
    assertEquals(1, r.output.split("ERRCAT-P022", -1).length - 1, "said once:\n" + r.output);
  }

  private record Result(int exit, String output) {}

  /** {@code javac -processorpath <jar> -classpath <errcat-runtime> …} in a process of its own. */
  private static Result javac(Path dir, Path processorJar) throws Exception {
    assertTrue(Files.isRegularFile(processorJar), processorJar + " (run through mvn verify)");
    Path src = dir.resolve("src/com/acme/Images.java");
    Files.createDirectories(src.getParent());
    Files.writeString(src, SERVICE, StandardCharsets.UTF_8);
    Path javac = Path.of(System.getProperty("java.home"), "bin", "javac");
    List<String> cmd = List.of(javac.toString(), "-processorpath", processorJar.toString(),
        "-classpath", runtime().toString(), "-d", dir.resolve("out").toString(),
        "-s", dir.resolve("gen").toString(), "-Xlint:all", "-Werror", "--release", "17",
        src.toString());
    Files.createDirectories(dir.resolve("out"));
    Files.createDirectories(dir.resolve("gen"));
    Path log = dir.resolve("javac.log");
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile())
        .start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("javac did not finish in 120 s");
    }
    return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  /** Where errcat-runtime's classes are (its jar, or its classes directory in the reactor). */
  private static Path runtime() throws URISyntaxException {
    return Path.of(ErrorCatalog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }
}
