package io.errcat.catalog.bundled;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.errcat.catalog.model.Endpoint;
import io.errcat.catalog.model.ErrorEntry;
import io.errcat.catalog.model.Fallback;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One entry per document table, every field, written out in full. */
class SpotCheckTest {

  /** Every field of an entry except positions, absent ones as null. */
  private static Map<String, Object> fields(ErrorEntry e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", e.code());
    m.put("name", e.name());
    m.put("javaName", e.javaName());
    m.put("httpStatus", e.httpStatus());
    m.put("message", e.message());
    m.put("description", e.description());
    m.put("solution", e.solution());
    m.put("operations", e.operations());
    m.put("retry", e.retry() == null ? null
        : e.retry().retryable() + (e.retry().after() == null ? "" : " after " + e.retry().after()));
    m.put("params", e.params().stream().map(p -> p.name() + ":" + p.type().yamlName()).toList());
    m.put("source", e.source());
    m.put("notes", e.notes());
    return m;
  }

  private static Map<String, Object> expect(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  @Test
  void faasAnotherTaskRunning() {
    assertEquals(expect(
        "code", "ANOTHER TASK RUNNING",
        "name", null,
        "javaName", "ANOTHER_TASK_RUNNING",
        "httpStatus", 503,
        "message", "Another task is running, user is allowed to take this task half an hour.",
        "description", "The error message returned because the previous image download task you submitted is"
            + " still in the operating state.",
        "solution", "We recommend that you wait 10 minutes until the download task ends, and then resubmit an"
            + " image download request.\n\n**Note:** If this problem persists, submit a ticket.",
        "operations", List.of("LoadFpgaImage"),
        "retry", "true after PT10M",
        "params", List.of(),
        "source", "000_411fc1c005104528.txt#error-codes",
        "notes", "The solution and retry hint are the FAQ's answer to \"When I attempt to download an FPGA"
            + " image, the \"HTTP Status:503 Error:ANOTHER TASK RUNNING. Another task has not finished yet, please"
            + " retry later! Request ID: 5FCB6F75-8572-4840-9BDC-87C57174F26D\" error message is returned. What do"
            + " I do?\" (000_411fc1c005104528.txt#section_8el_16a_6tb). The FAQ quotes the message as \"Another task"
            + " has not finished yet, please retry later!\"; the error table's message speaks of half an hour, the"
            + " FAQ's solution of 10 minutes, which retry.after follows.\n\nFAQ cause: The FPGA is still in the"
            + " operating state due to an unexpected failure or interruption of the download request you"
            + " submitted."),
        fields(BundledCatalogs.entry("faas", "ANOTHER TASK RUNNING")));
  }

  @Test
  void faasNotAuthorizedHasTwoVariants() {
    List<ErrorEntry> both = BundledCatalogs.entries("faas", "NOT AUTHORIZED");
    assertEquals(expect(
        "code", "NOT AUTHORIZED",
        "name", null,
        "javaName", "NOT_AUTHORIZED",
        "httpStatus", 401,
        "message", "You are not allowed to access this instance.",
        "description", "The error message returned because you are not authorized to access the specified"
            + " instance. Check whether the permission policy of your account includes the permission to call the"
            + " [DescribeInstances](/intl.en-US/API Reference/Instances/DescribeInstances.md) operation.",
        "solution", null,
        "operations", List.of("DescribeFpgaInstances"),
        "retry", null,
        "params", List.of(),
        "source", "000_411fc1c005104528.txt#error-codes",
        "notes", null), fields(both.get(0)));
    assertEquals("The error message returned because the specified instance ID does not exist. Check the input"
        + " parameters.", both.get(1).description());
    assertEquals(List.of("DescribeLoadTaskStatus"), both.get(1).operations());
  }

  @Test
  void openYuanrongSdk1005() {
    assertEquals(expect(
        "code", "1005",
        "name", "ERR_INVOKE_RATE_LIMITED",
        "javaName", "ERR_INVOKE_RATE_LIMITED",
        "httpStatus", null,
        "message", null,
        "description", "Request limit reached.",
        "solution", "Retry after a certain interval.",
        "operations", List.of(),
        "retry", "true",
        "params", List.of(),
        "source", "001_3e9193a07ec53bf6.txt#sdk-error-codes",
        "notes", "retry follows the solution: \"Retry after a certain interval.\" The document gives no"
            + " interval."),
        fields(BundledCatalogs.entry("openyuanrong-sdk", "1005")));
  }

  @Test
  void openYuanrongRest4115() {
    assertEquals(expect(
        "code", "4115",
        "name", "FUNCTION_NOT_FOUND",
        "javaName", "FUNCTION_NOT_FOUND",
        "httpStatus", null,
        "message", "FunctionNotFound",
        "description", "The function has not been created or has been deleted.",
        "solution", null,
        "operations", List.of(),
        "retry", null,
        "params", List.of(),
        "source", "001_3e9193a07ec53bf6.txt#rest-api-error-codes",
        "notes", "The document gives no HTTP status (this catalog's defaultHttpStatus is 500). The product's"
            + " function-management routes answer 404 for this code (reference/products.md)."),
        fields(BundledCatalogs.entry("openyuanrong-rest", "4115")));
    assertEquals("SUBCRIBE_STREAM_FAILED", BundledCatalogs.entry("openyuanrong-rest", "330404").javaName());
  }

  @Test
  void imageSearchApig0301() {
    String numbered = "1. Incorrect IAM authentication information: Failed to decrypt the token. Check whether the"
        + " entered token is complete.\n\n2. The validity period of a token is 24 hours. If the token expires,"
        + " obtain a new token and pass it.\n\n3. The AK/SK authentication fails. Check whether the AK/SK is"
        + " correct and whether the account is restricted due to arrears.";
    assertEquals(expect(
        "code", "APIG.0301",
        "name", null,
        "javaName", "APIG_0301",
        "httpStatus", 400,
        "message", numbered,
        "description", numbered,
        "solution", "decrypt token fail: The token request authentication information of x-auth-token in the"
            + " HTTP request header is incorrect. Check the sent request and token.\n\ntoken expires: The token"
            + " expires. Obtain a new token and pass it.\n\nverify aksk signature fail: Check whether the AK and SK"
            + " are correct and whether the account is in arrears.",
        "operations", List.of(),
        "retry", null,
        "params", List.of(),
        "source", "002_ef4b1cbd1c2a64a9.txt#table-1-error-codes",
        "notes", null),
        fields(BundledCatalogs.entry("image-search", "APIG.0301")));
    assertEquals("The document gives status 400, as for every row; the API Gateway error-code guide gives 404"
        + " for APIG.0101 (reference/products.md). The catalog keeps the document's 400.",
        BundledCatalogs.entry("image-search", "APIG.0101").notes());
    Fallback others = BundledCatalogs.catalog("image-search").fallback();
    assertEquals(List.of("Others", "If other error codes are displayed, submit a service ticket.",
        "002_ef4b1cbd1c2a64a9.txt#table-1-error-codes"), List.of(others.label(), others.advice(), others.source()));
  }

  @Test
  void functionComputeVersionNotFound() {
    assertEquals(expect(
        "code", "VersionNotFound",
        "name", null,
        "javaName", "VERSION_NOT_FOUND",
        "httpStatus", 404,
        "message", "version '%d' of service '%s' does not exist",
        "description", "The error message returned because the specified version does not exist.",
        "solution", "Create a version. For more information, see Manage versions.",
        "operations", List.of(),
        "retry", null,
        "params", List.of("version:long", "service:String"),
        "source", "003_7c922f9710c17b82.txt#error-codes",
        "notes", "Listed only in 003_7c922f9710c17b82.txt; 004_f745180b8a5e963d.txt's common error codes do not"
            + " include it."),
        fields(BundledCatalogs.entry("function-compute", "VersionNotFound")));
  }

  @Test
  void functionComputeInternalServerErrorKeeps004InNotes() {
    assertEquals(expect(
        "code", "InternalServerError",
        "name", null,
        "javaName", "INTERNAL_SERVER_ERROR",
        "httpStatus", 500,
        "message", "an internal error has occurred. Please retry",
        "description", "The error message returned because a system error has occurred.",
        "solution", "Contact Function Compute engineers.",
        "operations", List.of(),
        "retry", "true",
        "params", List.of(),
        "source", "003_7c922f9710c17b82.txt#error-codes",
        "notes", "retry follows the message: \"Please retry\". The documents give no interval.\n\n"
            + "004_f745180b8a5e963d.txt (Common error codes) states its own cause: The error message returned"
            + " because an internal server error occurred when your request is processed.\n\n"
            + "004_f745180b8a5e963d.txt's solution: <a href=\"#\">Contact us</a> ."),
        fields(BundledCatalogs.entry("function-compute", "InternalServerError")));
  }

  @Test
  void functionComputeClientClosedRequest() {
    assertEquals(expect(
        "code", "ClientClosedRequest",
        "name", null,
        "javaName", "CLIENT_CLOSED_REQUEST",
        "httpStatus", 499,
        "message", null,
        "description", "The error message returned because the client has been disconnected.",
        "solution", "Connect to the client and adjust the disconnection time.",
        "operations", List.of(),
        "retry", null,
        "params", List.of(),
        "source", "004_f745180b8a5e963d.txt#common-error-codes",
        "notes", "Listed only in 004_f745180b8a5e963d.txt; 003_7c922f9710c17b82.txt does not include it, and no"
            + " document gives its error message."),
        fields(BundledCatalogs.entry("function-compute", "ClientClosedRequest")));
  }

  @Test
  void functionComputeShanghaiEndpoint() {
    Endpoint p = BundledCatalogs.catalog("function-compute").endpoints().get(1);
    assertEquals(List.of("cn-shanghai", "China (Shanghai)", "cn-shanghai.fc.aliyuncs.com",
        "cn-shanghai-internal.fc.aliyuncs.com"),
        List.of(p.regionId(), p.name(), p.publicEndpoint(), p.internalEndpoint()));
  }
}
