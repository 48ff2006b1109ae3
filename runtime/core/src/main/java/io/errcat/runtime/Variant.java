package io.errcat.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The texts a code has in a group of operations: one entry of a catalog. A code that appears in
 * its catalog once has one variant, for every operation; FaaS's {@code IMAGE NOT FOUND} has one
 * per group of operations, each with its own message. Generated code holds the variants as data
 * ({@link ErrorCode#variants()}); the rule for switching between them lives once, in {@link
 * ErrorDetails#inOperation(String)}.
 */
public final class Variant {
  private final int httpStatus;
  private final String message;
  private final String description;
  private final String solution;
  private final RetryHint retry;
  private final List<String> operations;
  /** The gRPC status the catalog gives, or null to derive it from the HTTP status. */
  private final String grpcStatus;
  /** The ErrorInfo reason the catalog gives, or null for the constant name. */
  private final String grpcReason;
  /** The names of the message template's parameters, in order. */
  private final List<String> params;
  /** Texts in other languages: tag → message, description, solution (each may be null). */
  private final Map<String, String[]> translations;

  private Variant(int httpStatus, String message, String description, String solution,
      RetryHint retry, List<String> operations, Map<String, String[]> translations,
      String grpcStatus, String grpcReason, List<String> params) {
    this.httpStatus = httpStatus;
    this.message = message;
    this.description = description;
    this.solution = solution;
    this.retry = retry == null ? RetryHint.forStatus(httpStatus) : retry;
    this.operations = List.copyOf(operations);
    this.grpcStatus = grpcStatus;
    this.grpcReason = grpcReason;
    this.params = List.copyOf(params);
    Map<String, String[]> t = new LinkedHashMap<>();
    translations.forEach((tag, texts) -> t.put(tag, texts.clone()));
    this.translations = Collections.unmodifiableMap(t);
  }

  /**
   * Starts a variant, to be given its texts by name (what generated code writes: one call a line,
   * only what the catalog says).
   *
   * @param httpStatus the HTTP status, or {@code 0} when the catalog gives none
   * @return a builder; without {@link Builder#retry} the retry hint is the status's default
   */
  public static Builder status(int httpStatus) {
    return new Builder(httpStatus);
  }

  /** Builds a {@link Variant}: every text optional, no operations meaning every operation. */
  public static final class Builder {
    private final int httpStatus;
    private String message;
    private String description;
    private String solution;
    private RetryHint retry;
    private List<String> operations = List.of();
    private final Map<String, String[]> translations = new LinkedHashMap<>();
    private String grpcStatus;
    private String grpcReason;
    private List<String> params = List.of();

    private Builder(int httpStatus) {
      this.httpStatus = httpStatus;
    }

    /**
     * Sets the message.
     *
     * @param v the message (a template when the code takes parameters)
     * @return this builder
     */
    public Builder message(String v) {
      message = v;
      return this;
    }

    /**
     * Sets the gRPC status, where the catalog gives one of its own (else it is the one the HTTP
     * status maps to, {@link GrpcCodes#forHttp(int)}).
     *
     * @param v a canonical code's name, e.g. {@code ALREADY_EXISTS}
     * @return this builder
     */
    public Builder grpcStatus(String v) {
      grpcStatus = v;
      return this;
    }

    /**
     * Sets the {@code reason} of the code in gRPC's {@code ErrorInfo}, where the catalog gives one
     * of its own (else it is the constant name).
     *
     * @param v an UPPER_SNAKE_CASE reason of at most 63 characters
     * @return this builder
     */
    public Builder grpcReason(String v) {
      grpcReason = v;
      return this;
    }

    /**
     * Names the message template's parameters, in order (what gRPC's {@code ErrorInfo} carries
     * them under).
     *
     * @param names the parameter names as the catalog gives them
     * @return this builder
     */
    public Builder params(String... names) {
      params = List.of(names);
      return this;
    }

    /**
     * Sets the message in another language.
     *
     * @param tag the language's BCP 47 tag, e.g. {@code zh-CN}
     * @param v the message, with the same params as the default one (positional specifiers such
     *     as {@code %2$s} allowed)
     * @return this builder
     */
    public Builder message(String tag, String v) {
      return translate(tag, 0, v);
    }

    /**
     * Sets what the error means in another language.
     *
     * @param tag the language's BCP 47 tag
     * @param v the description
     * @return this builder
     */
    public Builder description(String tag, String v) {
      return translate(tag, 1, v);
    }

    /**
     * Sets what to do about it in another language.
     *
     * @param tag the language's BCP 47 tag
     * @param v the solution
     * @return this builder
     */
    public Builder solution(String tag, String v) {
      return translate(tag, 2, v);
    }

    private Builder translate(String tag, int field, String v) {
      translations.computeIfAbsent(Objects.requireNonNull(tag, "tag"), k -> new String[3])[field] = v;
      return this;
    }

    /**
     * Sets what the error means.
     *
     * @param v the description
     * @return this builder
     */
    public Builder description(String v) {
      description = v;
      return this;
    }

    /**
     * Sets what to do about it.
     *
     * @param v the solution
     * @return this builder
     */
    public Builder solution(String v) {
      solution = v;
      return this;
    }

    /**
     * Sets whether and when to retry.
     *
     * @param v the hint
     * @return this builder
     */
    public Builder retry(RetryHint v) {
      retry = v;
      return this;
    }

    /**
     * Sets the operations this variant applies to.
     *
     * @param ids the operation ids
     * @return this builder
     */
    public Builder operations(String... ids) {
      operations = List.of(ids);
      return this;
    }

    /**
     * Builds the variant.
     *
     * @return the variant
     */
    public Variant build() {
      return new Variant(httpStatus, message, description, solution, retry, operations,
          translations, grpcStatus, grpcReason, params);
    }
  }

  /**
   * The HTTP status.
   *
   * @return the status, or {@code 0} when the catalog gives none
   */
  public int httpStatus() {
    return httpStatus;
  }

  /**
   * The message (a template when the code takes parameters).
   *
   * @return the message, or {@code null}
   */
  public String message() {
    return message;
  }

  /**
   * What the error means.
   *
   * @return the description, or {@code null}
   */
  public String description() {
    return description;
  }

  /**
   * What to do about it.
   *
   * @return the solution, or {@code null}
   */
  public String solution() {
    return solution;
  }

  /**
   * The gRPC status the catalog gives this variant, when it gives one ({@link GrpcCodes#of}
   * derives it otherwise).
   *
   * @return a canonical code's name, or {@code null}
   */
  public String grpcStatus() {
    return grpcStatus;
  }

  /**
   * The {@code ErrorInfo} reason the catalog gives the code, when it gives one.
   *
   * @return the reason, or {@code null} for the constant name
   */
  public String grpcReason() {
    return grpcReason;
  }

  /**
   * The names of the message template's parameters, in order.
   *
   * @return the names, immutable; empty when the message takes none
   */
  public List<String> params() {
    return params;
  }

  /**
   * The languages this variant has texts in besides the catalog's own, in catalog order.
   *
   * @return BCP 47 tags as the catalog writes them, immutable; empty when none
   */
  public List<String> languages() {
    return List.copyOf(translations.keySet());
  }

  /**
   * The message in a language: its translation when the catalog has one for exactly that tag
   * (ignoring case), else {@link #message()}. To pick the language for a caller, see {@link
   * Languages#choose}.
   *
   * @param tag a BCP 47 tag, or {@code null} for the catalog's own language
   * @return the message (a template when the code takes parameters), or {@code null}
   */
  public String message(String tag) {
    return text(tag, 0, message);
  }

  /**
   * The description in a language, as {@link #message(String)}.
   *
   * @param tag a BCP 47 tag, or {@code null} for the catalog's own language
   * @return the description, or {@code null}
   */
  public String description(String tag) {
    return text(tag, 1, description);
  }

  /**
   * The solution in a language, as {@link #message(String)}.
   *
   * @param tag a BCP 47 tag, or {@code null} for the catalog's own language
   * @return the solution, or {@code null}
   */
  public String solution(String tag) {
    return text(tag, 2, solution);
  }

  private String text(String tag, int field, String own) {
    if (tag == null || translations.isEmpty()) {
      return own;
    }
    for (Map.Entry<String, String[]> e : translations.entrySet()) {
      if (e.getKey().equalsIgnoreCase(tag)) {
        String t = e.getValue()[field];
        return t != null ? t : own;
      }
    }
    return own;
  }

  /**
   * Whether and when to retry: the catalog's words, else the runtime's default for the status.
   *
   * @return the hint, never {@code null}
   */
  public RetryHint retry() {
    return retry;
  }

  /**
   * The operation ids this variant applies to.
   *
   * @return the ids, immutable; empty for every operation
   */
  public List<String> operations() {
    return operations;
  }

  /**
   * Whether this variant applies to an operation.
   *
   * @param operationId the operation as the catalog names it
   * @return true when listed, or when the variant applies to every operation
   */
  public boolean appliesTo(String operationId) {
    return operations.isEmpty() || operations.contains(operationId);
  }

  /**
   * The operations a code with these variants belongs to: the union of theirs in order, or none
   * (every operation) when one of them applies to every operation.
   *
   * @param variants a code's variants
   * @return the operation ids, immutable
   */
  public static List<String> operationsOf(List<Variant> variants) {
    java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
    for (Variant v : variants) {
      if (v.operations.isEmpty()) {
        return List.of();
      }
      out.addAll(v.operations);
    }
    return List.copyOf(out);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Variant v && httpStatus == v.httpStatus
        && Objects.equals(message, v.message) && Objects.equals(description, v.description)
        && Objects.equals(solution, v.solution) && retry.equals(v.retry)
        && operations.equals(v.operations) && Objects.equals(grpcStatus, v.grpcStatus)
        && Objects.equals(grpcReason, v.grpcReason) && params.equals(v.params)
        && sameTranslations(v);
  }

  private boolean sameTranslations(Variant v) {
    if (!translations.keySet().equals(v.translations.keySet())) {
      return false;
    }
    for (Map.Entry<String, String[]> e : translations.entrySet()) {
      if (!java.util.Arrays.equals(e.getValue(), v.translations.get(e.getKey()))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return Objects.hash(httpStatus, message, description, solution, retry, operations,
        translations.keySet());
  }

  @Override
  public String toString() {
    return "Variant[" + httpStatus + ", " + operations + ", " + message + "]";
  }
}
