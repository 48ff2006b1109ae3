package io.errcat.catalog.problem;

import java.util.Locale;

/**
 * Every problem the loader and checker report, with a stable id, a default severity, a short
 * description and the sentence template of its message. Ids are never reused or renumbered;
 * docs/problems.md explains each one with an example and a fix.
 */
public enum ProblemId {
  // --- reading the file (loader) -------------------------------------------------------------
  EC001(Severity.ERROR, "The file is not well-formed YAML.", "YAML syntax error: %s."),
  EC002(Severity.ERROR, "The file is larger than the loader's size limit.",
      "The file has %d bytes, more than the limit of %d bytes."),
  EC003(Severity.ERROR, "The file is not valid UTF-8.",
      "The file is not valid UTF-8: malformed byte 0x%02X at byte offset %d."),
  EC004(Severity.ERROR, "A tab is used for indentation.",
      "A tab character is used for indentation; YAML indents with spaces only."),
  EC005(Severity.ERROR, "A character that YAML does not allow in a file.",
      "The character U+%04X is not allowed in a YAML file."),
  EC006(Severity.ERROR, "A key appears twice in one mapping.",
      "The key '%s' appears twice in this mapping (first at line %d, column %d)."),
  EC007(Severity.ERROR, "An explicit YAML tag; tags are never honoured.",
      "The tag '%s' is not allowed: catalogs hold plain text, never typed objects."),
  EC008(Severity.ERROR, "Collections are nested deeper than the loader's limit.",
      "Collections are nested deeper than the limit of %d levels."),
  EC009(Severity.ERROR, "Too many anchors or aliases (alias bomb guard).",
      "The file uses more than %d aliases; anchors and aliases are limited to keep loading bounded."),
  EC010(Severity.ERROR, "The file cannot be read.", "The file cannot be read: %s."),
  EC011(Severity.ERROR, "The file does not hold exactly one YAML document.", "%s."),
  EC012(Severity.ERROR, "A key that the format does not define (often a typo).",
      "Unknown key '%s' in %s."),
  EC013(Severity.ERROR, "A value of the wrong type.", "%s must be %s, but is %s."),
  EC014(Severity.ERROR, "A required field is missing.", "The required field '%s' is missing from %s."),
  EC015(Severity.ERROR, "A required field is empty.", "The required field '%s' is empty."),
  EC016(Severity.WARNING, "An unquoted value that YAML would resolve to a non-text type.",
      "The unquoted value '%s' of '%s' is read as the text '%s', but other YAML tools read it as %s; quote it."),
  EC017(Severity.ERROR, "An unexpected failure inside the loader or checker (a bug in errcat).",
      "errcat failed unexpectedly while reading this file (%s); please report it."),
  // --- catalog rules (checker) ---------------------------------------------------------------
  EC018(Severity.ERROR, "An unsupported catalog format version.",
      "The catalog format version is %s; this errcat reads version %d."),
  EC019(Severity.ERROR, "The product id does not match [a-z][a-z0-9-]*.",
      "The product id '%s' must match [a-z][a-z0-9-]* (lower-case letters, digits and '-', starting with a letter)."),
  EC020(Severity.ERROR, "The product id differs from the file name.",
      "The product id '%s' must equal the file name '%s'."),
  EC021(Severity.ERROR, "One code appears in several entries whose operations overlap.",
      "The code '%s' is already defined at line %d, column %d for %s; entries of one code need disjoint operations."),
  EC022(Severity.ERROR, "An entry names an operation the catalog does not declare.",
      "The operation '%s' is not declared in 'operations'."),
  EC023(Severity.ERROR, "Two operations have the same id.",
      "The operation '%s' is already declared at line %d, column %d."),
  EC024(Severity.ERROR, "An HTTP status outside 100-599.",
      "'%s' is %s; an HTTP status must be between 100 and 599."),
  EC025(Severity.ERROR, "The params do not match the number of %s/%d in the message.",
      "The message has %d format specifier(s) but %d param(s) are declared."),
  EC026(Severity.ERROR, "A param's type does not fit its format specifier.",
      "The param '%s' is %s but its specifier %s needs %s."),
  EC027(Severity.ERROR, "A param name is not a valid Java identifier.",
      "The param name '%s' is not a valid Java identifier."),
  EC028(Severity.ERROR, "Two params of one entry have the same name.",
      "The param name '%s' is already used at line %d, column %d."),
  EC029(Severity.ERROR, "A format specifier other than %s, %d and %%.",
      "The format specifier '%s' is not supported; use %%s, %%d or %%%% only."),
  EC030(Severity.ERROR, "A Java name that is not a valid identifier.",
      "'%s' is not a valid Java %s name."),
  EC031(Severity.ERROR, "A Java name that is a reserved word.",
      "'%s' is a Java reserved word and cannot name a %s."),
  EC032(Severity.ERROR, "Two different codes or operations map to one Java constant.",
      "'%s' maps to the Java constant %s, which '%s' at line %d, column %d already uses."),
  EC033(Severity.ERROR, "Two codes would get factory methods of the same name.",
      "The factory method %s(%s) of '%s' collides with the factory of '%s' at line %d, column %d."),
  EC034(Severity.ERROR, "product.java.package is not a valid Java package name.",
      "'%s' is not a valid Java package name."),
  EC035(Severity.ERROR, "product.java.prefix is not a valid Java type-name prefix.",
      "'%s' is not a valid prefix for Java type names (an upper-case letter, then letters and digits)."),
  EC036(Severity.ERROR, "A value that is not one of the allowed values.",
      "'%s' must be one of %s, but is '%s'."),
  EC037(Severity.ERROR, "retry.after is not a positive ISO-8601 duration.",
      "'%s' is not a positive ISO-8601 duration such as PT10M or PT30S."),
  EC038(Severity.ERROR, "An endpoint field is not a bare host name.",
      "'%s' is not a host name (no scheme, path, port or spaces): '%s'."),
  EC039(Severity.ERROR, "Two endpoints have the same region id.",
      "The region '%s' is already listed at line %d, column %d."),
  EC040(Severity.WARNING, "A non-numeric code in a catalog whose wire codeType is number.",
      "The code '%s' is not a decimal number, but wire.codeType is number."),
  EC041(Severity.ERROR, "Entries of one code declare different Java names.",
      "The code '%s' is named %s here but %s at line %d, column %d; one code is one Java constant."),
  EC042(Severity.WARNING, "A code with leading or trailing white space.",
      "The code '%s' has leading or trailing white space, which the wire will rarely carry."),
  EC043(Severity.WARNING, "The catalog lists no errors.", "The catalog lists no errors."),
  EC044(Severity.ERROR, "A wire field or header name that is not valid.",
      "'%s' is not a valid %s: '%s'."),
  EC045(Severity.WARNING, "An entry without a message, description or solution.",
      "The entry '%s' has no message, description or solution."),
  EC046(Severity.ERROR, "Entries of one code declare different params.",
      "The code '%s' has params (%s) here but (%s) at line %d, column %d; its factory needs one parameter list."),
  EC047(Severity.ERROR, "More problems than are reported for one file.",
      "%d more problems were found in this part of the file but are not listed (the limit is %d)."),
  EC048(Severity.WARNING, "A factory method would be named like a member of the generated exception.",
      "The factory method of '%s' would be named %s, like a member of the generated exception; it is generated as %s_ unless the entry gets a name."),
  EC049(Severity.WARNING, "A wire alias that repeats a name already read.",
      "The alias '%s' in %s repeats '%s' (names are read ignoring case), so it reads nothing new."),
  EC050(Severity.ERROR, "More YAML values than the loader's limit.",
      "The file holds more than %d values (texts, mappings and lists); loading stops here to stay within memory."),
  EC051(Severity.ERROR, "A text too long for a Java string constant.",
      "%s is %d characters and %d bytes as a class file counts them (modified UTF-8); javac takes a string constant of at most 65534 characters and 65535 bytes."),
  EC052(Severity.ERROR, "A text with an unpaired surrogate.",
      "%s holds an unpaired UTF-16 surrogate (\\u%04X), which no UTF-8 output (Java, JSON, HTML) can carry."),
  EC053(Severity.ERROR, "An extra field that repeats a member already written.",
      "%s is '%s', which repeats the member '%s' (names are matched ignoring case): the body would carry it twice."),
  EC054(Severity.ERROR, "A deprecated code's replacement that is no live code of the catalog.",
      "The code '%s' is deprecated in favour of '%s', which %s."),
  EC055(Severity.ERROR, "Entries of one code that disagree on its deprecation.",
      "This entry of '%s' says %s about deprecation, the entry at line %d, column %d says %s: a code is deprecated as a whole."),
  EC056(Severity.ERROR, "A live entry that reuses a retired code.",
      "The code '%s' %s the retired code '%s' (retired at line %d, column %d): a retired code is never used again, so that old clients never read a new meaning into it."),
  EC057(Severity.ERROR, "A malformed acknowledgement of a breaking change.",
      "%s."),
  EC058(Severity.ERROR, "A language tag that is not BCP 47.",
      "%s '%s' is not a BCP 47 language tag (%s): write it as zh-CN, pt-BR, ar or zh-Hant-TW."),
  EC059(Severity.ERROR, "A translated message whose placeholders disagree with the params.",
      "The %s message of '%s' %s."),
  EC060(Severity.ERROR, "An entry without a message in a language the catalog declares.",
      "'%s' has no message in %s, which the catalog's locales list."),
  EC061(Severity.WARNING, "A translation in a language the catalog does not declare.",
      "'%s' is not among the catalog's locales (%s): its texts are used, but no entry is checked for them."),
  EC062(Severity.ERROR, "Two spellings of one language.",
      "'%s' %s."),
  EC063(Severity.ERROR, "A gRPC reason that breaks AIP-193.",
      "The reason '%s' of '%s' is %s: AIP-193 wants UPPER_SNAKE_CASE ([A-Z][A-Z0-9_]+[A-Z0-9]) of at most 63 characters."),
  EC064(Severity.ERROR, "Two codes with one gRPC reason.",
      "'%s' has the reason '%s', as '%s' has (line %d, column %d): gRPC clients tell codes apart by domain and reason."),
  EC065(Severity.WARNING, "A gRPC status that contradicts the HTTP status.",
      "'%s' is HTTP %d but gRPC %s, which google/rpc/code.proto maps to HTTP %d."),
  EC066(Severity.ERROR, "An unknown gRPC status.",
      "'%s' is no canonical gRPC status code of google/rpc/code.proto (NOT_FOUND, ALREADY_EXISTS, UNAVAILABLE, ...)."),
  EC067(Severity.ERROR, "Entries of one code that disagree on its gRPC reason.",
      "This entry of '%s' gives the reason '%s', the entry at line %d, column %d gives '%s': a code has one reason."),
  EC068(Severity.ERROR, "A gRPC domain that is no domain name.",
      "The gRPC domain '%s' is no domain name: lower-case labels of letters, digits and hyphens, separated by dots (e.g. fc.aliyuncs.com).");

  private final Severity severity;
  private final String description;
  private final String template;

  ProblemId(Severity severity, String description, String template) {
    this.severity = severity;
    this.description = description;
    this.template = template;
  }

  /** The severity problems of this id have. */
  public Severity severity() {
    return severity;
  }

  /** One sentence on what this id means, as in docs/problems.md. */
  public String description() {
    return description;
  }

  /** Longest catalog text quoted in a message; longer texts are cut (a code may be megabytes). */
  static final int MAX_QUOTE = 120;

  /** The message of one problem of this id, from its template and arguments. */
  public String format(Object... args) {
    Object[] shown = args.clone();
    for (int i = 0; i < shown.length; i++) {
      if (shown[i] instanceof String s && s.length() > MAX_QUOTE) {
        shown[i] = s.substring(0, MAX_QUOTE) + "...";
      }
    }
    return String.format(Locale.ROOT, template, shown);
  }
}
