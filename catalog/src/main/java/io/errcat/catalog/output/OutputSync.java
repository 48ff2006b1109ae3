package io.errcat.catalog.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Keeps an output directory equal to a list of generated files while touching as little as
 * possible: a file is written only when its bytes differ (so its mtime stays and the compiler
 * does not recompile), files generated last time and not this time (a removed catalog) are
 * deleted, and files it did not generate are never touched. A state file remembers the
 * fingerprint of the inputs and the files written, so an unchanged build can skip generation.
 */
public final class OutputSync {
  private static final String HEADER = "# errcat output state; delete to force regeneration";
  private static final String FINGERPRINT = "fingerprint ";
  private static final String FILE = "file ";

  private final Path root;
  private final Path stateFile;

  /** What one {@link #write} did. */
  public record Result(int written, int unchanged, int deleted) {}

  public OutputSync(Path root, Path stateFile) {
    this.root = root.toAbsolutePath().normalize();
    this.stateFile = stateFile;
  }

  /** True when the last write had this fingerprint and every file it wrote is still there. */
  public boolean upToDate(String fingerprint) {
    State state = readState();
    return state != null && state.fingerprint.equals(fingerprint)
        && state.files.stream().allMatch(f -> Files.isRegularFile(resolve(f)));
  }

  /**
   * Makes the directory hold {@code files}: writes changed ones (each atomically, through a
   * temporary file beside it), deletes the ones the previous write produced and this one does
   * not, then records {@code fingerprint}. The state is removed first, so a write interrupted
   * half-way is redone by the next build.
   */
  public Result write(String fingerprint, List<GeneratedFile> files) throws IOException {
    Set<String> previous = new TreeSet<>();
    State state = readState();
    if (state != null) previous.addAll(state.files);
    Files.deleteIfExists(stateFile);

    Set<String> now = new TreeSet<>();
    int written = 0;
    int unchanged = 0;
    for (GeneratedFile file : files) {
      if (!now.add(file.path())) {
        throw new IOException("two generated files have the path " + file.path());
      }
      Path target = resolve(file.path());
      byte[] content = file.content();
      if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), content)) {
        unchanged++;
      } else {
        writeAtomically(target, content);
        written++;
      }
    }
    int deleted = removeStaleTemporaries(files);
    for (String old : previous) {
      if (!now.contains(old) && Files.deleteIfExists(resolve(old))) {
        deleted++;
        pruneEmptyParents(resolve(old).getParent());
      }
    }
    writeState(fingerprint, now);
    return new Result(written, unchanged, deleted);
  }

  /** The temporary files {@link #writeAtomically} names: {@code .<name>.<uuid>.tmp}. */
  private static final java.util.regex.Pattern TEMPORARY = java.util.regex.Pattern.compile(
      "\\..+\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.tmp");

  /**
   * Deletes what a killed build left: errcat's own temporary files in the directories it writes,
   * older than a minute (a build running beside this one may be writing a fresh one). A
   * temporary file is never trusted as output: its content was never moved into place.
   */
  private int removeStaleTemporaries(List<GeneratedFile> files) throws IOException {
    Set<Path> dirs = new TreeSet<>();
    for (GeneratedFile f : files) {
      dirs.add(resolve(f.path()).getParent());
    }
    java.time.Instant horizon = java.time.Instant.now().minusSeconds(60);
    int removed = 0;
    for (Path dir : dirs) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (java.util.stream.Stream<Path> list = Files.list(dir)) {
        for (Path p : (Iterable<Path>) list::iterator) {
          if (TEMPORARY.matcher(p.getFileName().toString()).matches() && Files.isRegularFile(p)
              && Files.getLastModifiedTime(p).toInstant().isBefore(horizon)
              && Files.deleteIfExists(p)) {
            removed++;
          }
        }
      }
    }
    return removed;
  }

  /** {@code path} under the root; a generated path that would leave the root is a bug upstream. */
  private Path resolve(String path) {
    Path p = root.resolve(path).normalize();
    if (!p.startsWith(root) || p.equals(root)) {
      throw new IllegalArgumentException("generated path escapes the output directory: " + path);
    }
    return p;
  }

  private static void writeAtomically(Path target, byte[] content) throws IOException {
    Files.createDirectories(target.getParent());
    // Not Files.createTempFile: its files are owner-only (0600); this one gets the umask's mode.
    Path tmp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
    try {
      Files.write(tmp, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      try {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private void pruneEmptyParents(Path dir) throws IOException {
    while (dir != null && dir.startsWith(root) && !dir.equals(root)) {
      try {
        Files.delete(dir);
      } catch (DirectoryNotEmptyException e) {
        return;
      }
      dir = dir.getParent();
    }
  }

  private record State(String fingerprint, List<String> files) {}

  private State readState() {
    if (!Files.isRegularFile(stateFile)) return null;
    try {
      String fingerprint = null;
      List<String> files = new ArrayList<>();
      for (String line : Files.readAllLines(stateFile, StandardCharsets.UTF_8)) {
        if (line.startsWith(FINGERPRINT)) fingerprint = line.substring(FINGERPRINT.length());
        else if (line.startsWith(FILE)) files.add(line.substring(FILE.length()));
      }
      return fingerprint == null ? null : new State(fingerprint, files);
    } catch (IOException | RuntimeException e) {
      return null; // an unreadable state only costs a regeneration
    }
  }

  private void writeState(String fingerprint, Set<String> files) throws IOException {
    StringBuilder sb = new StringBuilder(HEADER).append('\n');
    sb.append(FINGERPRINT).append(fingerprint).append('\n');
    files.forEach(f -> sb.append(FILE).append(f).append('\n'));
    Files.createDirectories(stateFile.getParent());
    writeAtomically(stateFile, sb.toString().getBytes(StandardCharsets.UTF_8));
  }
}
