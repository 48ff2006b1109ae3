package io.errcat.runtime;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A hand-written stand-in for a generated error enum (FaaS-like codes, with spaces). */
enum FaasLikeError implements ErrorCode {
  SHELL_NOT_MATCH("SHELL NOT MATCH", 400, "The shell type of image does not match the FPGA.", null),
  ANOTHER_TASK_RUNNING("ANOTHER TASK RUNNING", 503,
      "Another task is running, user is allowed to take this task half an hour.",
      RetryHint.of(true, Duration.ofMinutes(10))),
  NOT_AUTHORIZED("NOT AUTHORIZED", 403, "The user %s is not authorized.", null);

  private static final Map<String, FaasLikeError> BY_CODE = new HashMap<>();

  static {
    for (FaasLikeError e : values()) {
      BY_CODE.put(e.code, e);
    }
  }

  private final String code;
  private final int status;
  private final String message;
  private final RetryHint retry;

  FaasLikeError(String code, int status, String message, RetryHint retry) {
    this.code = code;
    this.status = status;
    this.message = message;
    this.retry = retry;
  }

  static Optional<FaasLikeError> fromCode(String code) {
    return Optional.ofNullable(BY_CODE.get(code));
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public int httpStatus() {
    return status;
  }

  @Override
  public String message() {
    return message;
  }

  @Override
  public String description() {
    return null;
  }

  @Override
  public String solution() {
    return null;
  }

  @Override
  public RetryHint retry() {
    return retry != null ? retry : ErrorCode.super.retry();
  }
}
