package io.errcat.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.core.exception.ServerResponseException;
import com.huaweicloud.sdk.core.exception.ServiceResponseException;
import com.huaweicloud.sdk.core.http.HttpConfig;
import com.huaweicloud.sdk.imagesearch.v2.ImageSearchClient;
import com.huaweicloud.sdk.imagesearch.v2.model.RunSearchRequest;
import com.huaweicloud.sdk.imagesearch.v2.model.SearchParam;
import io.errcat.catalogs.imagesearch.ImageSearchError;
import io.errcat.catalogs.imagesearch.ImageSearchException;
import io.errcat.catalogs.imagesearch.ImageSearchHttpMapper;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every Image Search code through Huawei Cloud's official SDK ({@code huaweicloud-sdk-imagesearch},
 * {@code ImageSearchClient} with a fake AK/SK) against a loopback server answering with the
 * generated {@code ImageSearchHttpMapper}: the SDK's {@code ServiceResponseException} must carry
 * the code, message, request id ({@code X-Request-Id}) and status, as a {@code
 * ClientRequestException} for 4xx.
 */
class HuaweiSdkTest {
  private static final AtomicReference<ImageSearchError> answer = new AtomicReference<>();
  private static final AtomicInteger ids = new AtomicInteger();
  private static LoopbackServer server;
  private static ImageSearchClient sdk;

  @BeforeAll
  static void start() throws IOException {
    server = new LoopbackServer(r -> ImageSearchHttpMapper.toHttp(
        ImageSearchException.of(answer.get()).withRequestId("is-" + ids.incrementAndGet()),
        r.header("Accept")));
    sdk = ImageSearchClient.newBuilder()
        .withCredential(new BasicCredentials().withAk("fake-ak").withSk("fake-sk")
            .withProjectId("0123456789abcdef0123456789abcdef"))
        .withHttpConfig(HttpConfig.getDefaultHttpConfig().withTimeout(10))
        .withEndpoint(server.endpoint())
        .build();
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  private static RunSearchRequest search() {
    return new RunSearchRequest().withServiceName("interop")
        .withBody(new SearchParam().withImageUrl("https://example.com/cat.jpg"));
  }

  @Test
  void theSdkCallsTheSearchRoute() {
    answer.set(ImageSearchError.values()[0]);
    assertThrows(ServiceResponseException.class, () -> sdk.runSearch(search()));
    LoopbackServer.Request r = server.lastRequest.get();
    assertEquals("POST", r.method());
    assertEquals("/v2/0123456789abcdef0123456789abcdef/mms/interop/search", r.path());
    assertTrue(r.header("Authorization").startsWith("SDK-HMAC-SHA256"), r.header("Authorization"));
  }

  @TestFactory
  Stream<DynamicTest> everyCodeReachesTheOfficialHuaweiClient() {
    return Stream.of(ImageSearchError.values()).map(e -> DynamicTest.dynamicTest(e.code(), () -> {
      answer.set(e);
      ServiceResponseException x = assertThrows(ServiceResponseException.class,
          () -> sdk.runSearch(search()));
      assertEquals(e.httpStatus() >= 500, x instanceof ServerResponseException);
      assertEquals(e.httpStatus() < 500, x instanceof ClientRequestException);
      assertEquals(e.code(), x.getErrorCode(), x.toString());
      assertEquals(e.message(), x.getErrorMsg(), x.toString());
      assertEquals(e.httpStatus(), x.getHttpStatusCode());
      assertEquals("is-" + ids.get(), x.getRequestId(), x.toString());
    }));
  }
}
