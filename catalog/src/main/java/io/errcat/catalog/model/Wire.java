package io.errcat.catalog.model;

import java.util.List;

/**
 * How an error travels over HTTP. Field names are JSON member names (matched without regard to
 * case on decode, written as given on encode); header names are HTTP headers. Any may be null
 * except {@code codeField}.
 */
public record Wire(
    String codeField,
    CodeType codeType,
    String messageField,
    String requestIdField,
    String requestIdHeader,
    String codeHeader,
    List<String> extraFields,
    Positions at) {

  public Wire {
    codeType = codeType == null ? CodeType.STRING : codeType;
    extraFields = List.copyOf(extraFields);
  }
}
