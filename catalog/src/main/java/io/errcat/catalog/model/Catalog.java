package io.errcat.catalog.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole catalog, format version 1: one product, how its errors travel, its operations, its error
 * entries (in file order) and, for products that have them, regions, fallback advice and the
 * codes it retired.
 * {@code wire}, {@code defaultHttpStatus} and {@code fallback} may be null.
 */
public record Catalog(
    int formatVersion,
    Product product,
    Wire wire,
    Integer defaultHttpStatus,
    List<Operation> operations,
    List<ErrorEntry> errors,
    List<Endpoint> endpoints,
    Fallback fallback,
    List<Retired> retired,
    String language,
    List<String> locales,
    GrpcSection grpc,
    Positions at) {

  public static final int FORMAT_VERSION = 1;
  /** The language of a catalog's own texts when it names none. */
  public static final String DEFAULT_LANGUAGE = "en";

  public Catalog {
    Objects.requireNonNull(product, "product");
    operations = List.copyOf(operations);
    errors = List.copyOf(errors);
    endpoints = List.copyOf(endpoints);
    retired = retired == null ? List.of() : List.copyOf(retired);
    locales = locales == null ? List.of() : List.copyOf(locales);
  }

  /**
   * The {@code ErrorInfo} domain of the catalog's errors in gRPC: its {@code grpc.domain}, else
   * the service host of its first endpoint without the region (Function Compute's {@code
   * cn-hangzhou.fc.aliyuncs.com} gives {@code fc.aliyuncs.com}), else the product id.
   */
  public String grpcDomain() {
    if (grpc != null && grpc.domain() != null) {
      return grpc.domain();
    }
    if (!endpoints.isEmpty() && endpoints.get(0).publicEndpoint() != null) {
      Endpoint e = endpoints.get(0);
      String host = e.publicEndpoint().toLowerCase(java.util.Locale.ROOT);
      int scheme = host.indexOf("://");
      host = scheme >= 0 ? host.substring(scheme + 3) : host;
      host = host.split("[/:]", 2)[0];
      String region = e.regionId() == null ? null : e.regionId().toLowerCase(java.util.Locale.ROOT);
      if (region != null && host.startsWith(region + ".")) {
        host = host.substring(region.length() + 1);
      }
      if (host.matches("[a-z0-9]([a-z0-9.-]*[a-z0-9])?")) {
        return host;
      }
    }
    return product.id() != null ? product.id() : "";
  }

  /** The BCP 47 tag of the catalog's own texts: its {@code language}, else {@code en}. */
  public String languageTag() {
    return language != null ? language : DEFAULT_LANGUAGE;
  }

  /**
   * The gRPC status of an entry: its own {@code grpcStatus}, else the one its HTTP status maps to
   * (the runtime's table, which the gRPC adapter answers by).
   */
  public String grpcStatusOf(ErrorEntry e) {
    return e.grpcStatus() != null ? e.grpcStatus()
        : io.errcat.runtime.GrpcCodes.forHttp(statusOf(e).orElse(0));
  }

  public Optional<Operation> operation(String id) {
    return operations.stream().filter(o -> o.id().equals(id)).findFirst();
  }

  /**
   * Entries grouped by wire code, in order of first appearance: one group per Java constant, each
   * holding that code's per-operation variants in file order.
   */
  public Map<String, List<ErrorEntry>> entriesByCode() {
    Map<String, List<ErrorEntry>> byCode = new LinkedHashMap<>();
    for (ErrorEntry e : errors) {
      byCode.computeIfAbsent(e.code(), k -> new ArrayList<>()).add(e);
    }
    return byCode;
  }

  /** The status for an entry: its own, else the catalog's default, else empty. */
  public Optional<Integer> statusOf(ErrorEntry e) {
    return Optional.ofNullable(e.httpStatus() != null ? e.httpStatus() : defaultHttpStatus);
  }

  /**
   * This catalog with a package for its generated code when it names none ({@code
   * product.java.package} absent): how a build gives a project's own catalogs the project's
   * package. A catalog that names its package keeps it.
   *
   * @param javaPackage the package to use, or null for the id-derived default
   * @return this catalog, or a copy with that package
   */
  public Catalog withDefaultJavaPackage(String javaPackage) {
    JavaSection java = product.java();
    if (javaPackage == null || java != null && java.packageName() != null) {
      return this;
    }
    JavaSection withPackage = new JavaSection(javaPackage, java == null ? null : java.prefix(),
        java == null ? null : java.at());
    Product p = new Product(product.id(), product.name(), product.vendor(), withPackage,
        product.sources(), product.at());
    return new Catalog(formatVersion, p, wire, defaultHttpStatus, operations, errors, endpoints,
        fallback, retired, language, locales, grpc, at);
  }

  public static Builder builder(Product product) {
    return new Builder(product);
  }

  /** Builds catalogs in code (tests, synthetic catalogs); the loader uses the constructor. */
  public static final class Builder {
    private final Product product;
    private Wire wire;
    private Integer defaultHttpStatus;
    private List<Operation> operations = List.of();
    private List<ErrorEntry> errors = List.of();
    private List<Endpoint> endpoints = List.of();
    private Fallback fallback;
    private List<Retired> retired = List.of();
    private String language;
    private List<String> locales = List.of();
    private GrpcSection grpc;
    private Positions at = Positions.of(Position.unknown("<built>"));

    private Builder(Product product) {
      this.product = product;
    }

    public Builder wire(Wire v) { wire = v; return this; }
    public Builder defaultHttpStatus(Integer v) { defaultHttpStatus = v; return this; }
    public Builder operations(List<Operation> v) { operations = v; return this; }
    public Builder errors(List<ErrorEntry> v) { errors = v; return this; }
    public Builder endpoints(List<Endpoint> v) { endpoints = v; return this; }
    public Builder fallback(Fallback v) { fallback = v; return this; }
    public Builder retired(List<Retired> v) { retired = v; return this; }
    public Builder language(String v) { language = v; return this; }
    public Builder locales(List<String> v) { locales = v; return this; }
    public Builder grpc(GrpcSection v) { grpc = v; return this; }
    public Builder at(Positions v) { at = v; return this; }

    public Catalog build() {
      return new Catalog(FORMAT_VERSION, product, wire, defaultHttpStatus, operations, errors,
          endpoints, fallback, retired, language, locales, grpc, at);
    }
  }
}
