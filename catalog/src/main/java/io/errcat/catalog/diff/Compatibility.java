package io.errcat.catalog.diff;

/** Whether a change between two versions of a catalog can break code or clients built on the old one. */
public enum Compatibility {
  /** Generated code or decoding by existing clients may break: a removed code, a changed status, ... */
  BREAKING,
  /** Existing code keeps compiling and clients keep decoding: an added code, changed prose, ... */
  COMPATIBLE
}
