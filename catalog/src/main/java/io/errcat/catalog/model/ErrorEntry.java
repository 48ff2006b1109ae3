package io.errcat.catalog.model;

import java.util.List;
import java.util.Objects;

/**
 * One row of an error table. A wire code may have several entries when their {@code operations}
 * are disjoint (the per-operation variants of one Java constant). Only {@code code} is required;
 * every other text may be null, and an empty {@code operations} means every operation.
 */
public record ErrorEntry(
    String code,
    String name,
    Integer httpStatus,
    String message,
    String description,
    String solution,
    List<String> operations,
    Retry retry,
    List<Param> params,
    String source,
    String notes,
    Deprecation deprecated,
    List<Translation> translations,
    String grpcStatus,
    String reason,
    Positions at) {

  public ErrorEntry {
    Objects.requireNonNull(code, "code");
    operations = List.copyOf(operations);
    params = List.copyOf(params);
    translations = translations == null ? List.of() : List.copyOf(translations);
  }

  /** The texts in a language other than the catalog's, by tag as written; empty when none. */
  public java.util.Optional<Translation> translation(String tag) {
    return translations.stream().filter(t -> t.tag().equalsIgnoreCase(tag)).findFirst();
  }

  /** The gRPC {@code ErrorInfo} reason: explicit, else the Java constant name. */
  public String grpcReason() {
    return reason != null ? reason : javaName();
  }

  /** The Java constant name: explicit, or derived from the code. */
  public String javaName() {
    return name != null ? name : Naming.constantName(code);
  }

  /** Whether this entry applies to {@code operationId} (entries without operations apply to all). */
  public boolean appliesTo(String operationId) {
    return operations.isEmpty() || operations.contains(operationId);
  }

  public static Builder builder(String code) {
    return new Builder(code);
  }

  public Builder toBuilder() {
    return new Builder(code)
        .name(name)
        .httpStatus(httpStatus)
        .message(message)
        .description(description)
        .solution(solution)
        .operations(operations)
        .retry(retry)
        .params(params)
        .source(source)
        .notes(notes)
        .deprecated(deprecated)
        .translations(translations)
        .grpcStatus(grpcStatus)
        .reason(reason)
        .at(at);
  }

  /** Builds entries in code (tests, synthetic catalogs); the loader uses the constructor. */
  public static final class Builder {
    private String code;
    private String name;
    private Integer httpStatus;
    private String message;
    private String description;
    private String solution;
    private List<String> operations = List.of();
    private Retry retry;
    private List<Param> params = List.of();
    private String source;
    private String notes;
    private Deprecation deprecated;
    private List<Translation> translations = List.of();
    private String grpcStatus;
    private String reason;
    private Positions at = Positions.of(Position.unknown("<built>"));

    private Builder(String code) {
      this.code = code;
    }

    public Builder code(String v) { code = v; return this; }
    public Builder name(String v) { name = v; return this; }
    public Builder httpStatus(Integer v) { httpStatus = v; return this; }
    public Builder message(String v) { message = v; return this; }
    public Builder description(String v) { description = v; return this; }
    public Builder solution(String v) { solution = v; return this; }
    public Builder operations(List<String> v) { operations = v; return this; }
    public Builder retry(Retry v) { retry = v; return this; }
    public Builder params(List<Param> v) { params = v; return this; }
    public Builder source(String v) { source = v; return this; }
    public Builder notes(String v) { notes = v; return this; }
    public Builder deprecated(Deprecation v) { deprecated = v; return this; }
    public Builder translations(List<Translation> v) { translations = v; return this; }
    public Builder grpcStatus(String v) { grpcStatus = v; return this; }
    public Builder reason(String v) { reason = v; return this; }
    public Builder at(Positions v) { at = v; return this; }

    public ErrorEntry build() {
      return new ErrorEntry(code, name, httpStatus, message, description, solution, operations,
          retry, params, source, notes, deprecated, translations, grpcStatus, reason, at);
    }
  }
}
