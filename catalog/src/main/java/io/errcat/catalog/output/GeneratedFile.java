package io.errcat.catalog.output;

import java.util.Arrays;
import java.util.Objects;

/** One output file of an emitter: a '/'-separated path relative to the output root, and its bytes. */
public record GeneratedFile(String path, byte[] content) {

  public GeneratedFile {
    Objects.requireNonNull(path, "path");
    content = content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GeneratedFile g && path.equals(g.path) && Arrays.equals(content, g.content);
  }

  @Override
  public int hashCode() {
    return path.hashCode() * 31 + Arrays.hashCode(content);
  }

  @Override
  public String toString() {
    return path + " (" + content.length + " bytes)";
  }
}
