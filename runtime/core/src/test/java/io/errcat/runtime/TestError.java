package io.errcat.runtime;

/** A catalog entry for tests: what a generated enum constant holds. */
record TestError(String code, String name, int httpStatus, String message, RetryHint hint)
    implements ErrorCode, java.io.Serializable {

  @Override
  public String description() {
    return "description of " + code;
  }

  @Override
  public String solution() {
    return null;
  }

  @Override
  public RetryHint retry() {
    return hint != null ? hint : ErrorCode.super.retry();
  }
}
