package io.errcat.catalog.model;

/**
 * One breaking change a release means to make, as a checked-in file acknowledges it: what it is
 * about ({@code subject}: {@code code}, {@code operation}, {@code wire} or {@code catalog}, with
 * its {@code name}), what kind of change ({@code change}, e.g. {@code status}), why, and
 * optionally which catalog (else any).
 *
 * @param catalog the catalog's id, or null for any catalog
 * @param subject {@code code}, {@code operation}, {@code wire} or {@code catalog}
 * @param name the code, operation id, wire field or catalog id
 * @param change the kind of change
 * @param reason why the release breaks it
 * @param at where each part was written
 */
public record Acknowledgement(String catalog, String subject, String name, String change,
    String reason, Positions at) {

  /**
   * Every kind of breaking change, by subject: what an acknowledgement may name and what the
   * diff labels its breaking changes with.
   */
  public static final java.util.Map<String, java.util.List<String>> KINDS = java.util.Map.of(
      "code", java.util.List.of("removed", "javaName", "status", "message", "params",
          "operations", "variant"),
      "operation", java.util.List.of("removed", "action"),
      "wire", java.util.List.of("changed"),
      "catalog", java.util.List.of("removed", "javaPackage", "javaPrefix", "wire"));
}
