package io.errcat.catalog.java;

import io.errcat.catalog.GeneratedFile;
import io.errcat.catalog.model.Catalog;
import java.util.List;

/** Generates a catalog's Java API with JavaPoet. (Being built: issue 4.) */
public final class JavaEmitter {
  private JavaEmitter() {}

  public static List<GeneratedFile> emit(Catalog catalog, JavaOptions options) {
    throw new UnsupportedOperationException("java emitter not built yet");
  }
}
