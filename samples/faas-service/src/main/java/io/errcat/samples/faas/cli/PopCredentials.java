package io.errcat.samples.faas.cli;

import io.errcat.catalogs.faas.FaasOperation;
import io.errcat.samples.faas.PopSignature;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Who calls, and how a call is signed, for both clients ({@link PopClient} on the POP endpoint,
 * {@link GrpcPopClient} on the gRPC port): POP's common parameters and signature version 1.0.
 *
 * @param accessKeyId the AccessKey id
 * @param secret its secret
 * @param securityToken an STS token, or {@code null}
 * @param clock what {@code Timestamp} is read from
 */
record PopCredentials(String accessKeyId, String secret, String securityToken, Clock clock) {

  /**
   * An operation's parameters with the common ones and the signature.
   *
   * @param httpMethod the method the signature covers ({@code GET}, or {@code POST} on gRPC)
   * @param operation the operation
   * @param params its parameters
   * @param extra common parameters of the transport (POP's {@code Format}), before signing
   * @return every parameter, signed
   */
  Map<String, String> sign(String httpMethod, FaasOperation operation, Map<String, String> params,
      Map<String, String> extra) {
    Map<String, String> all = new LinkedHashMap<>(params);
    all.put("Action", operation.action() != null ? operation.action() : operation.id());
    all.put("Version", "2017-08-24");
    all.putAll(extra);
    all.put("AccessKeyId", accessKeyId);
    all.put("SignatureMethod", PopSignature.METHOD);
    all.put("SignatureVersion", PopSignature.VERSION);
    all.put("SignatureNonce", UUID.randomUUID().toString());
    all.put("Timestamp", clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
    if (securityToken != null) {
      all.put("SecurityToken", securityToken);
    }
    all.put("Signature", PopSignature.sign(secret, PopSignature.stringToSign(httpMethod, all)));
    return all;
  }
}
