package io.errcat.runtime;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Everything an {@link ErrcatException} carries, as one immutable value: generated exception
 * constructors take one of these, and the HTTP codec produces one from a response. Serializable
 * when its error is (generated enums are).
 *
 * @param error the catalog error, or {@code null} when the code is unknown or absent
 * @param code the code as received or raised (for a known error, its {@link ErrorCode#code()}), or
 *     {@code null} when there was none
 * @param message the occurrence's message (a filled template or the server's text), or {@code
 *     null}
 * @param operation the operation id the error arose in, or {@code null} when not known
 * @param requestId the request id, or {@code null}
 * @param httpStatus the HTTP status, or {@code 0} for none
 * @param retry the retry hint, never {@code null}
 * @param extras further members kept from the wire (e.g. FaaS {@code HostId}, {@code Recommend}),
 *     in wire order, never {@code null} (null names and values are dropped)
 * @param failure why decoding fell short, or {@code null} when it did not
 * @param language the BCP 47 tag of {@code message}: the language an answer was rendered in, or
 *     the {@code Content-Language} a response carried; {@code null} when not known
 * @param args the arguments the catalog's template was filled with, to render the message in
 *     another language ({@link #inLanguage(String)}); empty when none, immutable
 * @serial exclude
 */
public record ErrorDetails(
    ErrorCode error,
    String code,
    String message,
    String operation,
    String requestId,
    int httpStatus,
    RetryHint retry,
    Map<String, String> extras,
    DecodeFailure failure,
    String language,
    List<Object> args)
    implements Serializable {

  /**
   * Fills the defaults the builder documents and makes {@code extras} an immutable copy.
   *
   * @param error see the record component
   * @param code see the record component
   * @param message see the record component
   * @param operation see the record component
   * @param requestId see the record component
   * @param httpStatus see the record component
   * @param retry see the record component
   * @param extras see the record component
   * @param failure see the record component
   * @param language see the record component
   * @param args see the record component
   */
  public ErrorDetails {
    if (code == null && error != null) {
      code = error.code();
    }
    if (httpStatus == 0 && error != null) {
      httpStatus = error.httpStatus();
    }
    if (retry == null) {
      retry = error != null ? error.retry() : RetryHint.forStatus(httpStatus);
    }
    extras = copy(extras);
    args = args == null || args.isEmpty() ? List.of() : Collections.unmodifiableList(
        new ArrayList<>(args)); // arguments may be null, which List.copyOf refuses
  }

  /** An immutable copy in the same order, without null names or values (free for a copy). */
  private static Map<String, String> copy(Map<String, String> m) {
    return Extras.copyOf(m);
  }

  /**
   * A builder for an occurrence of a known error: code, status, message and retry hint default to
   * the error's.
   *
   * @param error the catalog error
   * @return a builder
   */
  public static Builder builder(ErrorCode error) {
    return new Builder().error(error).message(error.message());
  }

  /**
   * An empty builder (for decoded responses and unknown codes).
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The details of a known error with its template filled in.
   *
   * @param error the catalog error
   * @param args the template's arguments
   * @return the details
   */
  public static ErrorDetails of(ErrorCode error, Object... args) {
    return builder(error).message(error.message(), args).build();
  }

  /**
   * These details for a caller who reads {@code Accept-Language}: the one language rule ({@link
   * Languages}). When the message is still the catalog's own text (filled from {@link #args()})
   * in its variant, it becomes that text in the language chosen, and {@link #language()} says
   * which. A message set by hand, or received from a server, is kept as it is.
   *
   * @param acceptLanguage the request's {@code Accept-Language} values joined by commas, or
   *     {@code null}
   * @return the details in that language
   */
  public ErrorDetails inLanguage(String acceptLanguage) {
    return inLanguage(Languages.ranges(acceptLanguage));
  }

  /**
   * These details in one locale, as {@link #inLanguage(String)}.
   *
   * @param locale the locale, e.g. from a server's {@code LocaleResolver}; {@code null} for the
   *     catalog's own language
   * @return the details in that language
   */
  public ErrorDetails inLanguage(Locale locale) {
    return inLanguage(Languages.ranges(locale));
  }

  /**
   * These details for language ranges, best first ({@link Languages#ranges(String)}).
   *
   * @param ranges the ranges; empty for the catalog's own language
   * @return the details in the language chosen
   */
  public ErrorDetails inLanguage(List<String> ranges) {
    if (error == null) {
      return this;
    }
    String own = error.language();
    String now = language != null ? language : own;
    Object[] a = args.toArray();
    // the variant whose text, in the language it is in, the message still is
    Variant variant = null;
    for (Variant v : operation != null ? List.of(error.variant(operation)) : error.variants()) {
      if (Objects.equals(message, Messages.format(v.message(now), a))) {
        variant = v;
        break;
      }
    }
    if (variant == null) {
      return this; // a message of the occurrence's own: not the catalog's to translate
    }
    String tag = Languages.choose(ranges, variant.languages(), own);
    String text = Messages.format(variant.message(tag), a);
    if (tag.equals(language) && Objects.equals(text, message)) {
      return this;
    }
    return toBuilder().message(text).language(tag).build();
  }

  /**
   * These details in an operation: the one per-operation rule. The operation is set; and when
   * the code has other texts in that operation ({@link ErrorCode#variant(String)}), each text these
   * details still carry unchanged from the variant they had (their operation's, else the first)
   * is replaced by the new variant's: the message, the retry hint, and the status when the new
   * variant has one. A message or hint set by hand, or filled from a template, is kept.
   *
   * @param operationId the operation as the catalog names it
   * @return the details in that operation
   */
  public ErrorDetails inOperation(String operationId) {
    return inOperation(operationId, false);
  }

  /**
   * The rule of {@link #inOperation(String)}; {@code keepStatus} for a decoded response, whose
   * status is what the server sent.
   */
  ErrorDetails inOperation(String operationId, boolean keepStatus) {
    Objects.requireNonNull(operationId, "operationId");
    Builder b = toBuilder().operation(operationId);
    if (error != null) {
      Variant now = operation != null ? error.variant(operation) : error.variants().get(0);
      Variant next = error.variant(operationId);
      if (!next.equals(now)) {
        // the catalog's text, filled from the same arguments, in the language it is in
        Object[] a = args.toArray();
        if (Objects.equals(message, Messages.format(now.message(language), a))) {
          b.message(Messages.format(next.message(language), a));
        }
        if (retry.equals(now.retry())) {
          b.retry(next.retry());
        }
        if (!keepStatus && next.httpStatus() != 0 && httpStatus == now.httpStatus()) {
          b.httpStatus(next.httpStatus());
        }
      }
    }
    return b.build();
  }

  /**
   * A builder holding these details, to change some of them.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return new Builder()
        .error(error)
        .code(code)
        .message(message)
        .operation(operation)
        .requestId(requestId)
        .httpStatus(httpStatus)
        .retry(retry)
        .extras(extras)
        .failure(failure)
        .language(language)
        .args(args);
  }

  /** Builds {@link ErrorDetails}; every setter accepts {@code null} (= use the default). */
  public static final class Builder {
    private ErrorCode error;
    private String code;
    private String message;
    private String operation;
    private String requestId;
    private int httpStatus;
    private RetryHint retry;
    private Map<String, String> extras = new LinkedHashMap<>();
    private DecodeFailure failure;
    private String language;
    private List<Object> args = List.of();

    private Builder() {}

    /**
     * Sets the catalog error.
     *
     * @param v the error
     * @return this builder
     */
    public Builder error(ErrorCode v) {
      error = v;
      return this;
    }

    /**
     * Sets the raw code; defaults to the error's code.
     *
     * @param v the code
     * @return this builder
     */
    public Builder code(String v) {
      code = v;
      return this;
    }

    /**
     * Sets the message.
     *
     * @param v the message
     * @return this builder
     */
    public Builder message(String v) {
      message = v;
      return this;
    }

    /**
     * Sets the message as a template filled with its arguments, which the details keep so that
     * the message can be rendered in another language ({@link ErrorDetails#inLanguage(String)}).
     * Never throws: arguments that do not fit the template are appended to it.
     *
     * @param template the catalog's template, or {@code null}
     * @param args its arguments, in order
     * @return this builder
     */
    public Builder message(String template, Object... args) {
      message = Messages.format(template, args);
      this.args = args == null ? List.of() : Arrays.asList(args.clone());
      return this;
    }

    /**
     * Sets the language of the message.
     *
     * @param v a BCP 47 tag, or {@code null} when not known
     * @return this builder
     */
    public Builder language(String v) {
      language = v;
      return this;
    }

    /**
     * Sets the template's arguments.
     *
     * @param v the arguments, {@code null} for none
     * @return this builder
     */
    public Builder args(List<Object> v) {
      args = v == null ? List.of() : v;
      return this;
    }

    /**
     * Sets the operation id.
     *
     * @param v the operation id
     * @return this builder
     */
    public Builder operation(String v) {
      operation = v;
      return this;
    }

    /**
     * Sets the request id.
     *
     * @param v the request id
     * @return this builder
     */
    public Builder requestId(String v) {
      requestId = v;
      return this;
    }

    /**
     * Sets the HTTP status; {@code 0} (the default) means the error's own status.
     *
     * @param v the status
     * @return this builder
     */
    public Builder httpStatus(int v) {
      httpStatus = v;
      return this;
    }

    /**
     * Sets the retry hint; defaults to the error's, else {@link RetryHint#forStatus(int)}.
     *
     * @param v the hint
     * @return this builder
     */
    public Builder retry(RetryHint v) {
      retry = v;
      return this;
    }

    /**
     * Adds one extra member; a {@code null} value removes it.
     *
     * @param name the member name as on the wire
     * @param value the value
     * @return this builder
     */
    public Builder extra(String name, String value) {
      if (value == null) {
        extras.remove(name);
      } else {
        extras.put(name, value);
      }
      return this;
    }

    /**
     * Replaces all extra members.
     *
     * @param v the members, in wire order; {@code null} clears them
     * @return this builder
     */
    public Builder extras(Map<String, String> v) {
      extras = v == null ? new LinkedHashMap<>() : new LinkedHashMap<>(v);
      return this;
    }

    /**
     * Sets why decoding fell short.
     *
     * @param v the failure
     * @return this builder
     */
    public Builder failure(DecodeFailure v) {
      failure = v;
      return this;
    }

    /**
     * Builds the details.
     *
     * @return the immutable details
     */
    public ErrorDetails build() {
      return new ErrorDetails(error, code, message, operation, requestId, httpStatus, retry,
          extras, failure, language, args);
    }
  }
}
