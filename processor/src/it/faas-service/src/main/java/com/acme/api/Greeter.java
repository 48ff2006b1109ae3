package com.acme.api;

import io.errcat.runtime.ErrorCatalog;
import io.errcat.runtime.Raises;

/** A project's own catalog by id: src/main/errcat/greeter.yaml, found with no option. */
@ErrorCatalog("greeter")
public interface Greeter {
  /**
   * Greets.
   *
   * @param name who
   * @return the greeting
   */
  @Raises("NAME_TOO_LONG")
  String greet(String name);
}
