package io.errcat.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.rpc.Code;
import io.errcat.runtime.GrpcCodes;
import io.grpc.Status;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The runtime's table of canonical codes against Google's own {@code com.google.rpc.Code} (from
 * google/rpc/code.proto) and grpc-java's {@code Status.Code}, not against a copy of itself.
 */
class GrpcCodesTest {
  @Test
  void everyCanonicalCodeIsInTheTableByNameAndNumber() {
    List<String> fromProto = new ArrayList<>();
    for (Code c : Code.values()) {
      if (c == Code.OK || c == Code.UNRECOGNIZED) {
        continue;
      }
      fromProto.add(c.name());
      GrpcCodes.Code ours = GrpcCodes.byName(c.name()).orElseThrow(() -> new AssertionError(c));
      assertEquals(c.getNumber(), ours.number(), c.name());
      assertEquals(c.getNumber(), Status.Code.valueOf(c.name()).value(), c.name());
      assertEquals(ours, GrpcCodes.byNumber(c.getNumber()).orElseThrow());
    }
    fromProto.sort(java.util.Comparator.comparingInt(n -> Code.valueOf(n).getNumber()));
    assertEquals(fromProto, GrpcCodes.ALL.stream().map(GrpcCodes.Code::name).toList(),
        "every code, in number order");
  }

  @Test
  void everyHttpStatusMapsToACanonicalCode() {
    for (int http = 0; http < 600; http++) {
      String name = GrpcCodes.forHttp(http);
      GrpcCodes.Code code = GrpcCodes.byName(name).orElseThrow();
      assertEquals(Code.valueOf(name).getNumber(), code.number(), http + " -> " + name);
    }
    assertEquals("INTERNAL", GrpcCodes.forHttp(507));
    assertEquals("FAILED_PRECONDITION", GrpcCodes.forHttp(422));
    for (int http : new int[] {400, 401, 403, 404, 409, 429, 499, 501, 503, 504}) {
      assertEquals(http, GrpcCodes.byName(GrpcCodes.forHttp(http)).orElseThrow().httpStatus(),
          "the issue's table round-trips for " + http);
    }
    assertTrue(GrpcCodes.byName("OK").isEmpty());
    assertEquals("UNKNOWN", GrpcCodes.forHttp(0));
  }
}
