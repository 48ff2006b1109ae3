package io.errcat.runtime;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * How a body in one {@link WireFormat} is read: the member paths for code, message and request id
 * (the written name first, then its aliases), the extra members to keep, and every name the
 * decoder looks for in one pass (this format's and problem+json's). Decided once per format; the
 * format itself stays the value the generated code builds.
 */
final class WireReading {
  private final CodeType codeType;
  private final List<String> extraFields;
  private final String[] codePaths;
  private final String[] messagePaths;
  private final String[] requestIdPaths;
  private final MemberNames decodeNames;

  WireReading(WireFormat w) {
    codeType = w.codeType();
    extraFields = w.extraFields();
    codePaths = paths(w.codeField(), w.codeAliases());
    messagePaths = paths(w.messageField(), w.messageAliases());
    requestIdPaths = paths(w.requestIdField(), w.requestIdAliases());
    List<String> names = new ArrayList<>(List.of(codePaths));
    names.addAll(List.of(messagePaths));
    names.addAll(List.of(requestIdPaths));
    names.addAll(extraFields);
    decodeNames = ProblemDetails.NAMES.plus(names);
  }

  private static String[] paths(String field, List<String> aliases) {
    List<String> p = new ArrayList<>();
    if (field != null) {
      p.add(field);
    }
    p.addAll(aliases);
    return p.toArray(new String[0]);
  }

  /** Every member name a response in this format or as problem+json is read for. */
  MemberNames decodeNames() {
    return decodeNames;
  }

  /** Reads this format's members from a parsed body into {@code out}. */
  void read(BodyMembers m, DecodedBuilder out) {
    BodyMember code = first(m, codePaths);
    if (code != null && code.kind() == JsonKind.FLOAT
        && codeType == CodeType.NUMBER) {
      out.code = integral(code.text());
    } else {
      out.code(code);
    }
    out.messageMember = firstTextMember(m, messagePaths);
    out.requestId = firstText(m, requestIdPaths);
    readExtras(m, out);
  }

  /** Whether the body has a message in this format (a problem+json body has none). */
  boolean hasMessage(BodyMembers m) {
    return first(m, messagePaths) != null;
  }

  /** The request id members of this format, for a problem+json body that lacks its own. */
  String requestId(BodyMembers m) {
    return firstText(m, requestIdPaths);
  }

  /** The first of {@code paths} present, preferring one that holds text. */
  private static BodyMember first(BodyMembers m, String[] paths) {
    BodyMember any = null;
    for (String p : paths) {
      BodyMember member = m.get(p);
      if (member != null && member.isText()) {
        return member;
      }
      if (any == null) {
        any = member;
      }
    }
    return any;
  }

  private static BodyMember firstTextMember(BodyMembers m, String[] paths) {
    for (String p : paths) {
      BodyMember member = m.get(p);
      if (member != null && member.isText()) {
        return member;
      }
    }
    return null;
  }

  private static String firstText(BodyMembers m, String[] paths) {
    BodyMember member = firstTextMember(m, paths);
    return member == null ? null : member.text();
  }

  /** Reads the configured extra members that are set into {@code out}. */
  void readExtras(BodyMembers m, DecodedBuilder out) {
    for (String f : extraFields) {
      String v = m.text(f);
      if (v != null) {
        out.extra(f, v);
      }
    }
  }

  /**
   * A float that is a whole number as an integer ({@code 4115.0}, {@code 4.115e3}: some
   * serializers write every number as a float), anything else as written. Huge exponents are left
   * alone rather than expanded.
   */
  private static String integral(String text) {
    try {
      BigDecimal d = new BigDecimal(text).stripTrailingZeros();
      if (d.scale() <= 0 && d.precision() - d.scale() <= 19) {
        return d.toBigIntegerExact().toString();
      }
    } catch (NumberFormatException | ArithmeticException e) {
      // not a plain number after all: keep the text
    }
    return text;
  }
}
