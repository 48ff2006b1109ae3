package io.errcat.runtime.testing;

import java.io.IOException;
import java.io.InputStream;

/** What the raw test servers need of a request: its path, from a bounded read of its head. */
final class RawRequests {
  private RawRequests() {}

  /** Reads the request head (at most 16 KiB) and returns its path. */
  static String path(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    for (int i = 0; i < 16_384; i++) {
      int c = in.read();
      if (c < 0) {
        break;
      }
      head.append((char) c);
      if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
        break;
      }
    }
    String[] line = head.toString().split(" ", 3);
    return line.length > 1 ? line[1] : "/";
  }
}
