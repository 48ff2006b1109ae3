package io.errcat.samples.faas;

import java.time.Duration;

/**
 * What one caller can hold of the service, so that no caller (slow, flooding, or with a valid key)
 * starves the others or the heap. Each has a {@code limits:} key in the world file; the defaults
 * fit the service's own heap of 128 MiB with room to spare.
 *
 * @param requestTimeout how long a connection may take to deliver a request's line and headers,
 *     counted from its opening or from its previous answer, and again to deliver the form body
 *     and be answered; past it the connection is closed ({@code requestTimeout})
 * @param keepAliveTimeout how long an idle connection is kept between requests
 *     ({@code keepAliveTimeout}, at most the request timeout)
 * @param maxConnections the most connections at once, from everyone; more wait in the backlog
 *     ({@code maxConnections})
 * @param maxConnectionsPerClient the most connections at once from one address; more are closed
 *     as soon as they are accepted ({@code maxConnectionsPerClient})
 * @param maxHeaderBytes the most bytes of a request line and headers; more is {@code PARAMETER
 *     INVALIDATE} ({@code maxHeaderBytes})
 * @param noncesPerKey the most live {@code SignatureNonce}s one AccessKey keeps; more requests are
 *     {@code Throttling.User} until older nonces expire ({@code noncesPerKey})
 */
record ServerLimits(
    Duration requestTimeout,
    Duration keepAliveTimeout,
    int maxConnections,
    int maxConnectionsPerClient,
    int maxHeaderBytes,
    int noncesPerKey) {

  /** The defaults. */
  static final ServerLimits DEFAULTS = new ServerLimits(Duration.ofSeconds(10),
      Duration.ofSeconds(5), 1024, 256, 8 * 1024, 100_000);

  ServerLimits {
    if (requestTimeout.isNegative() || requestTimeout.isZero()) {
      throw new IllegalArgumentException("requestTimeout: expected a positive duration");
    }
    if (keepAliveTimeout.isNegative() || keepAliveTimeout.compareTo(requestTimeout) > 0) {
      throw new IllegalArgumentException(
          "keepAliveTimeout: expected a duration from zero to requestTimeout");
    }
    positive("maxConnections", maxConnections);
    positive("maxConnectionsPerClient", maxConnectionsPerClient);
    positive("noncesPerKey", noncesPerKey);
    if (maxHeaderBytes < 1024) {
      throw new IllegalArgumentException("maxHeaderBytes: expected 1024 or more");
    }
  }

  private static void positive(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + ": expected a positive number");
    }
  }
}
