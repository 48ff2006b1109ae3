package io.errcat.runtime;

import java.util.Map;

/**
 * What a response said, before the code is looked up in a catalog: the output of {@link
 * WireFormat#decode} and {@link ProblemDetails#decode}. Every text is bounded; any may be null.
 *
 * @param status the HTTP status as received (or, when that was 0, the problem's {@code status})
 * @param code the raw code from the body or the code header, or null
 * @param message the message member (problem+json: {@code detail}, else {@code title}), or null
 * @param requestId the request id from the body or the request-id header, or null
 * @param operation the operation id (problem+json {@code operation} extension), or null
 * @param extras the configured extra members found, in wire order, never null
 * @param problem the parsed problem when the body was {@code application/problem+json}, or null
 * @param failure why the body fell short, or null
 */
public record DecodedBody(
    int status,
    String code,
    String message,
    String requestId,
    String operation,
    Map<String, String> extras,
    ProblemDetails problem,
    DecodeFailure failure) {

  /**
   * Makes {@code extras} an immutable copy.
   *
   * @param status see the record component
   * @param code see the record component
   * @param message see the record component
   * @param requestId see the record component
   * @param operation see the record component
   * @param extras see the record component
   * @param problem see the record component
   * @param failure see the record component
   */
  public DecodedBody {
    extras = Extras.copyOf(extras);
  }
}
