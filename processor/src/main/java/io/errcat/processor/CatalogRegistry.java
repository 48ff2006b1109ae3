package io.errcat.processor;

import io.errcat.catalog.Engine;
import io.errcat.catalog.output.GeneratedFile;
import io.errcat.catalog.problem.LoadResult;
import io.errcat.catalog.problem.Problem;
import io.errcat.catalog.problem.Severity;
import io.errcat.catalog.java.JavaOptions;
import io.errcat.catalog.model.Catalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
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
  /** Error enum type name → the catalog whose API provides it. */
  private final Map<String, Loaded> apiOwners = new HashMap<>();
  /** The catalogs whose API this compilation generated, in order. */
  private final List<Catalog> generated = new ArrayList<>();

  CatalogRegistry(CatalogLocator locator, CatalogEngine engine, JavaOptions javaOptions,
      FormattingMessager messager, Filer filer, Elements elements) {
    this.locator = locator;
    this.engine = engine;
    this.javaOptions = javaOptions;
    this.messager = messager;
    this.filer = filer;
    this.elements = elements;
  }

  /** Where a catalog's Java API stands in this compilation. */
  private enum ApiState {
    /** Not generated yet. */
    NOT_TRIED,
    /** Generated in this compilation, or there before it. */
    READY,
    /** Writing it failed (reported once); not retried. */
    FAILED
  }

  /** A loaded catalog, where it was first named, and the state of its API. */
  private static final class Loaded {
    final String displayName;
    final LoadResult result;
    final String firstNamedBy;
    /** Null when the catalog is unusable (problems, or a type clash with another catalog). */
    CatalogApi api;
    /** Whether the API was generated (or found) yet. */
    ApiState apiState = ApiState.NOT_TRIED;

    Loaded(String displayName, LoadResult result, String firstNamedBy) {
      this.displayName = displayName;
      this.result = result;
      this.firstNamedBy = firstNamedBy;
    }
  }

  /**
   * The clean catalog that {@code value} names; empty when it cannot be used (the reason has been
   * reported on {@code site}). Its problems are reported the first time it is named.
   */
  Optional<CatalogApi> resolve(String value, Site site, Element annotated) {
    String namer = annotated.getKind() + " " + annotated + " " + value;
    Optional<CatalogApi> known = byNamer.get(namer);
    if (known == null) {
      known = resolveFirst(value, site, annotated);
      byNamer.put(namer, known);
    }
    return known;
  }

  private Optional<CatalogApi> resolveFirst(String value, Site site, Element annotated) {
    if (value.isBlank()) {
      messager.print(Message.CATALOG_VALUE_EMPTY, site);
      return Optional.empty();
    }
    CatalogLocator.Located located;
    try {
      located = locator.locate(value, annotated);
    } catch (IOException e) {
      messager.print(Message.CATALOG_UNREADABLE, site, value, String.valueOf(e.getMessage()));
      return Optional.empty();
    }
    if (located instanceof CatalogLocator.NotFound nf) {
      messager.print(nf.message(), site, nf.args());
      return Optional.empty();
    }
    CatalogLocator.Found found = (CatalogLocator.Found) located;
    Loaded l = loaded.get(found.key());
    if (l != null) {
      if (!l.result.isClean()) {
        long errors = l.result.problems().stream().filter(p -> p.severity() == Severity.ERROR).count();
        messager.print(Message.CATALOG_HAS_ERRORS, site, l.displayName, Math.max(errors, 1), l.firstNamedBy);
      }
      return Optional.ofNullable(l.api);
    }
    LoadResult result = engine.load(found.displayName(), found.content());
    result = new LoadResult(result.catalog().map(c -> c.withDefaultJavaPackage(found.javaPackage())),
        result.problems());
    l = new Loaded(found.displayName(), result, annotated.toString());
    loaded.put(found.key(), l);
    for (Problem p : l.result.problems()) {
      messager.print(p.severity() == Severity.ERROR ? Message.CATALOG_ERROR : Message.CATALOG_WARNING,
          site, p.format());
    }
    if (l.result.isClean()) {
      Catalog catalog = l.result.catalog().orElseThrow();
      String errorType = engine.javaErrorType(catalog);
      Loaded owner = apiOwners.putIfAbsent(errorType, l);
      if (owner != null) {
        messager.print(Message.TYPE_CLASH, site, owner.displayName, l.displayName, errorType);
      } else {
        // Decided before this compilation generates anything: a type that exists now came from
        // the class path or the sources (e.g. the Maven plugin's output) and is not generated again.
        l.api = CatalogApi.of(catalog, errorType, elements.getTypeElement(errorType) != null);
      }
    }
    return Optional.ofNullable(l.api);
  }

  /**
   * Makes sure the catalog's Java API exists: generated once per compilation, however many
   * interfaces and rounds name the catalog, and not at all when it was already there. False when
   * writing failed (reported on {@code site}); a failure is not retried.
   */
  boolean provideApi(CatalogApi api, Site site) {
    Loaded l = apiOwners.get(api.errorType());
    if (l.apiState != ApiState.NOT_TRIED) {
      return l.apiState == ApiState.READY;
    }
    l.apiState = ApiState.FAILED;
    if (!api.preexisting()) {
      for (GeneratedFile f : engine.generateJava(api.catalog(), javaOptions)) {
        if (!write(f, site)) {
          return false;
        }
      }
      generated.add(api.catalog());
    } else if (compiledAgain(api.catalog())) {
      generated.add(api.catalog());
    }
    l.apiState = ApiState.READY;
    return true;
  }

  /**
   * Lists the bindings of the catalogs this compilation generated in {@code
   * META-INF/services/io.errcat.runtime.CatalogBinding}, keeping the entries a file already there
   * holds (an incremental compilation, or the Maven plugin's catalogs), as AutoService does.
   * Called once, when processing is over.
   */
  void writeCatalogServices() {
    if (generated.isEmpty()) {
      return;
    }
    String path = Engine.CATALOG_SERVICES_PATH;
    byte[] existing = null;
    try {
      FileObject there = filer.getResource(StandardLocation.CLASS_OUTPUT, "", path);
      try (InputStream in = there.openInputStream()) {
        existing = in.readAllBytes();
      }
    } catch (IOException | RuntimeException e) {
      // no file yet: Filers signal absence in several ways
    }
    Optional<GeneratedFile> file = engine.generateCatalogServices(generated, existing);
    if (file.isEmpty()) {
      return;
    }
    try {
      FileObject out = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path);
      try (OutputStream o = out.openOutputStream()) {
        o.write(file.get().content());
      }
    } catch (IOException | RuntimeException e) {
      messager.print(Message.WRITE_FAILED, Site.NOWHERE, path, String.valueOf(e.getMessage()));
    }
  }

  /**
   * Whether the catalog's binding is errcat's own output compiled again as a source: a Maven
   * incremental rebuild deletes the services file the last compilation wrote and compiles the
   * sources it generated from the generated-sources root, so the binding must be listed again.
   * {@code @Generated} is kept in sources only, so a binding read from a class file (a jar that
   * lists it itself) or a hand-written type of that name does not count.
   */
  private boolean compiledAgain(Catalog catalog) {
    String binding = engine.javaBindingType(catalog);
    TypeElement type = binding == null ? null : elements.getTypeElement(binding);
    if (type == null) {
      return false;
    }
    return Annotations.find(type, Annotations.GENERATED).stream()
        .flatMap(m -> Annotations.values(m, "value").stream())
        .anyMatch(v -> Engine.JAVA_GENERATOR.equals(v.getValue()));
  }

  private boolean write(GeneratedFile f, Site site) {
    try {
      FilerOutput.write(filer, f, site.element());
      return true;
    } catch (IOException | RuntimeException e) {
      messager.print(Message.WRITE_FAILED, site, f.path(), String.valueOf(e.getMessage()));
      return false;
    }
  }

}
