package io.errcat.spring;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.HttpHeaders;

/** Spring's headers as the runtime reads them: names in any case, every value. */
final class SpringHeaders {
  private SpringHeaders() {}

  static Map<String, List<String>> toMap(HttpHeaders headers) {
    Map<String, List<String>> m = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((name, values) -> m.put(name, List.copyOf(values)));
    return m;
  }
}
