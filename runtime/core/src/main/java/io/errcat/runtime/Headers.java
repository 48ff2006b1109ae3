package io.errcat.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Case-insensitive header lookup over whatever map a client library hands us. */
final class Headers {
  private Headers() {}

  /** An unmodifiable, case-insensitive, sorted copy; null names, lists and values are dropped. */
  static Map<String, List<String>> copyOf(Map<String, List<String>> headers) {
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    if (headers != null) {
      for (Map.Entry<String, List<String>> e : headers.entrySet()) {
        if (e.getKey() == null || e.getValue() == null) {
          continue; // HttpURLConnection puts the status line under a null name
        }
        List<String> values = copy.computeIfAbsent(e.getKey(), k -> new ArrayList<>());
        for (String v : e.getValue()) {
          if (v != null) {
            values.add(v);
          }
        }
      }
    }
    copy.replaceAll((k, v) -> List.copyOf(v));
    return Collections.unmodifiableMap(copy);
  }

  /** The first non-null value of {@code name} in any case, or null; never throws. */
  static String first(Map<String, List<String>> headers, String name) {
    if (headers == null || name == null) {
      return null;
    }
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && e.getValue() != null) {
        for (String v : e.getValue()) {
          if (v != null) {
            return v;
          }
        }
      }
    }
    return null;
  }

  /** The lower-case media type of a Content-Type value without parameters, or null. */
  static String mediaType(String contentType) {
    if (contentType == null) {
      return null;
    }
    int semi = contentType.indexOf(';');
    String t = (semi < 0 ? contentType : contentType.substring(0, semi)).trim();
    return t.isEmpty() ? null : t.toLowerCase(Locale.ROOT);
  }
}
