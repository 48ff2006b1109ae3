package io.errcat.runtime;

import java.util.Arrays;
import java.util.IllegalFormatException;
import java.util.Locale;

/** Fills message templates without ever throwing (a bad argument must not hide the real error). */
final class Messages {
  private Messages() {}

  static String format(String template, Object... args) {
    if (template == null) {
      return null;
    }
    if (args == null || args.length == 0) {
      return template;
    }
    try {
      return String.format(Locale.ROOT, template, args);
    } catch (IllegalFormatException | NullPointerException e) {
      return template + " " + Arrays.toString(args);
    }
  }
}
