package io.errcat.samples.faas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.errcat.catalogs.faas.FaasOperation;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Requests no client should send: each gets {@code PARAMETER INVALIDATE} or POP's documented
 * error, in POP's format with a RequestId, never a 500 or a stack trace, and none changes the
 * world (the images and the FPGA's task read the same before and after).
 */
class BadRequestsTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static TestWorld world;
  private static String image;

  @BeforeAll
  static void start() throws Exception {
    world = new TestWorld();
    image = world.createImage("AK-A", "secret-a", "a-designs", "adder.tar", "shell-v1");
  }

  @AfterAll
  static void stop() {
    world.close();
  }

  /** The common parameters of a valid call by AK-A, signed. */
  private static Map<String, String> signed(String action, Map<String, String> extra,
      Instant timestamp) {
    return PopRequests.signed("AK-A", "secret-a", action, extra, timestamp);
  }

  private static String query(Map<String, String> p) {
    return PopRequests.query(p);
  }

  private static HttpResponse<String> get(String rawQuery) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(world.endpoint() + "/?" + rawQuery))
        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A refusal in POP's own form. */
  private static void refused(HttpResponse<String> r, int status, String code) {
    assertEquals(status, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
        r.headers().toString());
    assertTrue(r.body().contains("\"Code\":\"" + code + "\""), r.body());
    assertTrue(r.body().matches(".*\"RequestId\":\"[0-9A-F-]{36}\".*"), r.body());
    assertNoTrace(r.body());
  }

  private static void assertNoTrace(String body) {
    assertFalse(body.contains("Exception") || body.contains("\tat ") || body.contains("at io."),
        body);
  }

  /** What the world looks like to AK-A: its images and fpga-a-v1's task. */
  private static String snapshot() throws Exception {
    String images = world.client("AK-A", "secret-a").call(FaasOperation.DESCRIBE_FPGA_IMAGES,
        Map.of()).replaceAll("\"RequestId\":\"[^\"]*\"", "");
    String status = world.client("AK-A", "secret-a").call(FaasOperation.DESCRIBE_LOAD_TASK_STATUS,
        Map.of("InstanceId", "i-a1", "FpgaUUID", "fpga-a-v1"))
        .replaceAll("\"RequestId\":\"[^\"]*\"", "");
    return images + status;
  }

  @Test
  void malformedRequestsAreParameterInvalidateAndChangeNothing() throws Exception {
    String before = snapshot();
    Instant now = Instant.now();
    Map<String, String> load = Map.of("InstanceId", "i-a1", "FpgaUUID", "fpga-a-v1",
        "FpgaImageUUID", image);
    Map<String, String> noAction = signed("DescribeFpgaImages", Map.of(), now);
    noAction.remove("Action");
    refused(get(query(noAction)), 400, "PARAMETER INVALIDATE");
    refused(get(query(signed("DropAllTables", Map.of(), now))), 400, "PARAMETER INVALIDATE");
    Map<String, String> missing = new LinkedHashMap<>(load);
    missing.remove("FpgaUUID");
    refused(get(query(signed("LoadFpgaImageTask", missing, now))), 400, "PARAMETER INVALIDATE");
    refused(get(query(signed("LoadFpgaImageTask", Map.of("Version", "2099-01-01"), now))), 400,
        "PARAMETER INVALIDATE");
    refused(get(query(signed("DescribeFpgaImages", Map.of("Format", "YAML"), now))), 400,
        "PARAMETER INVALIDATE");
    Map<String, String> badTime = signed("DescribeFpgaImages", Map.of(), now);
    badTime.put("Timestamp", "yesterday");
    refused(get(query(badTime)), 400, "PARAMETER INVALIDATE");
    Map<String, String> noSignature = signed("LoadFpgaImageTask", load, now);
    noSignature.remove("Signature");
    refused(get(query(noSignature)), 400, "PARAMETER INVALIDATE");
    // encodings: a broken escape, bytes that are not UTF-8, a control character, a name twice
    String valid = query(signed("LoadFpgaImageTask", load, now));
    String brokenEscape = rawExchange("GET /?" + valid + "&Tags=%ZZ HTTP/1.1\r\nHost: localhost\r\n"
        + "Connection: close\r\n\r\n"); // java.net.URI refuses to send it
    assertTrue(brokenEscape.startsWith("HTTP/1.1 400"), brokenEscape);
    assertTrue(brokenEscape.contains("\"Code\":\"PARAMETER INVALIDATE\""), brokenEscape);
    refused(get(valid + "&Tags=%C3%28"), 400, "PARAMETER INVALIDATE");
    refused(get(valid + "&Tags=a%00b"), 400, "PARAMETER INVALIDATE");
    refused(get(valid + "&Action=LoadFpgaImageTask"), 400, "PARAMETER INVALIDATE");
    // oversized: a query past the bound, a form body past it
    refused(get(valid + "&Tags=" + "x".repeat(40_000)), 400, "PARAMETER INVALIDATE");
    HttpResponse<String> bigBody = HTTP.send(HttpRequest.newBuilder(world.endpoint().resolve("/"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(valid + "&Tags=" + "y".repeat(100_000)))
        .build(), HttpResponse.BodyHandlers.ofString());
    refused(bigBody, 400, "PARAMETER INVALIDATE");
    HttpResponse<String> notAForm = HTTP.send(HttpRequest.newBuilder(
            URI.create(world.endpoint() + "/?" + valid))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"))
        .build(), HttpResponse.BodyHandlers.ofString());
    refused(notAForm, 400, "PARAMETER INVALIDATE");
    HttpResponse<String> put = HTTP.send(HttpRequest.newBuilder(
            URI.create(world.endpoint() + "/?" + valid))
        .PUT(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    refused(put, 400, "PARAMETER INVALIDATE");
    assertEquals(before, snapshot(), "a refused request changed the world");
  }

  @Test
  void aStaleTimestampAndAReplayedNonceAreRefusedAsPopDoes() throws Exception {
    String before = snapshot();
    Map<String, String> create = Map.of("Bucket", "a-designs", "Object", "adder.tar",
        "ShellUUID", "shell-v1", "Name", "late");
    refused(get(query(signed("CreateFpgaImageTask", create, Instant.now().minus(
        Duration.ofHours(1))))), 400, "InvalidTimeStamp.Expired");
    refused(get(query(signed("CreateFpgaImageTask", create, Instant.now().plus(
        Duration.ofHours(1))))), 400, "InvalidTimeStamp.Expired");
    assertEquals(before, snapshot(), "a stale create created");

    String once = query(signed("DescribeFpgaImages", Map.of(), Instant.now()));
    assertEquals(200, get(once).statusCode());
    refused(get(once), 400, "SignatureNonceUsed");
    // a bad signature spends no nonce: the same nonce, signed right, still works
    Map<String, String> p = signed("DescribeFpgaImages", Map.of(), Instant.now());
    Map<String, String> forged = new LinkedHashMap<>(p);
    forged.put("Signature", "AAAA" + p.get("Signature").substring(4));
    HttpResponse<String> wrong = get(query(forged));
    refused(wrong, 400, "SignatureDoesNotMatch");
    assertTrue(wrong.body().contains("server string to sign is:GET&%2F&"), wrong.body());
    assertEquals(200, get(query(p)).statusCode());
  }

  @Test
  void whatTomcatRefusesItselfIsStillPopsFormat() throws Exception {
    for (String raw : new String[] {
        "GARBAGE\r\n\r\n",
        "GET /?" + "a=b&".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "z".repeat(70_000) + "\r\n\r\n"}) {
      String answer = rawExchange(raw);
      assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
      assertTrue(answer.contains("\"Code\":\"PARAMETER INVALIDATE\""), answer);
      assertNoTrace(answer);
    }
  }

  @Test
  void anUnknownEndpointIsNoFaasProduct() throws Exception {
    String q = query(signed("DescribeFpgaImages", Map.of(), Instant.now()));
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + world.port + "/?" + q)).build(),
        HttpResponse.BodyHandlers.ofString());
    refused(r, 404, "InvalidProduct.NotFound");
  }

  private static String rawExchange(String request) throws IOException {
    return PopRequests.rawExchange(world.port, request);
  }
}
