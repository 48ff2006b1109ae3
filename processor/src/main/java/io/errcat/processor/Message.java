package io.errcat.processor;

import java.util.Locale;
import javax.tools.Diagnostic.Kind;

/**
 * Every diagnostic the processor reports, each with a stable id ({@code [ERRCAT-P010]}) that is
 * never reused or renumbered; docs/processor.md explains each one. Problems found inside a catalog
 * keep the engine's own ids ({@code [EC012]}): {@link #CATALOG_ERROR} and {@link #CATALOG_WARNING}
 * print them as {@code file:line:col: [EC012] sentence}, the form IDEs link to.
 */
enum Message {
  INTERNAL_ERROR(0, Kind.ERROR,
      "internal error in the errcat processor while %s: %s; please report it with this message"),
  MISSING_CLASS(22, Kind.ERROR,
      "the errcat processor cannot load %s (needed while %s): its jar was found at %s without what"
          + " it bundles. Put the errcat-processor jar from Maven Central alone on the processor"
          + " path (-processorpath, or Maven's annotationProcessorPaths): it carries the engine and"
          + " its libraries; errcat-runtime goes on the class path"),
  CATALOG_ID_NOT_FOUND(1, Kind.ERROR, "no catalog with id '%s'; looked in: %s%s"),
  CATALOG_FILE_NOT_FOUND(2, Kind.ERROR, "catalog file '%s' not found; looked in: %s"),
  CATALOG_UNREADABLE(3, Kind.ERROR, "catalog '%s' could not be read: %s"),
  CATALOG_ERROR(4, Kind.ERROR, "%s"),
  CATALOG_WARNING(5, Kind.WARNING, "%s"),
  CATALOG_HAS_ERRORS(6, Kind.ERROR,
      "catalog '%s' has %d error(s), reported on %s; no code is generated from it"),
  CATALOG_VALUE_EMPTY(7, Kind.ERROR,
      "@ErrorCatalog needs a bundled catalog id or a catalog file path, not an empty string"),
  NOT_AN_INTERFACE(8, Kind.ERROR, "@ErrorCatalog applies to interfaces and packages, not to %s %s"),
  RAISES_WITHOUT_CATALOG(9, Kind.ERROR,
      "@Raises on %s, but neither %s nor its package names a catalog with @ErrorCatalog"),
  RAISES_OUTSIDE_INTERFACE(10, Kind.ERROR,
      "@Raises applies to methods of interfaces, not to a method of %s %s"),
  UNKNOWN_OPERATION(11, Kind.ERROR, "catalog '%s' declares no operation '%s'%s"),
  NO_OPERATION_FOR_METHOD(12, Kind.ERROR,
      "method %s matches no operation of catalog '%s' by name; name one with"
          + " @Raises(operation = \"...\")%s"),
  UNKNOWN_CODE(13, Kind.ERROR, "catalog '%s' has no error code '%s'%s"),
  CODE_OUT_OF_SCOPE(14, Kind.ERROR,
      "'%s' is not raised by operation %s: catalog '%s' scopes it to %s"),
  DUPLICATE_CODE(15, Kind.WARNING, "'%s' is declared more than once on %s"),
  MEMBER_CLASH(16, Kind.ERROR, "methods %s and %s both map to member %s of %s; rename one of them"),
  TYPE_CLASH(17, Kind.ERROR,
      "catalogs '%s' and '%s' both generate %s; give one of them another product.java package or"
          + " prefix"),
  STALE_GENERATED_TYPE(18, Kind.ERROR,
      "%s found on the class path has no constant %s for code '%s': it was generated from another"
          + " version of catalog '%s'; regenerate it"),
  WRITE_FAILED(19, Kind.ERROR, "could not write generated file %s: %s"),
  CATALOG_PATH_MISSING(20, Kind.WARNING,
      "-Aerrcat.catalogPath entry '%s' is not a directory; it is ignored"),
  BAD_PACKAGE_OPTION(21, Kind.ERROR,
      "-Aerrcat.package '%s' is not a Java package name (e.g. com.acme.errors)");

  private final int number;
  private final Kind kind;
  private final String format;

  Message(int number, Kind kind, String format) {
    this.number = number;
    this.kind = kind;
    this.format = format;
  }

  /** {@code ERRCAT-P013}. */
  String id() {
    return String.format(Locale.ROOT, "ERRCAT-P%03d", number);
  }

  Kind kind() {
    return kind;
  }

  /**
   * The text the compiler shows: {@code [ERRCAT-Pnnn] sentence}, except for catalog problems,
   * which already carry their own {@code file:line:col: [ECnnn]} lead.
   */
  String format(Object... args) {
    String text = String.format(Locale.ROOT, format, args);
    return this == CATALOG_ERROR || this == CATALOG_WARNING ? text : "[" + id() + "] " + text;
  }
}
