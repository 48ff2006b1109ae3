package io.errcat.processor;

import com.google.auto.service.AutoService;
import io.errcat.catalog.output.GeneratedFile;
import io.errcat.catalog.java.JavaOptions;
import io.errcat.catalog.java.ServiceErrors;
import io.errcat.catalog.model.Naming;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * The errcat annotation processor: for every interface that names a catalog with {@code
 * @ErrorCatalog} (itself, an enclosing type or its package), it checks the catalog and the
 * interface's {@code @Raises} codes, generates the catalog's Java API once per compilation and
 * writes {@code <Interface>Errors}. A thin adapter: the engine loads, checks and generates the
 * catalog API and the Errors types; this class finds inputs, describes each interface to the
 * engine, writes what it returns and reports.
 *
 * <p>For Gradle it is an <em>aggregating</em> processor (META-INF/gradle/
 * incremental.annotation.processors): it reads catalog files that are not Java sources, and the
 * catalog API it generates is shared by every interface naming that catalog, so no generated file
 * belongs to one isolated source file.
 */
@AutoService(Processor.class)
public final class ErrcatProcessor extends AbstractProcessor {
  static final String DOCS_BASE_URL_OPTION = "errcat.docsBaseUrl";
  /** The package for the project's own catalogs that name none (as the Maven plugin's errcat.package). */
  static final String PACKAGE_OPTION = "errcat.package";

  private final CatalogEngine engine;
  private FormattingMessager messager;
  private CatalogRegistry registry;
  private ServiceAnalyzer analyzer;

  /** The processor as javac's service loader creates it. */
  public ErrcatProcessor() {
    this(CatalogEngine.ENGINE);
  }

  ErrcatProcessor(CatalogEngine engine) {
    this.engine = engine;
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    // @Generated marks the sources this processor writes: claimed, so that a build with
    // -Xlint:processing is not told in the next round that nobody processed it
    return Set.of(Annotations.ERROR_CATALOG, Annotations.RAISES, Annotations.GENERATED);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(CatalogLocator.CATALOG_PATH_OPTION, DOCS_BASE_URL_OPTION, PACKAGE_OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    messager = new FormattingMessager(env.getMessager());
    try {
      List<Path> catalogPath = new ArrayList<>();
      for (String dir : CatalogLocator.splitCatalogPath(env.getOptions().get(CatalogLocator.CATALOG_PATH_OPTION))) {
        Path p = toPath(dir);
        if (p != null && Files.isDirectory(p)) {
          catalogPath.add(p);
        } else {
          messager.print(Message.CATALOG_PATH_MISSING, Site.NOWHERE, dir);
        }
      }
      ClassLoader own = ErrcatProcessor.class.getClassLoader();
      String projectPackage = env.getOptions().get(PACKAGE_OPTION);
      if (projectPackage != null && !Naming.isQualifiedName(projectPackage.strip())) {
        messager.print(Message.BAD_PACKAGE_OPTION, Site.NOWHERE, projectPackage);
        projectPackage = null;
      }
      CatalogLocator locator = new CatalogLocator(env.getFiler(), own, catalogPath,
          new SourceRoots(env), projectPackage == null ? null : projectPackage.strip());
      JavaOptions options = new JavaOptions(env.getOptions().get(DOCS_BASE_URL_OPTION));
      docsBaseUrl = options.docsBaseUrl();
      registry = new CatalogRegistry(locator, engine, options, messager, env.getFiler(), env.getElementUtils());
      analyzer = new ServiceAnalyzer(messager, env.getElementUtils());
    } catch (RuntimeException | LinkageError e) {
      internalError("starting", null, e);
    }
  }

  private static Path toPath(String dir) {
    try {
      return Path.of(dir).toAbsolutePath();
    } catch (InvalidPathException e) {
      return null;
    }
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (registry == null) {
      return false;
    }
    try {
      if (round.processingOver()) {
        registry.writeCatalogServices();
        return false;
      }
      processRound(round);
    } catch (Throwable t) { // nothing may escape process(): javac would print a stack trace
      internalError("processing this round", null, t);
    }
    return true; // @ErrorCatalog and @Raises are this processor's alone (and its @Generated)
  }

  private void processRound(RoundEnvironment round) {
    // Sorted by name so that diagnostics and generated files come out in the same order every run.
    TreeMap<String, TypeElement> services = new TreeMap<>();
    TreeMap<String, PackageElement> packages = new TreeMap<>();
    TypeElement errorCatalog = processingEnv.getElementUtils().getTypeElement(Annotations.ERROR_CATALOG);
    TypeElement raises = processingEnv.getElementUtils().getTypeElement(Annotations.RAISES);
    if (errorCatalog != null) {
      for (Element e : round.getElementsAnnotatedWith(errorCatalog)) {
        if (e instanceof PackageElement p) {
          packages.put(p.getQualifiedName().toString(), p);
        } else if (e.getKind() == ElementKind.INTERFACE) {
          services.put(((TypeElement) e).getQualifiedName().toString(), (TypeElement) e);
        } else {
          AnnotationMirror m = Annotations.find(e, Annotations.ERROR_CATALOG).orElse(null);
          messager.print(Message.NOT_AN_INTERFACE, Site.of(e, m), kindName(e), e);
        }
      }
    }
    if (raises != null) {
      List<ExecutableElement> methods = new ArrayList<>();
      for (Element e : round.getElementsAnnotatedWith(raises)) {
        methods.add((ExecutableElement) e);
      }
      methods.sort(Comparator.comparing(e -> e.getEnclosingElement() + "#" + e));
      for (ExecutableElement m : methods) {
        Element owner = m.getEnclosingElement();
        if (owner.getKind() == ElementKind.INTERFACE) {
          services.put(((TypeElement) owner).getQualifiedName().toString(), (TypeElement) owner);
        } else {
          messager.print(Message.RAISES_OUTSIDE_INTERFACE,
              Site.of(m, Annotations.find(m, Annotations.RAISES).orElse(null)), kindName(owner), owner);
        }
      }
    }
    for (PackageElement p : packages.values()) {
      guarded(p, () -> catalogNamedBy(p));
    }
    for (TypeElement service : services.values()) {
      guarded(service, () -> processService(service));
    }
  }

  /** A package's catalog is checked and its API generated even before any interface uses it. */
  private void catalogNamedBy(PackageElement p) {
    AnnotationMirror m = Annotations.find(p, Annotations.ERROR_CATALOG).orElseThrow();
    Optional<CatalogApi> api = resolve(p, m);
    if (api.isPresent()) {
      registry.provideApi(api.get(), siteOf(p, m));
    }
  }

  private void processService(TypeElement service) {
    Optional<Element> namer = catalogNamer(service);
    if (namer.isEmpty()) {
      for (ExecutableElement m : ElementFilter.methodsIn(service.getEnclosedElements())) {
        Annotations.find(m, Annotations.RAISES).ifPresent(a ->
            messager.print(Message.RAISES_WITHOUT_CATALOG, Site.of(m, a), m, service.getQualifiedName()));
      }
      return;
    }
    Element n = namer.get();
    AnnotationMirror m = Annotations.find(n, Annotations.ERROR_CATALOG).orElseThrow();
    Optional<CatalogApi> api = resolve(n, m);
    if (api.isEmpty()) {
      return;
    }
    // The interface is checked before the catalog API is generated, so that its diagnostics
    // appear even when generation fails.
    Optional<ServiceErrors> errors = analyzer.analyze(service, api.get());
    if (registry.provideApi(api.get(), siteOf(n, m)) && errors.isPresent()) {
      write(service, errors.get());
    }
  }

  /** Has the engine generate the interface's Errors type and writes it. */
  private void write(TypeElement service, ServiceErrors errors) {
    GeneratedFile file = engine.generateServiceErrors(errors);
    try {
      FilerOutput.write(processingEnv.getFiler(), file, service);
    } catch (IOException e) { // e.g. a hand-written type of the same name
      messager.print(Message.WRITE_FAILED, Site.of(service), errors.errorsType(), String.valueOf(e.getMessage()));
      return;
    }
    // the interface's errors for API documentation (springdoc reads it through the starter)
    GeneratedFile openApi = engine.generateServiceOpenApi(errors, docsBaseUrl);
    try {
      FilerOutput.write(processingEnv.getFiler(), openApi, service);
    } catch (IOException e) {
      messager.print(Message.WRITE_FAILED, Site.of(service), openApi.path(), String.valueOf(e.getMessage()));
    }
  }

  private Optional<CatalogApi> resolve(Element namer, AnnotationMirror m) {
    Site site = siteOf(namer, m);
    String value = site.value() == null ? "" : String.valueOf(site.value().getValue());
    return registry.resolve(value, site, namer);
  }

  /** The place to report catalog trouble: the annotation value that named the catalog. */
  private static Site siteOf(Element namer, AnnotationMirror m) {
    return new Site(namer, m, Annotations.value(m, "value").orElse(null));
  }

  /** The nearest element that carries @ErrorCatalog: the type, an enclosing type, or the package. */
  private static Optional<Element> catalogNamer(TypeElement service) {
    for (Element e = service; e != null; e = e.getEnclosingElement()) {
      if (Annotations.find(e, Annotations.ERROR_CATALOG).isPresent()) {
        return Optional.of(e);
      }
      if (e.getKind() == ElementKind.PACKAGE) {
        break;
      }
    }
    return Optional.empty();
  }

  /** Runs one unit of work; a failure becomes one error on its element and the rest go on. */
  private void guarded(Element element, Runnable work) {
    try {
      work.run();
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      internalError("processing " + element, element, e);
    }
  }

  private boolean missingReported;

  /** Where the reference is published ({@code -Aerrcat.docsBaseUrl}), normalised; or null. */
  private String docsBaseUrl;

  private void internalError(String during, Element element, Throwable t) {
    Site site = element == null ? Site.NOWHERE : Site.of(element);
    String missing = missingClass(t);
    if (missing != null) { // not errcat's bug: a processor path without the engine's classes
      if (missingReported) {
        return; // once: every later element would fail the same way
      }
      missingReported = true;
      var source = ErrcatProcessor.class.getProtectionDomain().getCodeSource();
      messager.print(Message.MISSING_CLASS, site, missing, during,
          source == null ? "an unknown place" : String.valueOf(source.getLocation()));
      return;
    }
    String what = t.getClass().getName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    StackTraceElement[] at = t.getStackTrace();
    String where = at.length == 0 ? "" : " at " + at[0];
    messager.print(Message.INTERNAL_ERROR, site, during, what + where);
  }

  /** The class a {@link NoClassDefFoundError} (anywhere in the causes) could not load, or null. */
  private static String missingClass(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof NoClassDefFoundError || c instanceof ClassNotFoundException) {
        String name = c.getMessage() == null ? "a class" : c.getMessage().replace('/', '.');
        return name;
      }
    }
    return null;
  }

  private static String kindName(Element e) {
    return switch (e.getKind()) {
      case CLASS -> "class";
      case ENUM -> "enum";
      case RECORD -> "record";
      case ANNOTATION_TYPE -> "annotation type";
      default -> e.getKind().toString().toLowerCase(Locale.ROOT);
    };
  }
}
