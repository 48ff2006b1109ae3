package io.errcat.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void faasBodyDecodes() {
    WireFormat wire = WireFormat.builder("Code").messageField("Message")
        .requestIdField("RequestId").extraFields("HostId", "Recommend").build();
    HttpErrorCodec codec = HttpErrorCodec.builder(wire, FaasLikeError::fromCode).build();
    String body = "{\"RequestId\":\"R1\",\"HostId\":\"faas.cn-hangzhou.aliyuncs.com\","
        + "\"Code\":\"SHELL NOT MATCH\",\"Message\":\"m\",\"Recommend\":\"https://x\"}";
    ErrorDetails d = codec.fromHttp(400, Map.of("Content-Type", List.of("application/json")),
        body.getBytes(StandardCharsets.UTF_8));
    assertEquals(FaasLikeError.SHELL_NOT_MATCH, d.error());
    assertEquals("R1", d.requestId());
    assertEquals(null, d.failure());
    assertEquals("faas.cn-hangzhou.aliyuncs.com", d.extras().get("HostId"));
  }
}
