package io.errcat.runtime;

import java.util.List;
import java.util.Optional;

/**
 * The canonical gRPC status codes of {@code google/rpc/code.proto} and their HTTP mapping, by name
 * and number, without a gRPC dependency: the one table the engine (defaults, checks, reference)
 * and the gRPC adapter share. From HTTP to gRPC, for a status the catalog gives: 400
 * INVALID_ARGUMENT, 401 UNAUTHENTICATED, 403 PERMISSION_DENIED, 404 NOT_FOUND, 408
 * DEADLINE_EXCEEDED, 409 ABORTED (ALREADY_EXISTS where a catalog says so), 412
 * FAILED_PRECONDITION, 416 OUT_OF_RANGE, 429 RESOURCE_EXHAUSTED, 499 CANCELLED, 501
 * UNIMPLEMENTED, 503 UNAVAILABLE, 504 DEADLINE_EXCEEDED, any other 4xx FAILED_PRECONDITION, any
 * other 5xx INTERNAL, none UNKNOWN. From gRPC to HTTP, code.proto's own mapping.
 */
public final class GrpcCodes {
  private GrpcCodes() {}

  /**
   * A canonical code.
   *
   * @param name its name, e.g. {@code NOT_FOUND}
   * @param number its number in code.proto, e.g. 5
   * @param httpStatus the HTTP status code.proto maps it to, e.g. 404
   */
  public record Code(String name, int number, int httpStatus) {}

  /** Every canonical code but OK, in number order. */
  public static final List<Code> ALL = List.of(
      new Code("CANCELLED", 1, 499),
      new Code("UNKNOWN", 2, 500),
      new Code("INVALID_ARGUMENT", 3, 400),
      new Code("DEADLINE_EXCEEDED", 4, 504),
      new Code("NOT_FOUND", 5, 404),
      new Code("ALREADY_EXISTS", 6, 409),
      new Code("PERMISSION_DENIED", 7, 403),
      new Code("RESOURCE_EXHAUSTED", 8, 429),
      new Code("FAILED_PRECONDITION", 9, 400),
      new Code("ABORTED", 10, 409),
      new Code("OUT_OF_RANGE", 11, 400),
      new Code("UNIMPLEMENTED", 12, 501),
      new Code("INTERNAL", 13, 500),
      new Code("UNAVAILABLE", 14, 503),
      new Code("DATA_LOSS", 15, 500),
      new Code("UNAUTHENTICATED", 16, 401));

  /**
   * A code by name.
   *
   * @param name e.g. {@code NOT_FOUND}, exactly as code.proto spells it
   * @return the code, or empty when there is none of that name (or it is OK)
   */
  public static Optional<Code> byName(String name) {
    for (Code c : ALL) {
      if (c.name().equals(name)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * A code by number.
   *
   * @param number 1 to 16
   * @return the code, or empty
   */
  public static Optional<Code> byNumber(int number) {
    return number >= 1 && number <= ALL.size() ? Optional.of(ALL.get(number - 1))
        : Optional.empty();
  }

  /**
   * The gRPC code for an error the catalog gives an HTTP status (see the class comment).
   *
   * @param httpStatus the status, or 0 for none
   * @return the code's name
   */
  public static String forHttp(int httpStatus) {
    return switch (httpStatus) {
      case 400 -> "INVALID_ARGUMENT";
      case 401 -> "UNAUTHENTICATED";
      case 403 -> "PERMISSION_DENIED";
      case 404 -> "NOT_FOUND";
      case 408, 504 -> "DEADLINE_EXCEEDED";
      case 409 -> "ABORTED";
      case 412 -> "FAILED_PRECONDITION";
      case 416 -> "OUT_OF_RANGE";
      case 429 -> "RESOURCE_EXHAUSTED";
      case 499 -> "CANCELLED";
      case 501 -> "UNIMPLEMENTED";
      case 503 -> "UNAVAILABLE";
      default -> httpStatus >= 400 && httpStatus < 500 ? "FAILED_PRECONDITION"
          : httpStatus >= 500 && httpStatus < 600 ? "INTERNAL" : "UNKNOWN";
    };
  }

  /**
   * The gRPC code of an error in one variant: the catalog's own word for it, else the one its
   * HTTP status maps to.
   *
   * @param variant the variant
   * @return the code's name
   */
  public static String of(Variant variant) {
    return variant.grpcStatus() != null ? variant.grpcStatus() : forHttp(variant.httpStatus());
  }
}
