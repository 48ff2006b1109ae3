package io.errcat.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The engine's packages depend on each other only along the data flow (ARCHITECTURE.md):
 * {@code model} ← {@code problem} ← {@code yaml}, {@code check} ← {@code java}, {@code docs},
 * {@code diff}, {@code learn} ← the root ({@code Engine}); {@code output} holds what emitters
 * return. No cycle,
 * and no package reaches up to the root. Read off the sources' imports.
 */
class PackageDependenciesTest {
  private static final Path SRC = Path.of("src/main/java/io/errcat/catalog");
  private static final Pattern IMPORT =
      Pattern.compile("^import (?:static )?io\\.errcat\\.catalog\\.([a-z]+)?\\.?([A-Z]\\w*)?",
          Pattern.MULTILINE);
  private static final Map<String, Set<String>> ALLOWED = Map.of(
      "model", Set.of(),
      "problem", Set.of("model"),
      "output", Set.of(),
      "yaml", Set.of("model", "problem"),
      "check", Set.of("model", "problem"),
      "java", Set.of("model", "problem", "output"),
      "docs", Set.of("model", "problem", "output"),
      "diff", Set.of("model", "problem"),
      "openapi", Set.of("model", "problem", "output", "docs", "java"),
      "learn", Set.of("model", "problem", "yaml", "check"));

  @Test
  void packagesFollowTheDataFlow() throws IOException {
    List<String> violations = new ArrayList<>();
    for (Map.Entry<String, Set<String>> p : ALLOWED.entrySet()) {
      try (Stream<Path> files = Files.list(SRC.resolve(p.getKey()))) {
        for (Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
          Matcher m = IMPORT.matcher(Files.readString(f));
          while (m.find()) {
            String target = m.group(1) == null ? "(root)" : m.group(1);
            if (!target.equals(p.getKey()) && !p.getValue().contains(target)) {
              violations.add(p.getKey() + "/" + f.getFileName() + " imports " + target);
            }
          }
        }
      }
    }
    assertEquals(List.of(), violations);
  }

  @Test
  void everyPackageHasItsPlaceInTheFlow() throws IOException {
    try (Stream<Path> dirs = Files.list(SRC)) {
      assertEquals(new java.util.TreeSet<>(ALLOWED.keySet()), dirs.filter(Files::isDirectory)
          .map(d -> d.getFileName().toString())
          .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)),
          "a new package is added to ALLOWED (and to ARCHITECTURE.md's data flow)");
    }
  }
}
