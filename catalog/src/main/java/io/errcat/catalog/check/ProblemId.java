package io.errcat.catalog.check;

/**
 * Every problem the loader and checker report, with a stable id. Ids are never reused or
 * renumbered; docs/problems.md explains each one.
 */
public enum ProblemId {
  /** The file is not well-formed YAML. */
  EC001;
}
