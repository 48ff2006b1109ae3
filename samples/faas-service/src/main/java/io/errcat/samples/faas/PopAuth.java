package io.errcat.samples.faas;

import io.errcat.catalogs.faas.FaasException;
import io.errcat.fpga.Caller;
import io.errcat.fpga.CallerType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who is calling, as POP decides it, in this order: the AccessKey (unknown, disabled), an STS
 * credential's token (malformed, for another key, expired), the {@code Timestamp} window, the
 * signature, and last the {@code SignatureNonce} (remembered for the window, so a replay within
 * it is refused; recorded only for requests that verified, so nobody can burn another caller's
 * nonces). Every refusal is an exception with POP's or the catalog's code; nothing changes state
 * but the nonce of a verified request.
 */
final class PopAuth {
  /** The verified caller and its key's permissions. */
  record Verified(Caller caller, boolean ramAdmin, boolean ecsDescribe) {}

  private final Directory directory;
  private final Clock clock;
  private final Duration window;
  private final Map<String, Instant> nonces = new ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicReference<Instant> lastSweep;

  PopAuth(Directory directory, Clock clock, Duration window) {
    this.directory = directory;
    this.clock = clock;
    this.window = window;
    this.lastSweep = new java.util.concurrent.atomic.AtomicReference<>(clock.instant());
  }

  Verified verify(String httpMethod, Map<String, String> params) {
    String keyId = params.get("AccessKeyId");
    String token = params.get("SecurityToken");
    Instant now = clock.instant();
    String secret;
    Verified verified;
    if (keyId.startsWith("STS.")) {
      Directory.StsCredential sts = directory.stsByKey(keyId)
          .orElseThrow(FaasException::invalidAccessKeyIdNotFound);
      if (token == null) {
        throw FaasException.invalidSecurityTokenMalformed();
      }
      Directory.StsCredential byToken = directory.stsByToken(token)
          .orElseThrow(FaasException::invalidSecurityTokenMalformed);
      if (!byToken.accessKeyId().equals(keyId)) {
        throw FaasException.invalidSecurityTokenMismatchWithAccessKey();
      }
      if (!now.isBefore(sts.expires())) {
        throw FaasException.invalidSecurityTokenExpired();
      }
      secret = sts.secret();
      verified = new Verified(new Caller(sts.accountId(), CallerType.STS_TOKEN), false, true);
    } else {
      Directory.AccessKey key = directory.key(keyId)
          .orElseThrow(FaasException::invalidAccessKeyIdNotFound);
      if (!key.enabled()) {
        throw FaasException.invalidAccessKeyIdInactive();
      }
      if (token != null) {
        // a token presented with a long-term key: known tokens belong to STS keys only
        throw directory.stsByToken(token).isPresent()
            ? FaasException.invalidSecurityTokenMismatchWithAccessKey()
            : FaasException.invalidSecurityTokenMalformed();
      }
      secret = key.secret();
      verified = new Verified(new Caller(key.accountId(), key.type()), key.ramAdmin(),
          key.ecsDescribe());
    }
    Instant sent;
    try {
      sent = Instant.parse(params.get("Timestamp"));
    } catch (DateTimeParseException e) {
      throw FaasException.parameterInvalidate();
    }
    if (sent.isBefore(now.minus(window)) || sent.isAfter(now.plus(window))) {
      throw PopErrors.timestampExpired();
    }
    String stringToSign = PopSignature.stringToSign(httpMethod, params);
    if (!PopSignature.matches(PopSignature.sign(secret, stringToSign), params.get("Signature"))) {
      throw PopErrors.signatureDoesNotMatch(stringToSign);
    }
    forgetOldNonces(now);
    String nonce = keyId + "\n" + params.get("SignatureNonce");
    if (nonces.putIfAbsent(nonce, now) != null) {
      throw PopErrors.nonceUsed();
    }
    return verified;
  }

  /**
   * Nonces older than twice the window cannot be replayed anyway (their timestamp is stale):
   * swept at most once a minute, by the one request that wins the sweep.
   */
  private void forgetOldNonces(Instant now) {
    Instant last = lastSweep.get();
    if (now.isAfter(last.plusSeconds(60)) && lastSweep.compareAndSet(last, now)) {
      Instant horizon = now.minus(window.multipliedBy(2));
      nonces.values().removeIf(t -> t.isBefore(horizon));
    }
  }
}
