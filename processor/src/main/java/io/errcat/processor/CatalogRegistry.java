package io.errcat.processor;

import io.errcat.catalog.GeneratedFile;
import io.errcat.catalog.LoadResult;
import io.errcat.catalog.check.Problem;
import io.errcat.catalog.check.Severity;
import io.errcat.catalog.java.JavaOptions;
import io.errcat.catalog.model.Catalog;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * The catalogs of one compilation, across all its rounds: each file is loaded and checked once,
 * its problems reported once, and its Java API generated once, however many interfaces name it.
 */
final class CatalogRegistry {
  private final CatalogLocator locator;
  private final CatalogEngine engine;
  private final JavaOptions javaOptions;
  private final FormattingMessager messager;
  private final Filer filer;
  private final Elements elements;

  /** Catalogs by {@link CatalogLocator.Found#key()}. */
  private final Map<String, Loaded> loaded = new HashMap<>();
  /**
   * Results by naming annotation (a package's catalog is asked for by each of its interfaces):
   * each annotation is resolved, and its problems reported, once.
   */
  private final Map<String, Optional<CatalogApi>> byNamer = new HashMap<>();
  /** Error enum type name → key of the catalog whose API provides it. */
  private final Map<String, String> apiOwners = new HashMap<>();

  CatalogRegistry(CatalogLocator locator, CatalogEngine engine, JavaOptions javaOptions,
      FormattingMessager messager, Filer filer, Elements elements) {
    this.locator = locator;
    this.engine = engine;
    this.javaOptions = javaOptions;
    this.messager = messager;
    this.filer = filer;
    this.elements = elements;
  }

  /** A loaded catalog, where it was first named, and whether its API is usable. */
  private static final class Loaded {
    final String key;
    final String displayName;
    final LoadResult result;
    final String firstNamedBy;
    Optional<CatalogApi> api;

    Loaded(String key, String displayName, LoadResult result, String firstNamedBy) {
      this.key = key;
      this.displayName = displayName;
      this.result = result;
      this.firstNamedBy = firstNamedBy;
    }
  }

  /**
   * The catalog that {@code value} names, with its Java API generated or found; empty when it
   * cannot be used (the reason has been reported on {@code site}).
   */
  Optional<CatalogApi> resolve(String value, Site site, Element annotated) throws IOException {
    String namer = annotated.getKind() + " " + annotated + " " + value;
    Optional<CatalogApi> known = byNamer.get(namer);
    if (known == null) {
      known = resolveFirst(value, site, annotated);
      byNamer.put(namer, known);
    }
    return known;
  }

  private Optional<CatalogApi> resolveFirst(String value, Site site, Element annotated) throws IOException {
    if (value.isBlank()) {
      messager.print(Message.CATALOG_VALUE_EMPTY, site);
      return Optional.empty();
    }
    CatalogLocator.Located located = locator.locate(value, annotated);
    if (located instanceof CatalogLocator.NotFound nf) {
      messager.print(nf.message(), site, nf.args());
      return Optional.empty();
    }
    CatalogLocator.Found found = (CatalogLocator.Found) located;
    Loaded l = loaded.get(found.key());
    if (l == null) {
      l = new Loaded(found.key(), found.displayName(),
          engine.load(found.displayName(), found.content()), annotated.toString());
      loaded.put(found.key(), l);
      for (Problem p : l.result.problems()) {
        messager.print(p.severity() == Severity.ERROR ? Message.CATALOG_ERROR : Message.CATALOG_WARNING,
            site, formatProblem(p));
      }
      l.api = l.result.isClean() ? provideApi(l, l.result.catalog().orElseThrow(), site) : Optional.empty();
    } else if (!l.result.isClean()) {
      long errors = l.result.problems().stream().filter(p -> p.severity() == Severity.ERROR).count();
      messager.print(Message.CATALOG_HAS_ERRORS, site, l.displayName, Math.max(errors, 1), l.firstNamedBy);
    }
    return l.api;
  }

  /** Generates the catalog's API unless this compilation or its class path already has it. */
  private Optional<CatalogApi> provideApi(Loaded l, Catalog catalog, Site site) throws IOException {
    CatalogApi api = CatalogApi.of(catalog, false);
    String errorType = api.error().canonicalName();
    String owner = apiOwners.get(errorType);
    if (owner != null) {
      messager.print(Message.TYPE_CLASH, site, loaded.get(owner).displayName, l.displayName, errorType);
      return Optional.empty();
    }
    apiOwners.put(errorType, l.key);
    if (elements.getTypeElement(errorType) != null) {
      return Optional.of(CatalogApi.of(catalog, true));
    }
    List<GeneratedFile> files = engine.generateJava(catalog, javaOptions);
    for (GeneratedFile f : files) {
      if (!write(f, site)) {
        return Optional.empty();
      }
    }
    return Optional.of(api);
  }

  private boolean write(GeneratedFile f, Site site) {
    String path = f.path();
    try {
      if (path.endsWith(".java")) {
        String type = path.substring(0, path.length() - ".java".length()).replace('/', '.');
        JavaFileObject out = filer.createSourceFile(type, site.element());
        try (Writer w = out.openWriter()) {
          w.write(new String(f.content(), StandardCharsets.UTF_8));
        }
      } else {
        int slash = path.lastIndexOf('/');
        String pkg = slash < 0 ? "" : path.substring(0, slash).replace('/', '.');
        FileObject out = filer.createResource(StandardLocation.CLASS_OUTPUT, pkg,
            path.substring(slash + 1), site.element());
        try (OutputStream o = out.openOutputStream()) {
          o.write(f.content());
        }
      }
      return true;
    } catch (IOException | RuntimeException e) {
      messager.print(Message.WRITE_FAILED, site, path, String.valueOf(e.getMessage()));
      return false;
    }
  }

  /** {@code file:line:col: [EC012] sentence (did you mean 'x'?)}: the engine's problem, as IDEs link it. */
  private static String formatProblem(Problem p) {
    String hint = p.didYouMean() == null ? "" : " (did you mean '" + p.didYouMean() + "'?)";
    return p.position() + ": [" + p.id().name() + "] " + p.message() + hint;
  }
}
