package io.errcat.runtime;

/** How a product writes its error code in a JSON body. */
public enum CodeType {
  /** As a JSON string ({@code "Code": "SHELL NOT MATCH"}). */
  STRING,
  /** As a JSON number ({@code "code": 4115}, openYuanrong REST). */
  NUMBER
}
