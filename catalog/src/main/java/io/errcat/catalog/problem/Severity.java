package io.errcat.catalog.problem;

/** How bad a problem is: errors stop generation, warnings do not. */
public enum Severity {
  ERROR,
  WARNING
}
