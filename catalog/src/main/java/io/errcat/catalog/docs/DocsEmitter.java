package io.errcat.catalog.docs;

import io.errcat.catalog.GeneratedFile;
import io.errcat.catalog.model.Catalog;
import java.util.List;

/** Generates the HTML reference, Markdown and catalog.json. (Being built: issue 5.) */
public final class DocsEmitter {
  private DocsEmitter() {}

  public static List<GeneratedFile> emit(List<Catalog> catalogs, DocsOptions options) {
    throw new UnsupportedOperationException("docs emitter not built yet");
  }
}
