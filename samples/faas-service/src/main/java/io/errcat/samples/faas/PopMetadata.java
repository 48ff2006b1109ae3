package io.errcat.samples.faas;

import io.grpc.Metadata;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How POP's common parameters travel on the gRPC port: each as metadata {@code x-acs-<name in
 * lower case>}. One mapping for the server ({@link GrpcFaas}) and its clients.
 */
public final class PopMetadata {
  /** The POP parameters that travel as metadata. */
  public static final List<String> NAMES = List.of("AccessKeyId", "SignatureMethod",
      "SignatureVersion", "SignatureNonce", "Timestamp", "SecurityToken", "Signature");

  private PopMetadata() {}

  /**
   * A POP parameter's metadata key.
   *
   * @param popName e.g. {@code SignatureNonce}
   * @return {@code x-acs-signaturenonce}
   */
  public static Metadata.Key<String> key(String popName) {
    return Metadata.Key.of("x-acs-" + popName.toLowerCase(Locale.ROOT),
        Metadata.ASCII_STRING_MARSHALLER);
  }

  /**
   * The metadata of a signed call.
   *
   * @param signed every parameter of the call, signed
   * @return its common parameters as metadata
   */
  public static Metadata of(Map<String, String> signed) {
    Metadata headers = new Metadata();
    for (String name : NAMES) {
      if (signed.get(name) != null) {
        headers.put(key(name), signed.get(name));
      }
    }
    return headers;
  }

  /** Adds the common parameters a call's metadata carries to its parameters. */
  static void read(Metadata headers, Map<String, String> into) {
    for (String name : NAMES) {
      String v = headers == null ? null : headers.get(key(name));
      if (v != null) {
        into.put(name, v);
      }
    }
  }
}
