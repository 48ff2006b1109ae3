package io.errcat.samples.faas;

import io.errcat.catalogs.faas.FaasCatalog;
import io.errcat.catalogs.faas.FaasException;
import io.errcat.runtime.RequestIdMint;
import io.errcat.runtime.WireFormat;
import java.util.List;
import java.util.Map;

/**
 * One POP call, whatever carries it (the POP endpoint's query or form, the gRPC port's message
 * and metadata): the common parameters checked, the caller verified ({@link PopAuth}: signature,
 * timestamp window, nonce), the simulated world advanced, the action run ({@link Actions}). One
 * rule for both transports, so the same request gets the same answer on each.
 */
final class PopCalls {
  /** The catalog's own way of minting request ids (upper-case UUIDs, as POP's). */
  static final RequestIdMint MINT = new FaasCatalog().codec().wire()
      .map(WireFormat::requestIdMint).orElseThrow();

  /** The parameters every call carries. */
  static final List<String> COMMON = List.of("Action", "AccessKeyId", "Signature",
      "SignatureMethod", "SignatureVersion", "SignatureNonce", "Timestamp", "Version");

  private final PopAuth auth;
  private final Actions actions;
  private final Backend backend;

  PopCalls(PopAuth auth, Actions actions, Backend backend) {
    this.auth = auth;
    this.actions = actions;
    this.backend = backend;
  }

  /**
   * Runs a call.
   *
   * @param method the HTTP method the signature covers
   * @param params every parameter, common and the action's
   * @return the success body's members after {@code RequestId}
   * @throws FaasException the call's error, before anything changed when it is the caller's
   */
  Map<String, Object> run(String method, Map<String, String> params) {
    for (String name : COMMON) {
      if (params.get(name) == null || params.get(name).isEmpty()) {
        throw FaasException.parameterInvalidate();
      }
    }
    String format = params.getOrDefault("Format", "JSON");
    if (!Actions.VERSION.equals(params.get("Version"))
        || !PopSignature.METHOD.equals(params.get("SignatureMethod"))
        || !PopSignature.VERSION.equals(params.get("SignatureVersion"))
        || !format.equals("JSON") && !format.equals("XML")) {
      throw FaasException.parameterInvalidate();
    }
    PopAuth.Verified who = auth.verify(method, params);
    backend.advance();
    return actions.run(params.get("Action"), who, params);
  }
}
