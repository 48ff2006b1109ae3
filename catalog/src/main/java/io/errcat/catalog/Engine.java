package io.errcat.catalog;

import io.errcat.catalog.problem.LoadResult;
import io.errcat.catalog.output.GeneratedFile;
import io.errcat.catalog.check.Checker;
import io.errcat.catalog.diff.CatalogDiff;
import io.errcat.catalog.diff.DiffResult;
import io.errcat.catalog.docs.DocsEmitter;
import io.errcat.catalog.docs.DocsOptions;
import io.errcat.catalog.java.GeneratedTypes;
import io.errcat.catalog.java.JavaEmitter;
import io.errcat.catalog.openapi.OpenApiEmitter;
import io.errcat.catalog.java.JavaOptions;
import io.errcat.catalog.java.ServiceErrors;
import io.errcat.catalog.java.ServiceErrorsEmitter;
import io.errcat.catalog.model.Catalog;
import io.errcat.catalog.yaml.CatalogLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The one entry point that front ends (Maven plugin, annotation processor, tests) call: load and
 * check a catalog, then generate its Java API or its documentation. Front ends never reach past
 * this class into the loader, checker or emitters.
 */
public final class Engine {
  /** The largest catalog file the loader reads (EC002 past it): front ends read no more. */
  public static final int MAX_CATALOG_BYTES = io.errcat.catalog.yaml.LoaderLimits.MAX_BYTES;

  private Engine() {}

  /** Loads and checks one catalog file; problems name the file as {@code displayName}. */
  public static LoadResult load(Path file, String displayName) {
    return Checker.checkLoaded(CatalogLoader.load(file, displayName));
  }

  /** Loads and checks one catalog from bytes; problems name the file as {@code displayName}. */
  public static LoadResult load(String displayName, byte[] content) {
    return Checker.checkLoaded(CatalogLoader.load(displayName, content));
  }

  /** The Java API of a clean catalog: sources under their package directories. */
  public static List<GeneratedFile> generateJava(Catalog catalog, JavaOptions options) {
    return JavaEmitter.emit(catalog, options);
  }

  /** Where {@link #generateCatalogServices} goes in a class output. */
  public static final String CATALOG_SERVICES_PATH = JavaEmitter.SERVICES_PATH;

  /**
   * The {@code META-INF/services} file that lists the catalogs' bindings ({@code <Prefix>Catalog})
   * for {@code ServiceLoader}: what framework adapters find catalogs by. One per class output.
   *
   * @param catalogs clean catalogs generated into one class output
   * @return the file, empty when none of them has a wire format
   */
  public static Optional<GeneratedFile> generateCatalogServices(List<Catalog> catalogs) {
    return JavaEmitter.servicesFile(catalogs, null);
  }

  /**
   * As {@link #generateCatalogServices(List)}, keeping the entries of the file already in the
   * class output (an incremental compilation, the Maven plugin's catalogs).
   *
   * @param catalogs clean catalogs generated into the class output
   * @param existing the bytes of the file there, or {@code null}
   * @return the file, empty when none of them has a wire format
   */
  public static Optional<GeneratedFile> generateCatalogServices(List<Catalog> catalogs,
      byte[] existing) {
    return JavaEmitter.servicesFile(catalogs, existing);
  }

  /**
   * The qualified name of the error type {@link #generateJava} generates for a clean catalog
   * ({@code io.errcat.catalogs.faas.FaasError}): how a front end finds an API that already exists.
   */
  public static String javaErrorType(Catalog catalog) {
    return GeneratedTypes.errorType(catalog);
  }

  /**
   * The qualified name of the binding type ({@code <Prefix>Catalog}) {@link #generateJava}
   * generates for a clean catalog with a wire format, listed by {@link #generateCatalogServices};
   * null for a catalog without one.
   */
  public static String javaBindingType(Catalog catalog) {
    return GeneratedTypes.bindingType(catalog);
  }

  /**
   * The value of the {@code @Generated} annotation on every type {@link #generateJava} writes: how
   * a front end tells its own output, compiled again as a source, from a hand-written type.
   */
  public static final String JAVA_GENERATOR = GeneratedTypes.GENERATOR;

  /**
   * The {@code <Interface>Errors} type of an interface whose methods declare codes of a clean
   * catalog: per method its error set and, when the catalog has a wire format, a response decoder.
   * It refers to the catalog's Java API by the names {@link #generateJava} gives it.
   *
   * @throws IllegalArgumentException when a method declares a code or operation the catalog lacks
   */
  public static GeneratedFile generateServiceErrors(ServiceErrors service) {
    return ServiceErrorsEmitter.emit(service);
  }

  /** The HTML reference, Markdown and catalog.json of clean catalogs, with an index page. */
  public static List<GeneratedFile> generateDocs(List<Catalog> catalogs, DocsOptions options) {
    return DocsEmitter.emit(catalogs, options);
  }

  /**
   * Every change from the baseline catalogs to the current ones (matched by product id), each
   * breaking or compatible, with positions on both sides.
   */
  public static DiffResult diff(List<Catalog> baseline, List<Catalog> current) {
    return CatalogDiff.compareAll(baseline, current);
  }

  /**
   * Each catalog's errors as an OpenAPI 3.1 document ({@code <id>.openapi.json}): schemas of the
   * product's error body and of problem details, and per operation and status the response with
   * exactly the codes that operation returns (see {@code OpenApiEmitter}).
   *
   * @param catalogs clean catalogs
   * @param docsBaseUrl where the HTML reference is published, or null for relative links
   * @return one file per catalog, in the given order
   */
  public static List<GeneratedFile> generateOpenApi(List<Catalog> catalogs, String docsBaseUrl) {
    return catalogs.stream().map(c -> OpenApiEmitter.emit(c, docsBaseUrl)).toList();
  }

  /**
   * An {@code @ErrorCatalog} interface's errors as an OpenAPI 3.1 document: per method, exactly
   * the codes its {@code @Raises} declares ({@code META-INF/errcat/openapi/<interface>.openapi.json}).
   *
   * @param service the interface's declared errors
   * @param docsBaseUrl where the HTML reference is published, or null
   * @return the document
   */
  public static GeneratedFile generateServiceOpenApi(ServiceErrors service, String docsBaseUrl) {
    return OpenApiEmitter.emit(service, docsBaseUrl);
  }

  /**
   * Reads a release's acknowledged breaking changes (see {@code AcknowledgementsLoader}).
   *
   * @param file the file
   * @param displayName the name problems print
   * @return the acknowledgements and the file's problems
   */
  public static io.errcat.catalog.yaml.AcknowledgementsLoader.Result loadAcknowledgements(
      Path file, String displayName) {
    return io.errcat.catalog.yaml.AcknowledgementsLoader.load(file, displayName);
  }
}
