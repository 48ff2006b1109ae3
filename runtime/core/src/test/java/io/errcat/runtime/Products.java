package io.errcat.runtime;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The four HTTP products' wire formats as their catalogs configure them (products.md), each with a
 * few of its real codes.
 */
final class Products {
  private Products() {}

  /** A catalog for tests: its wire format, its codes and a codec over both. */
  record Product(String id, WireFormat wire, Map<String, TestError> errors) {
    Optional<TestError> fromCode(String code) {
      return Optional.ofNullable(errors.get(code));
    }

    HttpErrorCodec codec() {
      return HttpErrorCodec.builder(wire, this::fromCode)
          .problemTypeBase("https://errcat.io/catalogs/" + id + ".html#")
          .build();
    }

    TestError error(String code) {
      return errors.get(code);
    }
  }

  static final Product FAAS = new Product("faas",
      WireFormat.builder("Code").messageField("Message").requestIdField("RequestId")
          .extraFields("HostId", "Recommend").build(),
      errors(
          new TestError("SHELL NOT MATCH", "SHELL_NOT_MATCH", 400,
              "The shell type of image does not match the FPGA.", null),
          new TestError("ANOTHER TASK RUNNING", "ANOTHER_TASK_RUNNING", 503,
              "Another task is running, user is allowed to take this task half an hour.",
              RetryHint.of(true, Duration.ofMinutes(10))),
          new TestError("FREQUENCY ERROR", "FREQUENCY_ERROR", 400,
              "CreateFpgaImage task is allowed to take every half an hour.",
              RetryHint.of(true, Duration.ofMinutes(30)))));

  static final Product FC = new Product("function-compute",
      WireFormat.builder("errorCode").messageField("errorMessage")
          .requestIdHeader("X-Fc-Request-Id").build(),
      errors(
          new TestError("ServiceNotFound", "SERVICE_NOT_FOUND", 404,
              "service '%s' does not exist", null),
          new TestError("VersionNotFound", "VERSION_NOT_FOUND", 404,
              "version '%d' of service '%s' does not exist", null),
          new TestError("ClientClosedRequest", "CLIENT_CLOSED_REQUEST", 499,
              "The client closed the request.", null)));

  static final Product IMAGE_SEARCH = new Product("image-search",
      WireFormat.builder("error_code").messageField("error_msg").requestIdField("request_id")
          .requestIdHeader("X-Request-Id").build(),
      errors(
          new TestError("APIG.0101", "APIG_0101", 400,
              "The API does not exist or has not been published in the environment.", null),
          new TestError("IS.0001", "IS_0001", 400, "Invalid request parameter.", null)));

  static final Product YUANRONG = new Product("openyuanrong",
      WireFormat.builder("code").codeType(CodeType.NUMBER).messageField("message")
          .requestIdHeader("X-Request-Id").codeHeader("X-Inner-Code").extraFields("trace_id")
          .build(),
      errors(
          new TestError("4115", "FUNCTION_NOT_FOUND", 404,
              "function [%s] is not found. check input parameters", null),
          new TestError("1005", "ERR_INVOKE_RATE_LIMITED", 0, "invoke rate limited",
              RetryHint.of(true, null)),
          new TestError("0010", "LEADING_ZERO", 500, "a code with a leading zero", null)));

  static final List<Product> ALL = List.of(FAAS, FC, IMAGE_SEARCH, YUANRONG);

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static Map<String, List<String>> headers(String... nameValues) {
    Map<String, List<String>> h = new LinkedHashMap<>();
    for (int i = 0; i < nameValues.length; i += 2) {
      h.put(nameValues[i], List.of(nameValues[i + 1]));
    }
    return h;
  }

  private static Map<String, TestError> errors(TestError... all) {
    Map<String, TestError> m = new LinkedHashMap<>();
    for (TestError e : all) {
      m.put(e.code(), e);
    }
    return m;
  }
}
