package io.errcat.catalog.model;

import java.util.List;

/** How a server mints a request id for an answer to a caller that sent none (wire.mintRequestId). */
public enum RequestIdMint {
  /** A random UUID in lower case. */
  UUID("uuid"),
  /** A random UUID in upper case, as Alibaba Cloud's POP sends. */
  UPPERCASE_UUID("uppercase-uuid");

  /** The YAML spellings, in declaration order. */
  public static final List<String> SPELLINGS = List.of("uuid", "uppercase-uuid");

  private final String yaml;

  RequestIdMint(String yaml) {
    this.yaml = yaml;
  }

  /** The YAML spelling. */
  public String yaml() {
    return yaml;
  }

  /** The value spelled {@code s} in YAML, or null. */
  public static RequestIdMint ofYaml(String s) {
    for (RequestIdMint m : values()) {
      if (m.yaml.equals(s)) {
        return m;
      }
    }
    return null;
  }
}
