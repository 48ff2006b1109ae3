package io.errcat.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One codec shared by many threads gives each the same answer as a single thread gets. */
class ConcurrencyTest {

  @Test
  void sharedCodecIsThreadSafe() throws Exception {
    HttpErrorCodec codec = Products.FAAS.codec();
    List<HttpError> responses = new ArrayList<>();
    for (TestError e : Products.FAAS.errors().values()) {
      ErrorDetails d = ErrorDetails.builder(e).requestId("r-" + e.name()).extra("HostId", "h")
          .build();
      responses.add(codec.toHttp(d));
      responses.add(codec.toProblem(d));
    }
    responses.add(HttpError.of(502, null, Products.utf8("<html>bad gateway</html>")));
    responses.add(HttpError.of(400, null, Products.utf8("{\"Code\":\"SHELL NOT MATCH\",\"x\":")));
    List<ErrorDetails> expected = new ArrayList<>();
    for (HttpError r : responses) {
      expected.add(codec.fromHttp(r));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<ErrorDetails>>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(pool.submit(() -> {
          List<ErrorDetails> last = null;
          for (int i = 0; i < 500; i++) {
            List<ErrorDetails> got = new ArrayList<>();
            for (HttpError r : responses) {
              got.add(codec.fromHttp(r));
            }
            last = got;
          }
          return last;
        }));
      }
      for (Future<List<ErrorDetails>> f : results) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
