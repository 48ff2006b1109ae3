package io.errcat.runtime;

import java.util.List;

/**
 * One error of a catalog: the contract every generated {@code <Prefix>Error} enum implements.
 *
 * <p>Texts come from the catalog as written. Any text the catalog leaves out is {@code null};
 * {@link #code()} and {@link #name()} never are.
 */
public interface ErrorCode {

  /**
   * The code exactly as it travels on the wire, always as a string, even when the product sends
   * it as a JSON number ({@code "4115"}).
   *
   * @return the wire code, never {@code null}
   */
  String code();

  /**
   * The Java constant name (for an enum, {@link Enum#name()}); also the anchor of the code in the
   * HTML reference.
   *
   * @return the constant name, never {@code null}
   */
  String name();

  /**
   * The HTTP status the catalog gives this error.
   *
   * @return the status (100–599), or {@code 0} when the error has none (an in-process error)
   */
  int httpStatus();

  /**
   * The message as the catalog writes it; may be a template with {@code %s}/{@code %d} specifiers
   * (see {@link #format(Object...)}).
   *
   * @return the message template, or {@code null} when the catalog has none
   */
  String message();

  /**
   * The language of {@link #message()}, {@link #description()} and {@link #solution()}: the
   * catalog's {@code language}. Translations are in {@link #variants()}.
   *
   * @return a BCP 47 tag; {@code en} unless the catalog names another
   */
  default String language() {
    return "en";
  }

  /**
   * The {@code reason} of the error in gRPC's {@code google.rpc.ErrorInfo} (AIP-193): the
   * catalog's own, else the constant name (UPPER_SNAKE_CASE already).
   *
   * @return the reason, unique in the catalog
   */
  default String grpcReason() {
    String own = variants().get(0).grpcReason();
    return own != null ? own : name();
  }

  /**
   * What the error means, as the catalog describes it.
   *
   * @return the description, or {@code null} when the catalog has none
   */
  String description();

  /**
   * What to do about the error, as the catalog says.
   *
   * @return the solution, or {@code null} when the catalog has none
   */
  String solution();

  /**
   * Whether and when to retry. Generated enums return what the catalog's {@code retry} says; when
   * the catalog is silent this default applies the runtime's policy for the status
   * ({@link RetryHint#forStatus(int)}).
   *
   * @return the retry hint, never {@code null}
   */
  default RetryHint retry() {
    return RetryHint.forStatus(httpStatus());
  }

  /**
   * The operations this error belongs to, as the catalog names them.
   *
   * @return the operation ids; empty when the error applies to every operation
   */
  default List<String> operations() {
    return List.of();
  }

  /**
   * The texts of this code, one variant per group of operations, in catalog order; the first is
   * the one {@link #message()} and the other accessors return.
   *
   * @return the variants, never empty; by default the single variant of this code's own texts
   */
  default List<Variant> variants() {
    return List.of(Variant.status(httpStatus()).message(message()).description(description())
        .solution(solution()).retry(retry()).operations(operations().toArray(String[]::new))
        .build());
  }

  /**
   * The texts this code has in one operation: the first variant that applies to it, else the
   * first variant.
   *
   * @param operationId the operation as the catalog names it
   * @return the variant for that operation
   */
  default Variant variant(String operationId) {
    List<Variant> vs = variants();
    for (Variant v : vs) {
      if (v.appliesTo(operationId)) {
        return v;
      }
    }
    return vs.get(0);
  }

  /**
   * Whether the catalog says this code may be returned by an operation.
   *
   * @param operationId the operation as the catalog names it
   * @return true when some variant applies to it
   */
  default boolean appliesTo(String operationId) {
    for (Variant v : variants()) {
      if (v.appliesTo(operationId)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The message with its template specifiers filled in ({@link java.util.Locale#ROOT}, so the
   * result does not depend on the machine's locale). Never throws: when the arguments do not fit
   * the template, the template is returned followed by the arguments.
   *
   * @param args the template's arguments, in order
   * @return the formatted message, or {@code null} when the catalog has no message
   */
  default String format(Object... args) {
    return Messages.format(message(), args);
  }
}
