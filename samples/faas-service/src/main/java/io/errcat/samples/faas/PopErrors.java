package io.errcat.samples.faas;

import io.errcat.catalogs.faas.FaasException;
import io.errcat.runtime.ErrorDetails;
import java.util.Map;

/**
 * The POP errors the document does not list but every POP product answers and the official SDK
 * knows: they travel through the generated mapper like the catalog's, as exceptions with a code
 * and no catalog entry. Texts are POP's own.
 */
final class PopErrors {
  private PopErrors() {}

  /**
   * A signature that does not verify. POP's text ends with the server's string to sign: the
   * official SDK compares it with its own and, when they are equal (only the secret is wrong),
   * reports {@code SDK.InvalidAccessKeySecret}.
   */
  static FaasException signatureDoesNotMatch(String stringToSign) {
    return of(400, "SignatureDoesNotMatch", "Specified signature is not matched with our"
        + " calculation. server string to sign is:" + stringToSign);
  }

  /** A {@code SignatureNonce} seen before within the timestamp window: a replay. */
  static FaasException nonceUsed() {
    return of(400, "SignatureNonceUsed", "Specified signature nonce was used already.");
  }

  /** A {@code Timestamp} outside the window around the server's clock. */
  static FaasException timestampExpired() {
    return of(400, "InvalidTimeStamp.Expired", "Specified time stamp or date header is expired.");
  }

  /**
   * A key that holds as many live nonces as the service keeps for one key ({@link NonceStore}):
   * POP's answer to a caller over its flow control.
   */
  static FaasException throttled() {
    return of(400, "Throttling.User", "Request was denied due to user flow control.");
  }

  /**
   * An error as POP answers it: with the service's {@code HostId} beside the catalog's members.
   *
   * @param e the error
   * @param hostId the world's host id
   * @return the same error with the extra member
   */
  static FaasException withHostId(FaasException e, String hostId) {
    return e.withExtras(Map.of("HostId", hostId));
  }

  private static FaasException of(int status, String code, String message) {
    return new FaasException(ErrorDetails.builder().code(code).httpStatus(status).message(message)
        .build());
  }
}
