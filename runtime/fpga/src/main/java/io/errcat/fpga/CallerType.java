package io.errcat.fpga;

/**
 * The kind of credential a request is signed with; FaaS accepts different kinds per operation.
 */
public enum CallerType {
  /** The Alibaba Cloud account's own AccessKey pair. */
  ACCOUNT,
  /** A RAM user's AccessKey pair ("sub user's AK"). */
  RAM_USER,
  /** An STS token of an assumed role ("AssumeRoleUser"). */
  STS_TOKEN
}
