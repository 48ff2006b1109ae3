package io.errcat.benchmarks;

import io.errcat.runtime.ErrorCode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A few FaaS codes shaped like a generated error enum (a hash lookup by wire code). */
public enum BenchError implements ErrorCode {
  /** FaaS SHELL NOT MATCH. */
  SHELL_NOT_MATCH("SHELL NOT MATCH", 400, "The shell type of image does not match the FPGA."),
  /** FaaS ANOTHER TASK RUNNING. */
  ANOTHER_TASK_RUNNING("ANOTHER TASK RUNNING", 503,
      "Another task is running, user is allowed to take this task half an hour."),
  /** FaaS IMAGE NOT FOUND. */
  IMAGE_NOT_FOUND("IMAGE NOT FOUND", 404, "The image does not exist.");

  private static final Map<String, BenchError> BY_CODE = new HashMap<>();

  static {
    for (BenchError e : values()) {
      BY_CODE.put(e.code, e);
    }
  }

  private final String code;
  private final int status;
  private final String message;

  BenchError(String code, int status, String message) {
    this.code = code;
    this.status = status;
    this.message = message;
  }

  /**
   * The error for a wire code.
   *
   * @param code the wire code
   * @return the error, or empty
   */
  public static Optional<BenchError> fromCode(String code) {
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
}
