package io.errcat.catalog.model;

import java.util.Locale;
import java.util.Set;

/**
 * Derives Java names from catalog text. Every case change uses {@link Locale#ROOT} so that names
 * are the same on every machine (a Turkish default locale would otherwise turn {@code i} into a
 * dotted capital I). Only ASCII letters and digits survive; everything else separates words.
 */
public final class Naming {
  private Naming() {}

  /**
   * Members of a generated exception (its own, the runtime's ErrcatException's, Throwable's and
   * Object's). The Java emitter escapes a factory of one of these names with a trailing
   * underscore; the checker warns about it (EC048).
   */
  public static final Set<String> EXCEPTION_MEMBERS = Set.of("of", "error", "operation",
      "withOperation", "withRequestId", "withExtras", "copy", "details", "code", "requestId", "httpStatus",
      "retry", "extras", "decodeFailure", "isKnown", "operationId", "message", "toString", "getMessage",
      "getCause", "getLocalizedMessage", "initCause", "fillInStackTrace", "getStackTrace",
      "setStackTrace", "printStackTrace", "addSuppressed", "getSuppressed", "hashCode", "equals",
      "getClass", "notify", "notifyAll", "wait", "clone", "finalize");

  /**
   * Java's reserved keywords, its literals {@code true}, {@code false} and {@code null}, and
   * {@code _} (JLS 17 §3.9): what no generated name may be. Errcat's own list rather than
   * {@code SourceVersion.isKeyword}, whose set follows the JDK that happens to run the build (a
   * name must come out the same on every JDK) and whose first call costs ~10 ms in a cold JVM (it
   * parses the runtime's version with a regular expression), a fifth of what the Maven plugin adds
   * to a no-op build. Contextual keywords ({@code var}, {@code record}, {@code yield} …) are names.
   */
  private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break",
      "byte", "case", "catch", "char", "class", "const", "continue", "default", "do", "double",
      "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if", "implements",
      "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private",
      "protected", "public", "return", "short", "static", "strictfp", "super", "switch",
      "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile", "while",
      "_", "true", "false", "null");

  /** Whether {@code word} is a Java keyword or literal, which no identifier may be. */
  public static boolean isKeyword(String word) {
    return KEYWORDS.contains(word);
  }

  /**
   * Whether {@code name} is a qualified Java name ({@code com.acme.errors}): identifiers separated
   * by dots, none of them a keyword, as {@code SourceVersion.isName} decides for Java 17.
   */
  public static boolean isQualifiedName(String name) {
    for (String segment : name.split("\\.", -1)) { // an empty name, or dots at either end: ""
      if (segment.isEmpty() || isKeyword(segment)
          || !Character.isJavaIdentifierStart(segment.codePointAt(0))) {
        return false;
      }
      for (int i = Character.charCount(segment.codePointAt(0)); i < segment.length(); ) {
        int c = segment.codePointAt(i);
        if (!Character.isJavaIdentifierPart(c)) {
          return false;
        }
        i += Character.charCount(c);
      }
    }
    return true;
  }

  /**
   * {@code ANOTHER TASK RUNNING} → {@code ANOTHER_TASK_RUNNING}, {@code
   * InvalidSecurityToken.MismatchWithAccessKey} → {@code INVALID_SECURITY_TOKEN_MISMATCH_WITH_ACCESS_KEY},
   * {@code APIG.0101} → {@code APIG_0101}. A name that would start with a digit gets an {@code E}
   * prefix ({@code 1001} → {@code E1001}).
   */
  public static String constantName(String code) {
    StringBuilder out = new StringBuilder(code.length() + 8);
    char prev = 0;
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      char next = i + 1 < code.length() ? code.charAt(i + 1) : 0;
      if (isAsciiLetterOrDigit(c)) {
        boolean wordBreak =
            (isLower(prev) || isDigit(prev)) && isUpper(c)
                || isUpper(prev) && isUpper(c) && isLower(next);
        if (wordBreak) {
          appendSeparator(out);
        }
        out.append(toUpper(c));
      } else {
        appendSeparator(out);
      }
      prev = c;
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == '_') {
      end--;
    }
    out.setLength(end);
    if (out.length() == 0) {
      return "E";
    }
    if (isDigit(out.charAt(0))) {
      out.insert(0, 'E');
    }
    return out.toString();
  }

  /** {@code ANOTHER_TASK_RUNNING} → {@code anotherTaskRunning}; a Java keyword gets a trailing underscore. */
  public static String methodName(String constantName) {
    StringBuilder out = new StringBuilder(constantName.length());
    boolean upperNext = false;
    for (int i = 0; i < constantName.length(); i++) {
      char c = constantName.charAt(i);
      if (c == '_') {
        upperNext = out.length() > 0;
        continue;
      }
      out.append(upperNext ? toUpper(c) : toLower(c));
      upperNext = false;
    }
    String name = out.length() == 0 ? "e" : out.toString();
    if (isDigit(name.charAt(0))) {
      name = "e" + name;
    }
    return isKeyword(name) ? name + "_" : name;
  }

  /** {@code LoadFpgaImage} → {@code loadFpgaImage}: how an interface method names an operation. */
  public static String operationMethodName(String operationId) {
    return methodName(constantName(operationId));
  }

  /** {@code function-compute} → {@code FunctionCompute}. */
  public static String typePrefix(String productId) {
    String m = methodName(constantName(productId));
    if (m.endsWith("_")) {
      m = m.substring(0, m.length() - 1);
    }
    return toUpper(m.charAt(0)) + m.substring(1);
  }

  /** {@code function-compute} → {@code io.errcat.catalogs.functioncompute}. */
  public static String packageName(String productId) {
    StringBuilder seg = new StringBuilder();
    for (int i = 0; i < productId.length(); i++) {
      char c = productId.charAt(i);
      if (isAsciiLetterOrDigit(c)) {
        seg.append(toLower(c));
      }
    }
    String s = seg.length() == 0 || isDigit(seg.charAt(0)) ? "c" + seg : seg.toString();
    return "io.errcat.catalogs." + (isKeyword(s) ? s + "_" : s);
  }

  /**
   * The package a project's own catalogs generate into when they name none: the project's group
   * plus {@code .errors} ({@code com.acme-corp} → {@code com.acme_corp.errors}). Each segment keeps
   * ASCII letters, digits and underscores (other characters become {@code _}), is lower-cased,
   * gets a leading {@code _} when it starts with a digit and a trailing one when it is a keyword.
   *
   * @param group the project's group id (Maven's {@code groupId})
   * @return the package, or empty when the group has no usable segment
   */
  public static java.util.Optional<String> projectPackage(String group) {
    if (group == null) {
      return java.util.Optional.empty();
    }
    StringBuilder out = new StringBuilder();
    for (String raw : group.split("\\.")) {
      StringBuilder seg = new StringBuilder();
      for (int i = 0; i < raw.length(); i++) {
        char c = raw.charAt(i);
        seg.append(isAsciiLetterOrDigit(c) || c == '_' ? toLower(c) : '_');
      }
      if (seg.length() == 0) {
        continue;
      }
      String s = isDigit(seg.charAt(0)) ? "_" + seg : seg.toString();
      out.append(out.length() > 0 ? "." : "").append(isKeyword(s) ? s + "_" : s);
    }
    return out.length() == 0 ? java.util.Optional.empty()
        : java.util.Optional.of(out + ".errors");
  }

  private static void appendSeparator(StringBuilder out) {
    if (out.length() > 0 && out.charAt(out.length() - 1) != '_') {
      out.append('_');
    }
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return isUpper(c) || isLower(c) || isDigit(c);
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean isLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static char toUpper(char c) {
    return isLower(c) ? (char) (c - 'a' + 'A') : c;
  }

  private static char toLower(char c) {
    return isUpper(c) ? (char) (c - 'A' + 'a') : c;
  }
}
