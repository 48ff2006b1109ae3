package io.errcat.catalog.yaml;

import io.errcat.catalog.LoadResult;
import java.nio.file.Path;

/** Reads catalog YAML into the model, keeping every value's position. (Being built: issue 2.) */
public final class CatalogLoader {
  private CatalogLoader() {}

  public static LoadResult load(Path file, String displayName) {
    throw new UnsupportedOperationException("loader not built yet");
  }

  public static LoadResult load(String displayName, byte[] content) {
    throw new UnsupportedOperationException("loader not built yet");
  }
}
