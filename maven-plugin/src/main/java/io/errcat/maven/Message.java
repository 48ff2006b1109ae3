package io.errcat.maven;

import java.util.Locale;

/**
 * Every message the plugin prints or fails with, each with a stable id. The catalog problems
 * themselves come from the engine with their own ids ({@code [EC0xx]}).
 */
public enum Message {
  UNKNOWN_BUNDLED("ERRCAT-M01", "there is no bundled catalog '%s'; bundled catalogs are: %s"),
  UNREADABLE_INPUT("ERRCAT-M02", "cannot read catalog %s: %s"),
  CATALOG_ERRORS("ERRCAT-M03", "%s in %s; errcat:%s stopped without writing anything"),
  WRITE_FAILED("ERRCAT-M04", "cannot write %s: %s"),
  GENERATOR_FAILED("ERRCAT-M05", "the errcat engine failed on %s: %s"),
  NO_BASELINE("ERRCAT-M06", "errcat:diff needs a baseline: set <baseline> (a directory) or <baselineArtifact> (groupId:artifactId:version)"),
  BAD_COORDINATES("ERRCAT-M07", "baselineArtifact '%s' is not groupId:artifactId:version (or g:a:extension:version)"),
  BASELINE_UNRESOLVED("ERRCAT-M08", "cannot resolve baseline artifact %s: %s"),
  BASELINE_EMPTY("ERRCAT-M09", "the baseline %s holds no catalogs (looked for %s)"),
  BASELINE_BROKEN("ERRCAT-M10", "baseline catalog %s could not be read: %s"),
  BREAKING("ERRCAT-M11", "%s against the baseline; set errcat.allowBreaking to accept them"),
  DUPLICATE_ID("ERRCAT-M12", "catalog '%s' is given twice: %s and %s"),
  CHECK_FAILED("ERRCAT-M13", "%s in %s"),
  NO_SUCH_CODE("ERRCAT-M15", "%s"),
  STALE_ACKNOWLEDGEMENT("ERRCAT-M16", "%s: acknowledges %s '%s' %s, which did not change: remove it, or it would let the next such break through"),
  STALE_ACKNOWLEDGEMENTS("ERRCAT-M17", "%s name changes that did not happen"),
  BAD_ACKNOWLEDGEMENTS("ERRCAT-M18", "%s has problems; errcat:diff did not compare"),
  BAD_TRAFFIC_LINE("ERRCAT-M19", "%s (skipped; the good lines are used)"),
  LEARNED("ERRCAT-M27", "%s: %s"),
  BAD_PACKAGE("ERRCAT-M14", "errcat.package '%s' is not a Java package name (e.g. com.acme.errors)"),
  SKIPPED("ERRCAT-M20", "errcat:%s skipped (errcat.skip)"),
  UP_TO_DATE("ERRCAT-M21", "%s up to date, nothing written"),
  WROTE("ERRCAT-M22", "%s: %d written, %d unchanged, %d deleted"),
  NO_CATALOGS("ERRCAT-M23", "no catalogs in %s and no bundled catalogs configured"),
  CHECK_SUMMARY("ERRCAT-M24", "%s checked: %s"),
  DIFF_SUMMARY("ERRCAT-M25", "%s against %s: %s"),
  BASELINE_PROBLEMS("ERRCAT-M26", "the baseline %s has problems; comparing what could be read");

  private final String id;
  private final String template;

  Message(String id, String template) {
    this.id = id;
    this.template = template;
  }

  public String id() {
    return id;
  }

  /** {@code [ERRCAT-M01] sentence} with the arguments filled in. */
  public String format(Object... args) {
    return "[" + id + "] " + String.format(Locale.ROOT, template, args);
  }

  /** "1 error", "2 errors": counts in messages read as English. */
  public static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
