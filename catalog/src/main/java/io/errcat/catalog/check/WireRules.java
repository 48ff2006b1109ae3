package io.errcat.catalog.check;

import io.errcat.catalog.problem.ProblemId;
import io.errcat.catalog.problem.Problems;
import io.errcat.catalog.model.Position;
import io.errcat.catalog.model.Positions;
import io.errcat.catalog.model.Wire;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Rules on the {@code wire} section: every member, alias, header, media type and XML name is one
 * the runtime can write and read (EC044), no alias repeats a name already read (EC049), and no
 * extra field repeats a member already written (EC053: the runtime's builder refuses it too).
 */
final class WireRules {
  private WireRules() {}

  /** An HTTP field name: RFC 9110 token characters. */
  private static final Pattern HEADER = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
  /** {@code type/subtype} in RFC 9110 tokens, with optional {@code ;name=value} parameters. */
  private static final Pattern MEDIA_TYPE = Pattern.compile(
      "[!#$%&'*+.^_`|~0-9A-Za-z-]+/[!#$%&'*+.^_`|~0-9A-Za-z-]+"
          + "( *; *[!#$%&'*+.^_`|~0-9A-Za-z-]+=[!#$%&'*+.^_`|~0-9A-Za-z-]+)*");
  /** An XML element name without a namespace prefix (XML 1.0 Name, no colon). */
  private static final Pattern XML_NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}._\\-]*");

  static void check(Wire w, Problems problems) {
    Positions at = w.at();
    written(w.codeField(), "codeField", at, at.of("codeField"), w, problems);
    written(w.messageField(), "messageField", at, at.of("messageField"), w, problems);
    written(w.requestIdField(), "requestIdField", at, at.of("requestIdField"), w, problems);
    List<String> members = new ArrayList<>();
    for (String core : new String[] {w.codeField(), w.messageField(), w.requestIdField()}) {
      if (core != null) {
        members.add(core);
      }
    }
    for (int i = 0; i < w.extraFields().size(); i++) {
      String extra = w.extraFields().get(i);
      written(extra, "extraFields[" + i + "]", at, at.item("extraFields", i), w, problems);
      String repeated = repeated(extra, members);
      if (repeated != null) {
        problems.add(ProblemId.EC053, at.item("extraFields", i), "wire.extraFields[" + i + "]",
            extra, repeated);
      }
      members.add(extra);
    }
    aliases(w.codeField(), w.codeAliases(), "codeAliases", at, problems);
    aliases(w.messageField(), w.messageAliases(), "messageAliases", at, problems);
    aliases(w.requestIdField(), w.requestIdAliases(), "requestIdAliases", at, problems);
    header(w.requestIdHeader(), "requestIdHeader", at, problems);
    header(w.codeHeader(), "codeHeader", at, problems);
    mediaType(w.mediaType(), "wire.mediaType", at.of("mediaType"), problems);
    if (w.xml() != null) {
      String root = w.xml().root();
      if (root != null && !XML_NAME.matcher(root).matches()) {
        problems.add(ProblemId.EC044, w.xml().at().of("root"), "wire.xml.root", "XML element name",
            root);
      }
      mediaType(w.xml().mediaType(), "wire.xml.mediaType", w.xml().at().of("mediaType"), problems);
    }
  }

  /** The member an extra field repeats, ignoring case, or null. */
  private static String repeated(String extra, List<String> members) {
    if (extra != null) {
      for (String m : members) {
        if (m.equalsIgnoreCase(extra)) {
          return m;
        }
      }
    }
    return null;
  }

  /** A member errcat writes: a plain, trimmed name; an XML name too when there is an XML form. */
  private static void written(String name, String field, Positions at,
      Position pos, Wire w, Problems problems) {
    if (name == null) {
      return;
    }
    if (name.isBlank() || !name.equals(name.strip())) {
      problems.add(ProblemId.EC044, pos, "wire." + field, "JSON member name", name);
    } else if (name.indexOf('.') >= 0) {
      problems.add(ProblemId.EC044, pos, "wire." + field,
          "written member name (a dot makes a nested path, which only aliases may be)", name);
    } else if (w.xml() != null && !XML_NAME.matcher(name).matches()) {
      problems.add(ProblemId.EC044, pos, "wire." + field,
          "XML element name (the wire has an XML form)", name);
    }
  }

  /** Aliases: dotted paths of plain names, none repeating the written member or each other. */
  private static void aliases(String primary, List<String> aliases, String field, Positions at,
      Problems problems) {
    List<String> seen = new ArrayList<>();
    if (primary != null) {
      seen.add(primary);
    }
    for (int i = 0; i < aliases.size(); i++) {
      String a = aliases.get(i);
      String path = "wire." + field + "[" + i + "]";
      if (!isPath(a)) {
        problems.add(ProblemId.EC044, at.item(field, i), path,
            "JSON member path (names joined by dots)", a);
        continue;
      }
      String repeated = null;
      for (String s : seen) {
        if (s.toLowerCase(Locale.ROOT).equals(a.toLowerCase(Locale.ROOT))) {
          repeated = s;
        }
      }
      if (repeated != null) {
        problems.add(ProblemId.EC049, at.item(field, i), a, "wire." + field, repeated);
      } else {
        seen.add(a);
      }
    }
  }

  private static boolean isPath(String p) {
    for (String segment : p.split("\\.", -1)) {
      if (segment.isBlank() || !segment.equals(segment.strip())) {
        return false;
      }
    }
    return true;
  }

  private static void header(String name, String field, Positions at, Problems problems) {
    if (name != null && !HEADER.matcher(name).matches()) {
      problems.add(ProblemId.EC044, at.of(field), "wire." + field, "HTTP header name", name);
    }
  }

  private static void mediaType(String type, String path, Position at,
      Problems problems) {
    if (type != null && !MEDIA_TYPE.matcher(type).matches()) {
      problems.add(ProblemId.EC044, at, path, "media type (type/subtype;param=value)", type);
    }
  }
}
