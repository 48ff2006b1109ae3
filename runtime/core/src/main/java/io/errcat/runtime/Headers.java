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

  /**
   * Whether a Content-Type value's media type (parameters and surrounding white space aside, in
   * any case) is {@code type}, which is lower case; without allocating.
   */
  static boolean hasMediaType(String contentType, String type) {
    if (contentType == null) {
      return false;
    }
    int start = 0;
    int end = contentType.indexOf(';');
    end = end < 0 ? contentType.length() : end;
    while (start < end && contentType.charAt(start) <= ' ') {
      start++;
    }
    while (end > start && contentType.charAt(end - 1) <= ' ') {
      end--;
    }
    return end - start == type.length()
        && contentType.regionMatches(true, start, type, 0, end - start);
  }

  /** Whether a Content-Type value says XML: text/xml, application/xml or a type ending +xml. */
  static boolean isXml(String contentType) {
    if (contentType == null) {
      return false;
    }
    int end = contentType.indexOf(';');
    end = end < 0 ? contentType.length() : end;
    while (end > 0 && contentType.charAt(end - 1) <= ' ') {
      end--;
    }
    return hasMediaType(contentType, "text/xml") || hasMediaType(contentType, "application/xml")
        || end >= 4 && contentType.regionMatches(true, end - 4, "+xml", 0, 4);
  }
}
