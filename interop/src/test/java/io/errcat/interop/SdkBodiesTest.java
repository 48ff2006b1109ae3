package io.errcat.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.aliyuncs.AcsError;
import com.aliyuncs.AcsErrorUnmarshaller;
import com.aliyuncs.reader.JsonReader;
import com.aliyuncs.reader.XmlReader;
import com.aliyuncs.transform.UnmarshallerContext;
import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.annotations.SerializedName;
import com.huaweicloud.sdk.core.exception.SdkErrorMessage;
import com.huaweicloud.sdk.core.http.HttpResponse;
import com.huaweicloud.sdk.core.utils.ExceptionUtils;
import io.errcat.catalogs.faas.FaasError;
import io.errcat.catalogs.faas.FaasException;
import io.errcat.catalogs.faas.FaasHttpMapper;
import io.errcat.catalogs.faas.FaasOperation;
import io.errcat.catalogs.functioncompute.FunctionComputeError;
import io.errcat.catalogs.functioncompute.FunctionComputeException;
import io.errcat.catalogs.functioncompute.FunctionComputeHttpMapper;
import io.errcat.catalogs.imagesearch.ImageSearchError;
import io.errcat.catalogs.imagesearch.ImageSearchException;
import io.errcat.catalogs.imagesearch.ImageSearchHttpMapper;
import io.errcat.runtime.Variant;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The other direction: for every code, the bodies each official SDK is written to read (the
 * shapes its own sources and tests use), decoded by errcat's generated mappers into the right
 * typed exception. Each body is first read by the SDK's own parser, so the test cannot drift into
 * bodies that only errcat understands.
 */
class SdkBodiesTest {
  private static final String REQUEST_ID = "904A07C3-D30A-4E2C-93B2-DDECAE4B66E8";
  private static final Gson GSON = new com.google.gson.GsonBuilder().disableHtmlEscaping().create();

  private static Map<String, List<String>> headers(String... nameValues) {
    Map<String, List<String>> h = new java.util.LinkedHashMap<>();
    for (int i = 0; i < nameValues.length; i += 2) {
      h.put(nameValues[i], List.of(nameValues[i + 1]));
    }
    return h;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  // --- POP (aliyun-java-sdk-core) -------------------------------------------------------------

  /** The POP shapes: the SDK tests' XML (CDATA texts), the live XML, and JSON. */
  private static List<String[]> popBodies(String code, String message) {
    String recommend = "https://next.api.aliyun.com/troubleshoot?q=" + code + "&product=faas";
    return List.of(
        new String[] {"text/xml", "<Error><RequestId>" + REQUEST_ID + "</RequestId><HostId>"
            + "faas.cn-hangzhou.aliyuncs.com</HostId><Code>" + code + "</Code><Message><![CDATA["
            + message + "]]></Message><Recommend><![CDATA[" + recommend + "]]></Recommend></Error>"},
        new String[] {"text/xml;charset=utf-8", "<?xml version='1.0' encoding='UTF-8'?><Error>"
            + "<RequestId>" + REQUEST_ID + "</RequestId><HostId>faas.cn-hangzhou.aliyuncs.com"
            + "</HostId><Code>" + code + "</Code><Message>" + xml(message) + "</Message>"
            + "<Recommend><![CDATA[" + recommend + "]]></Recommend></Error>"},
        // no HTML escaping: the SDK's JsonReader does not undo \u0027 (nor do POP servers send it)
        new String[] {"application/json;charset=utf-8", GSON.toJson(Map.of(
            "RequestId", REQUEST_ID, "HostId", "faas.cn-hangzhou.aliyuncs.com", "Code", code,
            "Message", message, "Recommend", recommend))});
  }

  private static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** What the SDK's own reader makes of a body (as DefaultAcsClient.readError does). */
  private static AcsError popReads(String contentType, String body) throws Exception {
    UnmarshallerContext context = new UnmarshallerContext();
    context.setResponseMap(contentType.startsWith("text/xml")
        ? new XmlReader().read(body, "Error") : new JsonReader().read(body, "Error"));
    return AcsErrorUnmarshaller.unmarshall(new AcsError(), context);
  }

  @TestFactory
  Stream<DynamicTest> popBodiesDecodeToTheTypedFaasException() {
    List<DynamicTest> tests = new ArrayList<>();
    for (FaasError e : FaasError.values()) {
      for (Variant v : e.variants()) {
        FaasOperation op = v.operations().isEmpty() ? null
            : FaasOperation.fromId(v.operations().get(0)).orElseThrow();
        int status = v.httpStatus() != 0 ? v.httpStatus() : e.httpStatus();
        for (String[] body : popBodies(e.code(), v.message())) {
          tests.add(DynamicTest.dynamicTest(e.code() + " in " + op + " as " + body[0], () -> {
            AcsError sdk = popReads(body[0], body[1]);
            assertEquals(e.code(), sdk.getErrorCode());
            assertEquals(v.message(), sdk.getErrorMessage());
            FaasException x = FaasHttpMapper.fromHttp(status, headers("Content-Type", body[0]),
                utf8(body[1]), op);
            assertSame(e, x.error(), x.toString());
            assertEquals(v.message(), x.details().message());
            assertEquals(REQUEST_ID, x.requestId());
            assertEquals(status, x.httpStatus());
            assertEquals("faas.cn-hangzhou.aliyuncs.com", x.details().extras().get("HostId"));
            assertNull(x.details().failure(), x.toString());
          }));
        }
      }
    }
    return tests.stream();
  }

  // --- Function Compute (aliyun-java-sdk-fc) --------------------------------------------------

  /** The member names the FC SDK deserialises its exceptions from, read off the SDK itself. */
  private static String fcMember(String field) throws NoSuchFieldException {
    return com.aliyuncs.fc.exceptions.ServerException.class.getDeclaredField(field)
        .getAnnotation(SerializedName.class).value();
  }

  @TestFactory
  Stream<DynamicTest> functionComputeBodiesDecodeToTheTypedException() {
    return Stream.of(FunctionComputeError.values()).map(e -> DynamicTest.dynamicTest(e.code(),
        () -> {
          String header = com.aliyuncs.fc.constants.HeaderKeys.REQUEST_ID;
          for (boolean documented : new boolean[] {false, true}) {
            JsonObject o = new JsonObject();
            o.addProperty(documented ? "errorCode" : fcMember("errorCode"), e.code());
            o.addProperty(documented ? "errorMessage" : fcMember("errorMessage"), e.message());
            String body = o.toString();
            if (!documented) {
              com.aliyuncs.fc.exceptions.ServerException sdk =
                  new Gson().fromJson(body, com.aliyuncs.fc.exceptions.ServerException.class);
              assertEquals(e.code(), sdk.getErrorCode());
              assertEquals(e.message(), sdk.getErrorMessage());
            }
            FunctionComputeException x = FunctionComputeHttpMapper.fromHttp(e.httpStatus(),
                headers(header, "fc-req-1", "Content-Type", "application/json"), utf8(body));
            assertSame(e, x.error(), body);
            assertEquals(e.message(), x.details().message());
            assertEquals("fc-req-1", x.requestId());
            assertEquals(e.httpStatus(), x.httpStatus());
          }
        }));
  }

  // --- Huawei Cloud (huaweicloud-sdk-core) ----------------------------------------------------

  /** A response as the Huawei SDK's exception handling sees it. */
  private static HttpResponse huaweiResponse(int status, String body, String requestId) {
    return (HttpResponse) Proxy.newProxyInstance(SdkBodiesTest.class.getClassLoader(),
        new Class<?>[] {HttpResponse.class}, (proxy, method, args) -> switch (method.getName()) {
          case "getStatusCode" -> status;
          case "getBodyAsString" -> body;
          case "getBodyAsBytes" -> utf8(body);
          case "getContentType" -> "application/json";
          case "getContentLength" -> (long) utf8(body).length;
          case "getHeader" -> "X-Request-Id".equalsIgnoreCase((String) args[0]) ? requestId : null;
          case "getHeaders" -> Map.of("X-Request-Id", List.of(requestId));
          case "getBody" -> new java.io.ByteArrayInputStream(utf8(body));
          case "toString" -> "HttpResponse[" + status + ", " + body + "]";
          case "hashCode" -> System.identityHashCode(proxy);
          case "equals" -> proxy == args[0];
          // every method of HttpResponse (and of Object) is answered above
          default -> throw new AssertionError("HttpResponse." + method.getName());
        });
  }

  @TestFactory
  Stream<DynamicTest> huaweiBodiesDecodeToTheTypedException() {
    return Stream.of(ImageSearchError.values()).map(e -> DynamicTest.dynamicTest(e.code(), () -> {
      Gson gson = new Gson();
      List<String> bodies = List.of(
          gson.toJson(Map.of("error_code", e.code(), "error_msg", e.message())),
          gson.toJson(Map.of("code", e.code(), "message", e.message())),
          gson.toJson(Map.of("error", Map.of("code", e.code(), "message", e.message()))));
      for (String body : bodies) {
        SdkErrorMessage sdk = ExceptionUtils.extractErrorMessage(
            huaweiResponse(e.httpStatus(), body, "hw-req-1"));
        assertEquals(e.code(), sdk.getErrorCode(), body);
        assertEquals(e.message(), sdk.getErrorMsg(), body);
        assertEquals("hw-req-1", sdk.getRequestId());
        ImageSearchException x = ImageSearchHttpMapper.fromHttp(e.httpStatus(),
            headers("X-Request-Id", "hw-req-1", "Content-Type", "application/json"), utf8(body));
        assertSame(e, x.error(), body);
        assertEquals(e.message(), x.details().message(), body);
        // getMessage() is one log line: the catalog's own line breaks show as \n
        assertEquals(io.errcat.runtime.LogSafe.text(e.message()), x.getMessage(), body);
        assertEquals("hw-req-1", x.requestId());
        assertEquals(e.httpStatus(), x.httpStatus());
        assertNull(x.details().failure(), x.toString());
      }
    }));
  }
}
