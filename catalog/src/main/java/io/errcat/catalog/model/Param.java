package io.errcat.catalog.model;

/** One parameter of a message template, in the order of the template's format specifiers. */
public record Param(String name, ParamType type, Positions at) {

  /** {@code int count}: the parameter as messages about a parameter list show it. */
  public String declaration() {
    return type.yamlName() + " " + name;
  }
}
