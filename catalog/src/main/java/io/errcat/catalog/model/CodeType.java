package io.errcat.catalog.model;

/** How a code travels in the JSON body: as a string, or as a JSON number (openYuanrong REST). */
public enum CodeType {
  STRING,
  NUMBER
}
