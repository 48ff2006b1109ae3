package io.errcat.catalog.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputSyncTest {
  @TempDir Path dir;

  private static GeneratedFile file(String path, String text) {
    return new GeneratedFile(path, text.getBytes(StandardCharsets.UTF_8));
  }

  private OutputSync sync() {
    return new OutputSync(dir.resolve("out"), dir.resolve("state/gen"));
  }

  @Test
  void unchangedBytesAreNotRewrittenAndTheStateRemembersTheFingerprint() throws IOException {
    OutputSync.Result first = sync().write("f1", List.of(file("a/A.java", "A"), file("B.java", "B")));
    assertEquals(new OutputSync.Result(2, 0, 0), first);
    Path a = dir.resolve("out/a/A.java");
    FileTime old = FileTime.fromMillis(1_000_000L);
    Files.setLastModifiedTime(a, old);

    assertTrue(sync().upToDate("f1"));
    assertFalse(sync().upToDate("f2"));
    OutputSync.Result second = sync().write("f2", List.of(file("a/A.java", "A"), file("B.java", "B2")));
    assertEquals(new OutputSync.Result(1, 1, 0), second);
    assertEquals(old, Files.getLastModifiedTime(a), "a file with the same bytes keeps its mtime");
    assertArrayEquals("B2".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(dir.resolve("out/B.java")));
  }

  @Test
  void filesOfTheLastWriteThatAreGoneAreDeletedAndOthersKept() throws IOException {
    sync().write("f1", List.of(file("x/y/Gone.java", "G"), file("Kept.java", "K")));
    Path foreign = dir.resolve("out/x/Mine.txt");
    Files.writeString(foreign, "not generated");
    OutputSync.Result r = sync().write("f2", List.of(file("Kept.java", "K")));
    assertEquals(new OutputSync.Result(0, 1, 1), r);
    assertFalse(Files.exists(dir.resolve("out/x/y")), "emptied directories are pruned");
    assertTrue(Files.exists(foreign), "files the plugin did not generate are never touched");
  }

  @Test
  void aMissingOutputIsNotUpToDate() throws IOException {
    sync().write("f1", List.of(file("A.java", "A")));
    Files.delete(dir.resolve("out/A.java"));
    assertFalse(sync().upToDate("f1"));
  }

  @Test
  void pathsLeavingTheOutputDirectoryAreRefusedBeforeAnythingIsWritten() {
    assertThrows(IllegalArgumentException.class,
        () -> sync().write("f1", List.of(file("../escape.txt", "x"))));
    assertFalse(Files.exists(dir.resolve("escape.txt")));
  }

  @Test
  void writtenFilesGetTheUsualModeNotOwnerOnly() throws IOException {
    sync().write("f1", List.of(file("A.java", "A")));
    Path a = dir.resolve("out/A.java");
    Path plain = Files.writeString(dir.resolve("out/plain.txt"), "p");
    if (Files.getFileStore(a).supportsFileAttributeView("posix")) {
      assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(a));
    }
    try (var files = Files.list(dir.resolve("out"))) {
      assertEquals(List.of("A.java", "plain.txt"),
          files.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary file is left");
    }
  }

  @Test
  void staleTemporariesOfAKilledBuildAreRemovedAndNothingElse() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out/a"));
    Path stale = out.resolve(".A.java.0f8fad5b-d9cb-469f-a165-70867728950e.tmp");
    Path fresh = out.resolve(".A.java.1f8fad5b-d9cb-469f-a165-70867728950e.tmp");
    Path theirs = out.resolve(".A.java.backup.tmp");
    for (Path p : List.of(stale, fresh, theirs)) {
      Files.writeString(p, "half-written");
    }
    Files.setLastModifiedTime(stale, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
    Files.setLastModifiedTime(theirs, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
    OutputSync.Result r = sync().write("f1", List.of(file("a/A.java", "A")));
    assertEquals(1, r.written());
    assertFalse(Files.exists(stale), "a killed build's temporary file is removed");
    assertTrue(Files.exists(fresh), "a running build's fresh one is not");
    assertTrue(Files.exists(theirs), "a file errcat did not name is never touched");
    assertEquals("A", Files.readString(out.resolve("A.java")));
  }

  @Test
  void aFileWhereADirectoryShouldBeFailsClearlyAndLeavesNoHalfWrittenFile() throws IOException {
    sync().write("f1", List.of(file("a/A.java", "A"), file("B.java", "B")));
    Files.writeString(dir.resolve("out/b"), "a file, not a directory");
    IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
        () -> sync().write("f2", List.of(file("a/A.java", "A2"), file("b/C.java", "C"))));
    assertTrue(e.getMessage() != null && e.getMessage().contains("b"), String.valueOf(e));
    assertEquals("A2", Files.readString(dir.resolve("out/a/A.java")), "whole files only");
    assertEquals("B", Files.readString(dir.resolve("out/B.java")), "untouched until success");
    try (var files = Files.walk(dir.resolve("out"))) {
      assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")));
    }
    assertFalse(sync().upToDate("f2"), "the next build redoes an interrupted write");
    assertFalse(sync().upToDate("f1"));
  }

  @Test
  void aVanishedOutputIsWrittenAgain() throws IOException {
    sync().write("f1", List.of(file("a/A.java", "A")));
    assertTrue(sync().upToDate("f1"));
    try (var files = Files.walk(dir.resolve("out"))) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    assertFalse(sync().upToDate("f1"), "a vanished output is not up to date");
    assertEquals(1, sync().write("f1", List.of(file("a/A.java", "A"))).written());
    assertEquals("A", Files.readString(dir.resolve("out/a/A.java")));
  }

  @Test
  void aReadOnlyFileSystemFailsClearly() {
    // procfs is read-only even for root (CI runs as root, where chmod would not hold)
    OutputSync sync = new OutputSync(Path.of("/proc/errcat-out"), dir.resolve("state/gen"));
    IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
        () -> sync.write("f1", List.of(file("a/A.java", "A"))));
    assertTrue(String.valueOf(e).contains("/proc/errcat-out"), String.valueOf(e));
    assertFalse(Files.exists(dir.resolve("state/gen")), "no state for a write that failed");
  }
}
