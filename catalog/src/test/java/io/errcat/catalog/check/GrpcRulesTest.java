package io.errcat.catalog.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.errcat.catalog.Engine;
import io.errcat.catalog.model.Catalog;
import io.errcat.catalog.problem.LoadResult;
import io.errcat.catalog.problem.Problem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How a catalog reads in gRPC, as the checker sees it: statuses by name and against the HTTP
 * status, reasons by AIP-193, one per code and one code per reason, the domain; each case its
 * own id at the exact place, and no follow-on noise from rules that already reported.
 */
class GrpcRulesTest {
  private static LoadResult load(String rest) {
    return Engine.load("shop.yaml", ("catalog: 1\nproduct: {id: shop, name: Shop}\n" + rest)
        .getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> problems(String rest) {
    return load(rest).problems().stream().map(Problem::format).toList();
  }

  @Test
  void statusesAreCanonicalNamesThatAgreeWithHttp() {
    assertEquals(List.of(), problems("errors:\n  - {code: Exists, httpStatus: 409, message: m,"
        + " grpcStatus: ALREADY_EXISTS}\n"), "409 is ABORTED or ALREADY_EXISTS");
    assertEquals(List.of("shop.yaml:4:61: [EC066] 'ALREADY_EXIST' is no canonical gRPC status"
        + " code of google/rpc/code.proto (NOT_FOUND, ALREADY_EXISTS, UNAVAILABLE, ...). (did you"
        + " mean 'ALREADY_EXISTS'?)"), problems("errors:\n  - {code: Exists,"
        + " httpStatus: 409, message: m, grpcStatus: ALREADY_EXIST}\n"));
    assertEquals(List.of("shop.yaml:4:62: [EC065] 'Missing' is HTTP 404 but gRPC"
        + " INVALID_ARGUMENT, which google/rpc/code.proto maps to HTTP 400."),
        problems("errors:\n  - {code: Missing, httpStatus: 404, message: m, grpcStatus:"
            + " INVALID_ARGUMENT}\n"));
  }

  @Test
  void reasonsFollowAip193AndNameOneCode() {
    assertEquals(List.of("shop.yaml:4:38: [EC063] The reason 'order-gone' of 'Gone' is not"
        + " UPPER_SNAKE_CASE: AIP-193 wants UPPER_SNAKE_CASE ([A-Z][A-Z0-9_]+[A-Z0-9]) of at most"
        + " 63 characters."), problems("errors:\n  - {code: Gone, message: m, reason:"
        + " order-gone}\n"));
    String longCode = "Order" + "VeryLong".repeat(8);
    assertEquals(List.of("shop.yaml:4:12: [EC063] The reason '" + "ORDER_VERY_LONG_VERY_LONG_VERY"
        + "_LONG_VERY..." + "' of '" + longCode.substring(0, 40) + "...' is 85 characters (the"
        + " constant name; give the code a shorter reason:): AIP-193 wants UPPER_SNAKE_CASE"
        + " ([A-Z][A-Z0-9_]+[A-Z0-9]) of at most 63 characters."), problems("errors:\n  - {code: " + longCode
        + ", message: m}\n"));
    assertEquals(List.of(), problems("errors:\n  - {code: " + longCode + ", message: m, reason:"
        + " ORDER_TOO_LONG}\n"));
    assertEquals(List.of("shop.yaml:5:38: [EC064] 'Gone' has the reason 'MISSING', as 'Missing'"
        + " has (line 4, column 12): gRPC clients tell codes apart by domain and reason."),
        problems("errors:\n  - {code: Missing, message: m}\n  - {code: Gone, message: m,"
            + " reason: MISSING}\n"));
  }

  @Test
  void oneCodeHasOneReason() {
    assertEquals(List.of("shop.yaml:6:63: [EC067] This entry of 'Missing' gives the reason"
        + " 'GONE', the entry at line 5, column 60 gives 'MISSING': a code has one reason."),
        problems("operations: [{id: Get}, {id: Delete}]\nerrors:\n"
            + "  - {code: Missing, message: m, operations: [Get], reason: MISSING}\n"
            + "  - {code: Missing, message: n, operations: [Delete], reason: GONE}\n"));
  }

  @Test
  void theDomainIsExplicitOrFromTheEndpointOrTheId() {
    assertEquals(List.of("shop.yaml:3:16: [EC068] The gRPC domain 'https://Shop.Example/' is no"
        + " domain name: lower-case labels of letters, digits and hyphens, separated by dots (e.g."
        + " fc.aliyuncs.com)."), problems("grpc: {domain: \"https://Shop.Example/\"}\nerrors:\n"
        + "  - {code: A, message: m}\n"));
    Catalog own = load("grpc: {domain: shop.example.com}\nerrors: [{code: A, message: m}]\n")
        .catalog().orElseThrow();
    assertEquals("shop.example.com", own.grpcDomain());
    Catalog host = load("errors: [{code: A, message: m}]\nendpoints:\n  - {regionId: cn-hangzhou,"
        + " publicEndpoint: cn-hangzhou.shop.aliyuncs.com}\n").catalog().orElseThrow();
    assertEquals("shop.aliyuncs.com", host.grpcDomain(), "the host without its region");
    Catalog id = load("errors: [{code: A, message: m}]\n").catalog().orElseThrow();
    assertEquals("shop", id.grpcDomain());
  }
}
