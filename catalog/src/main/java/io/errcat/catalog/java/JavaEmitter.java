package io.errcat.catalog.java;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.errcat.catalog.output.GeneratedFile;
import io.errcat.catalog.model.Catalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Generates a catalog's Java API with JavaPoet: {@code <Prefix>Error}, {@code <Prefix>Operation}
 * (when the catalog has operations), {@code <Prefix>Exception}, {@code <Prefix>HttpMapper} and
 * {@code <Prefix>Catalog} (when it has a {@code wire} section) and {@code <Prefix>Region} (when it has {@code endpoints}). The
 * output depends only on the catalog and the options: same input, same bytes.
 *
 * <p>Decisions worth knowing:
 *
 * <ul>
 *   <li>Up to {@value Plan#PART_SIZE} codes, {@code <Prefix>Error} is one enum. Past that it is a
 *       sealed interface over nested enums {@code Part0}, {@code Part1}, ... of that many codes
 *       each, and the typed factories move to {@code <Prefix>Exception.PartN}: a Java enum cannot
 *       hold 20,000 constants at all (its static initialiser is one method of at most 64 KB, and a
 *       class has at most 65,535 constant-pool entries). Texts live in chunked nested data classes
 *       whose methods stay under the 64 KB limit at any size.
 *   <li>{@code fromCode} looks a code up in the runtime's {@code CodeTable} of pre-built {@code
 *       Optional}s: O(1) and allocation-free, hit or miss.
 *   <li>A code with per-operation texts is one constant; {@code variant(operation)} gives that
 *       operation's texts, and factories and {@code fromHttp} overloads take the operation (a
 *       factory without one only where a single text is right: see {@code ExceptionEmitter}).
 *   <li>Catalogs without {@code wire} (in-process errors such as openYuanrong's SDK codes, which have
 *       no HTTP status) get no HTTP mapper: there is no product format to speak, and a problem+json
 *       response with an invented status would mislead.
 *   <li>Catalog text reaches generated code only as string literals and escaped Javadoc; the code
 *       passes javac's {@code -Xlint:all -Xdoclint:all/protected -Werror}: doclint over
 *       what the javadoc tool documents (private constructors stay bare, without filler text).
 * </ul>
 */
public final class JavaEmitter {
  private JavaEmitter() {}

  /**
   * The Java sources of a clean (checked) catalog, sorted by path.
   *
   * @param catalog the catalog
   * @param options emitter settings
   * @return UTF-8 sources under their package directories ({@code io/errcat/catalogs/faas/FaasError.java})
   */
  public static List<GeneratedFile> emit(Catalog catalog, JavaOptions options) {
    Plan plan = Plan.of(catalog, options);
    List<TypeSpec> types = new ArrayList<>(new ErrorEmitter(plan).emit());
    if (plan.operation() != null) {
      types.add(OperationEmitter.emit(plan));
    }
    types.add(new ExceptionEmitter(plan).emit());
    if (plan.mapper() != null) {
      types.add(new HttpMapperEmitter(plan).emit());
      types.add(CatalogBindingEmitter.emit(plan));
    }
    if (plan.region() != null) {
      types.add(RegionEmitter.emit(plan));
    }
    String pkg = plan.error().packageName();
    List<GeneratedFile> files = new ArrayList<>();
    for (TypeSpec type : types) {
      files.add(write(pkg, type));
    }
    files.sort(Comparator.comparing(GeneratedFile::path));
    return List.copyOf(files);
  }

  /** Where {@link #servicesFile} goes in a class output. */
  public static final String SERVICES_PATH = CatalogBindingEmitter.SERVICES_FILE;

  /**
   * The {@code META-INF/services/io.errcat.runtime.CatalogBinding} file that lists the {@code
   * <Prefix>Catalog} bindings of clean catalogs, for a build's class output: how framework
   * adapters find the catalogs through {@code ServiceLoader}.
   *
   * @param catalogs the catalogs generated into one class output
   * @param existing the file already in that output, whose entries are kept, or {@code null}
   * @return the file, empty when no catalog has a wire format (and so no binding)
   */
  public static Optional<GeneratedFile> servicesFile(List<Catalog> catalogs, byte[] existing) {
    return Optional.ofNullable(CatalogBindingEmitter.servicesFile(catalogs, existing));
  }

  /**
   * What marks every generated top-level type, as AutoValue marks its own: the generator's name and
   * no date, so the same catalog gives the same bytes.
   */
  static final AnnotationSpec GENERATED = AnnotationSpec.builder(
      ClassName.get("javax.annotation.processing", "Generated"))
      .addMember("value", "$S", GeneratedTypes.GENERATOR)
      .build();

  private static GeneratedFile write(String pkg, TypeSpec type) {
    JavaFile file = JavaFile.builder(pkg, type.toBuilder().addAnnotation(GENERATED).build())
        .indent("  ")
        .skipJavaLangImports(true)
        .addFileComment("Generated by errcat. Do not edit.")
        .build();
    StringBuilder out = new StringBuilder();
    try {
      file.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String path = ClassName.get(pkg, type.name()).canonicalName().replace('.', '/') + ".java";
    return new GeneratedFile(path,
        JavadocWrap.wrap(out.toString()).getBytes(StandardCharsets.UTF_8));
  }
}
