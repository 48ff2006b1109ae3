package io.errcat.catalog.model;

/** One parameter of a message template, in the order of the template's format specifiers. */
public record Param(String name, ParamType type, Positions at) {}
