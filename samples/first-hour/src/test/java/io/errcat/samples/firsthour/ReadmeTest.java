package io.errcat.samples.firsthour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * README.md shows the project that src/it/orders-service is, file for file: what the invoker
 * build proves is exactly what a newcomer copies. A change to either fails here until both agree.
 */
class ReadmeTest {
  private static final Path PROJECT = Path.of("src/it/orders-service");

  @Test
  void theReadmeShowsEveryFileOfTheProjectTheBuildProves() throws IOException {
    String readme = Files.readString(Path.of("../../README.md"), StandardCharsets.UTF_8);
    for (String file : List.of("pom.xml", "src/main/errcat/orders.yaml",
        "src/main/java/com/example/orders/OrdersApplication.java",
        "src/test/java/com/example/orders/OrdersApplicationTest.java")) {
      String text = Files.readString(PROJECT.resolve(file), StandardCharsets.UTF_8);
      assertTrue(readme.contains("`" + file + "`"), "README names " + file);
      assertTrue(readme.contains(text), "README shows " + file + " exactly as the build tests it");
    }
  }

  @Test
  void theProjectUsesThisBuildsVersion() throws IOException {
    String pom = Files.readString(PROJECT.resolve("pom.xml"), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("<errcat.version>([^<]+)</errcat.version>").matcher(pom);
    assertTrue(m.find(), "the project's pom names errcat.version");
    assertEquals(System.getProperty("errcat.version"), m.group(1));
  }
}
