package io.errcat.runtime;

import java.util.Locale;

/**
 * How a server mints a request id for an answer to a caller that sent none, so that every error
 * response carries one (Alibaba Cloud's POP clients expect a {@code RequestId} in every error).
 */
public enum RequestIdMint {
  /** A random UUID in lower case, e.g. {@code 0f8fad5b-d9cb-469f-a165-70867728950e}. */
  UUID,
  /** A random UUID in upper case, as POP sends, e.g. {@code 0F8FAD5B-D9CB-469F-A165-70867728950E}. */
  UPPERCASE_UUID;

  /**
   * A new request id in this style.
   *
   * @return the id
   */
  public String mint() {
    String id = java.util.UUID.randomUUID().toString();
    return this == UPPERCASE_UUID ? id.toUpperCase(Locale.ROOT) : id;
  }
}
