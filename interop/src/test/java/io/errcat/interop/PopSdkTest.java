package io.errcat.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyuncs.CommonRequest;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.exceptions.ServerException;
import com.aliyuncs.http.FormatType;
import com.aliyuncs.http.HttpClientConfig;
import com.aliyuncs.http.HttpClientType;
import com.aliyuncs.http.HttpResponse;
import com.aliyuncs.http.MethodType;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;
import io.errcat.catalogs.faas.FaasError;
import io.errcat.catalogs.faas.FaasException;
import io.errcat.catalogs.faas.FaasHttpMapper;
import io.errcat.catalogs.faas.FaasOperation;
import io.errcat.runtime.HttpError;
import io.errcat.runtime.Variant;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every FaaS code, in every operation whose texts differ, through Alibaba Cloud's official POP
 * client ({@code aliyun-java-sdk-core}, {@code DefaultAcsClient} with RPC {@code CommonRequest}s)
 * against a loopback server that answers with the generated {@code FaasHttpMapper}: JSON, and XML
 * when the request says {@code Format=XML}, over both of the SDK's HTTP clients (Apache and
 * {@code HttpURLConnection}), GET and form POST. The SDK's exception must carry the catalog's
 * code, message and request id (minted by errcat: the server gives none), be a {@code
 * ServerException} exactly for 5xx, and the SDK's own HTTP response must have the catalog's
 * status.
 */
class PopSdkTest {
  private static final String UUID = "[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}";
  private static final AtomicReference<FaasError> answer = new AtomicReference<>();
  private static LoopbackServer server;

  /** One code as one operation sees it. */
  record Case(FaasError error, Variant variant, FaasOperation operation) {
    String action() {
      return operation == null ? "DescribeFpgaImages" : operation.action();
    }

    int status() {
      return variant.httpStatus() != 0 ? variant.httpStatus() : error.httpStatus();
    }

    @Override
    public String toString() {
      return error.code() + (operation == null ? "" : " in " + operation.id());
    }
  }

  @BeforeAll
  static void start() throws IOException {
    // The server side of a POP product: Action names the operation, Format the body's form.
    server = new LoopbackServer(r -> {
      FaasException e = FaasException.of(answer.get());
      FaasOperation op = FaasOperation.fromId(r.params().getOrDefault("Action", "")).orElse(null);
      if (op != null) {
        e = e.withOperation(op);
      }
      return "XML".equals(r.params().get("Format")) ? FaasHttpMapper.toXml(e)
          : FaasHttpMapper.toHttp(e, r.header("Accept"));
    });
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  static List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    for (FaasError e : FaasError.values()) {
      for (Variant v : e.variants()) {
        FaasOperation op = v.operations().isEmpty() ? null
            : FaasOperation.fromId(v.operations().get(0)).orElseThrow();
        cases.add(new Case(e, v, op));
      }
    }
    return cases;
  }

  private static DefaultAcsClient client(HttpClientType type) {
    DefaultProfile profile = DefaultProfile.getProfile("cn-hangzhou", "fake-access-key-id",
        "fake-access-key-secret");
    HttpClientConfig config = HttpClientConfig.getDefault();
    config.setClientType(type);
    config.setProtocolType(ProtocolType.HTTP);
    profile.setHttpClientConfig(config);
    return new DefaultAcsClient(profile);
  }

  private static CommonRequest request(String action, FormatType format, MethodType method) {
    CommonRequest r = new CommonRequest();
    r.setSysDomain("127.0.0.1:" + server.port());
    r.setSysProtocol(ProtocolType.HTTP);
    r.setSysVersion("2017-08-24");
    r.setSysAction(action);
    r.setSysMethod(method);
    r.setSysAccept(format);
    r.putQueryParameter("RegionId", "cn-hangzhou");
    return r;
  }

  @TestFactory
  Stream<DynamicTest> everyCodeReachesTheOfficialPopClient() {
    List<DynamicTest> tests = new ArrayList<>();
    Object[][] ways = {
        {FormatType.JSON, HttpClientType.ApacheHttpClient, MethodType.GET},
        {FormatType.XML, HttpClientType.ApacheHttpClient, MethodType.POST},
        {FormatType.JSON, HttpClientType.Compatible, MethodType.POST},
        {FormatType.XML, HttpClientType.Compatible, MethodType.GET},
    };
    for (Object[] way : ways) {
      FormatType format = (FormatType) way[0];
      HttpClientType type = (HttpClientType) way[1];
      MethodType method = (MethodType) way[2];
      DefaultAcsClient client = client(type);
      for (Case c : cases()) {
        tests.add(DynamicTest.dynamicTest(c + " as " + format + " via " + type + " " + method,
            () -> check(client, c, format, method)));
      }
    }
    return tests.stream();
  }

  private static void check(DefaultAcsClient client, Case c, FormatType format, MethodType method)
      throws Exception {
    answer.set(c.error());
    ClientException e = assertThrows(ClientException.class,
        () -> client.getCommonResponse(request(c.action(), format, method)));
    HttpError sent = server.lastAnswer.get();
    assertEquals(c.action(), server.lastRequest.get().params().get("Action"));
    assertEquals(format == FormatType.XML ? "text/xml;charset=utf-8"
        : "application/json;charset=utf-8", sent.headers().get("Content-Type").get(0));
    assertEquals(c.error().code(), e.getErrCode(), e.toString());
    assertEquals(c.variant().message(), e.getErrMsg(), e.toString());
    assertTrue(e.getRequestId() != null && e.getRequestId().matches(UUID), e.getRequestId());
    assertEquals(FaasHttpMapper.fromHttp(sent).requestId(), e.getRequestId());
    assertEquals(c.status() >= 500, e instanceof ServerException, e.getClass().getName());
    // the status, as the SDK's own HTTP client received it
    HttpResponse raw = client.doAction(request(c.action(), format, method).buildRequest());
    assertEquals(c.status(), raw.getStatus());
    assertEquals(format, raw.getHttpContentType());
    // and errcat reads back what it sent, with the operation's texts
    FaasException back = FaasHttpMapper.fromHttp(server.lastAnswer.get(), c.operation());
    assertSame(c.error(), back.error());
    assertEquals(c.variant().message(), back.getMessage());
  }

  @Test
  void everyAnswerCarriesADistinctMintedRequestId() throws Exception {
    DefaultAcsClient client = client(HttpClientType.ApacheHttpClient);
    answer.set(FaasError.ANOTHER_TASK_RUNNING);
    ServerException first = assertThrows(ServerException.class,
        () -> client.getCommonResponse(request("LoadFpgaImageTask", FormatType.JSON,
            MethodType.GET)));
    ServerException second = assertThrows(ServerException.class,
        () -> client.getCommonResponse(request("LoadFpgaImageTask", FormatType.JSON,
            MethodType.GET)));
    assertNotEquals(first.getRequestId(), second.getRequestId());
  }

  @Test
  void theSdkAsksForJsonOrXmlAndNeverGetsProblemJson() throws Exception {
    DefaultAcsClient client = client(HttpClientType.ApacheHttpClient);
    answer.set(FaasError.SHELL_NOT_MATCH);
    for (FormatType format : List.of(FormatType.JSON, FormatType.XML)) {
      assertThrows(ClientException.class,
          () -> client.getCommonResponse(request("LoadFpgaImageTask", format, MethodType.GET)));
      String accept = server.lastRequest.get().header("Accept");
      assertNotNull(accept);
      HttpError negotiated = FaasHttpMapper.toHttp(FaasException.of(FaasError.SHELL_NOT_MATCH),
          accept);
      String type = negotiated.headers().get("Content-Type").get(0);
      assertTrue(type.startsWith(format == FormatType.XML ? "text/xml" : "application/json"),
          accept + " -> " + type);
    }
  }

  @Test
  void problemJsonWouldLoseTheCodeInThisSdkWhichIsWhyOnlyAskersGetIt() throws Exception {
    // What the negotiation protects: the SDK reads only its JSON and XML content types.
    try (LoopbackServer problems = new LoopbackServer(
        r -> FaasHttpMapper.toProblem(FaasException.of(FaasError.SHELL_NOT_MATCH)))) {
      CommonRequest r = request("LoadFpgaImageTask", FormatType.JSON, MethodType.GET);
      r.setSysDomain("127.0.0.1:" + problems.port());
      ClientException e = assertThrows(ClientException.class,
          () -> client(HttpClientType.ApacheHttpClient).getCommonResponse(r));
      assertEquals("(null)", e.getErrCode(), e.toString());
      assertTrue(new String(problems.lastAnswer.get().body(), StandardCharsets.UTF_8)
          .contains("SHELL NOT MATCH"));
    }
  }
}
