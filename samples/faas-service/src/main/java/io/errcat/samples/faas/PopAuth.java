package io.errcat.samples.faas;

import io.errcat.catalogs.faas.FaasException;
import io.errcat.fpga.Caller;
import io.errcat.fpga.CallerType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Who is calling, as POP decides it, in this order: the AccessKey (unknown, disabled), the {@code
 * Timestamp} window, the signature, an STS credential's token (malformed, for another key,
 * expired), and last the {@code SignatureNonce} ({@link NonceStore}: remembered while its
 * timestamp can pass, recorded only for requests that verified, so nobody can burn another
 * caller's nonces). The token is judged only after the signature verified: a caller who knows a
 * key id but not its secret learns nothing about tokens. Every refusal is an exception with POP's
 * or the catalog's code; nothing changes state but the nonce of a verified request.
 */
final class PopAuth {
  /** The verified caller and its key's permissions. */
  record Verified(Caller caller, boolean ramAdmin, boolean ecsDescribe) {}

  private final Directory directory;
  private final Clock clock;
  private final Duration window;
  private final NonceStore nonces;

  PopAuth(Directory directory, Clock clock, Duration window, int noncesPerKey) {
    this.directory = directory;
    this.clock = clock;
    this.window = window;
    this.nonces = new NonceStore(window, noncesPerKey);
  }

  Verified verify(String httpMethod, Map<String, String> params) {
    String keyId = params.get("AccessKeyId");
    String nonce = params.get("SignatureNonce");
    if (!NonceStore.wellFormed(nonce)) {
      throw FaasException.parameterInvalidate();
    }
    Instant now = clock.instant();
    Directory.StsCredential sts = null;
    Directory.AccessKey key = null;
    if (keyId.startsWith("STS.")) {
      sts = directory.stsByKey(keyId).orElseThrow(FaasException::invalidAccessKeyIdNotFound);
    } else {
      key = directory.key(keyId).orElseThrow(FaasException::invalidAccessKeyIdNotFound);
      if (!key.enabled()) {
        throw FaasException.invalidAccessKeyIdInactive();
      }
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
    String secret = sts != null ? sts.secret() : key.secret();
    if (!PopSignature.matches(PopSignature.sign(secret, stringToSign), params.get("Signature"))) {
      throw PopErrors.signatureDoesNotMatch(stringToSign);
    }
    Verified verified = sts != null ? stsCaller(sts, params.get("SecurityToken"), now)
        : keyCaller(key, params.get("SecurityToken"));
    switch (nonces.record(keyId, nonce, sent, now)) {
      case USED -> throw PopErrors.nonceUsed();
      case FULL -> throw PopErrors.throttled();
      default -> {
        return verified;
      }
    }
  }

  private Verified stsCaller(Directory.StsCredential sts, String token, Instant now) {
    if (token == null) {
      throw FaasException.invalidSecurityTokenMalformed();
    }
    Directory.StsCredential byToken = directory.stsByToken(token)
        .orElseThrow(FaasException::invalidSecurityTokenMalformed);
    if (!byToken.accessKeyId().equals(sts.accessKeyId())) {
      throw FaasException.invalidSecurityTokenMismatchWithAccessKey();
    }
    if (!now.isBefore(sts.expires())) {
      throw FaasException.invalidSecurityTokenExpired();
    }
    return new Verified(new Caller(sts.accountId(), CallerType.STS_TOKEN), false, true);
  }

  private Verified keyCaller(Directory.AccessKey key, String token) {
    if (token != null) {
      // a token presented with a long-term key: known tokens belong to STS keys only
      throw directory.stsByToken(token).isPresent()
          ? FaasException.invalidSecurityTokenMismatchWithAccessKey()
          : FaasException.invalidSecurityTokenMalformed();
    }
    return new Verified(new Caller(key.accountId(), key.type()), key.ramAdmin(),
        key.ecsDescribe());
  }
}
