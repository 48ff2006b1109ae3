package it;

/** The library's own code: it knows no catalog. */
public final class Library {
  private Library() {}

  /** @return a greeting */
  public static String hello() {
    return "hello";
  }
}
