package io.errcat.samples.fc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyuncs.fc.client.FunctionComputeClient;
import com.aliyuncs.fc.config.Config;
import com.aliyuncs.fc.exceptions.ClientException;
import com.aliyuncs.fc.exceptions.ServerException;
import com.aliyuncs.fc.request.GetServiceRequest;
import com.aliyuncs.fc.request.InvokeFunctionRequest;
import com.aliyuncs.fc.response.InvokeFunctionResponse;
import io.errcat.catalogs.functioncompute.FunctionComputeError;
import io.errcat.catalogs.functioncompute.FunctionComputeException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every Function Compute code through the official FC 2.0 Java SDK ({@code aliyun-java-sdk-fc},
 * {@code FunctionComputeClient}) against the sample service, which signs the SDK's way and runs
 * on Tomcat, keeping the case of {@code X-Fc-Request-Id}. A function of the sample fails with the
 * code its payload names (functions may fail with Function Compute errors of their own); the
 * SDK's exception must carry the code, message, request id and status, as a {@code
 * ServerException} for 5xx and a {@code ClientException} otherwise.
 */
class FcSdkTest {
  private static FunctionComputeService service;
  private static FunctionComputeClient sdk;

  @BeforeAll
  static void start() throws Exception {
    Account account = new Account(10, 1 << 20, 1_000_000)
        .key("AK-interop", "interop-secret", false)
        .service("interop")
        .function("interop", "echo", payload -> payload)
        .function("interop", "raise", payload -> {
          throw FunctionComputeException.of(FunctionComputeError.fromCode(payload).orElseThrow());
        });
    service = FunctionComputeService.start(account);
    Config config = new Config("cn-shanghai", "1234567890123456", "AK-interop", "interop-secret",
        null, false);
    config.setEndpoint(service.baseUri().toString());
    sdk = new FunctionComputeClient(config);
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  private static InvokeFunctionRequest raise(FunctionComputeError e) {
    return new InvokeFunctionRequest("interop", "raise")
        .setPayload(e.code().getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theSdkSignsAndGetsThroughToAFunction() {
    InvokeFunctionResponse r = sdk.invokeFunction(new InvokeFunctionRequest("interop", "echo")
        .setPayload("hello".getBytes(StandardCharsets.UTF_8)));
    assertEquals("hello", new String(r.getContent(), StandardCharsets.UTF_8));
    assertTrue(r.getRequestId().startsWith("req-"), r.getRequestId());
  }

  @TestFactory
  Stream<DynamicTest> everyCodeReachesTheOfficialFcClient() {
    return Stream.of(FunctionComputeError.values()).map(e -> DynamicTest.dynamicTest(e.code(),
        () -> {
          RuntimeException thrown = assertThrows(RuntimeException.class,
              () -> sdk.invokeFunction(raise(e)));
          String code;
          String message;
          String requestId;
          int status;
          if (e.httpStatus() >= 500) {
            ServerException s = assertInstance(ServerException.class, thrown);
            code = s.getErrorCode();
            message = s.getErrorMessage();
            requestId = s.getRequestId();
            status = s.getStatusCode();
          } else {
            ClientException c = assertInstance(ClientException.class, thrown);
            code = c.getErrorCode();
            message = c.getErrorMessage();
            requestId = c.getRequestId();
            status = c.getStatusCode();
          }
          assertEquals(e.code(), code, thrown.toString());
          assertEquals(e.message(), message, thrown.toString());
          assertEquals(e.httpStatus(), status, thrown.toString());
          assertNotNull(requestId, "the SDK found no X-Fc-Request-Id: " + thrown);
          assertTrue(requestId.matches("req-[0-9]+"), requestId);
        }));
  }

  @Test
  void aRealRouteFillsTheTemplate() {
    ClientException e = assertThrows(ClientException.class,
        () -> sdk.getService(new GetServiceRequest("payments")));
    assertEquals("ServiceNotFound", e.getErrorCode());
    assertEquals("service 'payments' does not exist", e.getErrorMessage());
    assertEquals(404, e.getStatusCode());
    assertNotNull(e.getRequestId());
  }

  @Test
  void aWrongSecretIsRefusedWithSignatureNotMatch() {
    Config config = new Config("cn-shanghai", "1234567890123456", "AK-interop", "wrong-secret",
        null, false);
    config.setEndpoint(service.baseUri().toString());
    ClientException e = assertThrows(ClientException.class,
        () -> new FunctionComputeClient(config).getService(new GetServiceRequest("interop")));
    assertEquals("SignatureNotMatch", e.getErrorCode());
    assertEquals(FunctionComputeError.SIGNATURE_NOT_MATCH.httpStatus(), e.getStatusCode());
  }

  private static <T> T assertInstance(Class<T> type, Throwable t) {
    assertTrue(type.isInstance(t), t.getClass().getName() + ": " + t);
    return type.cast(t);
  }
}
