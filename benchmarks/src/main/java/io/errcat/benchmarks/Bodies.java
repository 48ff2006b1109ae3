package io.errcat.benchmarks;

import io.errcat.catalogs.faas.FaasError;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The bodies every codec benchmark reads: real shapes of the products' answers. */
public final class Bodies {
  private Bodies() {}

  static final String REQUEST_ID = "5E5A8E3A-0B3C-4E7D-9F00-3C1D2E4F5A6B";
  static final String HOST_ID = "faas.cn-hangzhou.aliyuncs.com";
  /** The catalog's own message, as a FaaS server sends it. */
  static final String MESSAGE = FaasError.SHELL_NOT_MATCH.message();
  static final String RECOMMEND = "https://error-center.aliyun.com/status/search?Keyword=SHELL";

  /** A POP JSON error, as the FaaS endpoint sends with {@code Format=JSON}. */
  public static final byte[] POP_JSON = utf8("{\"RequestId\":\"" + REQUEST_ID + "\",\"HostId\":\""
      + HOST_ID + "\",\"Code\":\"SHELL NOT MATCH\",\"Message\":\"" + MESSAGE
      + "\",\"Recommend\":\"" + RECOMMEND + "\"}");

  /** The same error with {@code Format=XML}. */
  static final byte[] POP_XML = utf8("<?xml version='1.0' encoding='UTF-8'?><Error><RequestId>"
      + REQUEST_ID + "</RequestId><HostId>" + HOST_ID + "</HostId><Code>SHELL NOT MATCH</Code>"
      + "<Message>" + MESSAGE + "</Message><Recommend><![CDATA["
      + RECOMMEND + "]]></Recommend></Error>");

  /** API Gateway's nested form of a Huawei Cloud Image Search error. */
  static final byte[] NESTED = utf8("{\"error\":{\"code\":\"IS.0001\",\"message\":\"Incorrect"
      + " parameters.\"},\"request_id\":\"" + REQUEST_ID + "\"}");

  /** A proxy's error page. */
  static final byte[] HTML = utf8("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n"
      + "<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
      + "</body>\r\n</html>\r\n");

  public static final Map<String, List<String>> JSON_HEADERS =
      Map.of("Content-Type", List.of("application/json;charset=utf-8"));
  static final Map<String, List<String>> XML_HEADERS =
      Map.of("Content-Type", List.of("text/xml;charset=utf-8"));
  static final Map<String, List<String>> HTML_HEADERS =
      Map.of("Content-Type", List.of("text/html"));

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
