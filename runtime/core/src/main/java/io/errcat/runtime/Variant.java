package io.errcat.runtime;

import java.util.List;
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

  private Variant(int httpStatus, String message, String description, String solution,
      RetryHint retry, List<String> operations) {
    this.httpStatus = httpStatus;
    this.message = message;
    this.description = description;
    this.solution = solution;
    this.retry = retry == null ? RetryHint.forStatus(httpStatus) : retry;
    this.operations = List.copyOf(operations);
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
      return new Variant(httpStatus, message, description, solution, retry, operations);
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
        && operations.equals(v.operations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(httpStatus, message, description, solution, retry, operations);
  }

  @Override
  public String toString() {
    return "Variant[" + httpStatus + ", " + operations + ", " + message + "]";
  }
}
