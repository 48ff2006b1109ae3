package io.errcat.fpga;

import java.util.Objects;

/**
 * Who sends a request: the account it acts for and the kind of credential it uses.
 *
 * @param accountId the Alibaba Cloud account the request acts for
 * @param type the credential kind
 */
public record Caller(String accountId, CallerType type) {
  /**
   * Checks the components.
   *
   * @param accountId see the record component
   * @param type see the record component
   */
  public Caller {
    Objects.requireNonNull(accountId, "accountId");
    Objects.requireNonNull(type, "type");
  }

  /**
   * A RAM user of an account, the credential every operation accepts.
   *
   * @param accountId the account
   * @return the caller
   */
  public static Caller ramUser(String accountId) {
    return new Caller(accountId, CallerType.RAM_USER);
  }
}
