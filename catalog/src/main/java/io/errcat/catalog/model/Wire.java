package io.errcat.catalog.model;

import java.util.List;

/**
 * How an error travels over HTTP. Field names are JSON member names (matched without regard to
 * case on decode, written as given on encode); aliases are further member names or dotted paths
 * into nested objects ({@code error.code}) that are read, never written; header names are HTTP
 * headers. Any may be null (lists empty) except {@code codeField}.
 *
 * @param mediaType the {@code Content-Type} of JSON answers, or null for {@code application/json}
 * @param xml the XML form of the body, or null when there is none
 * @param mintRequestId how a server mints a request id for an answer without one, or null
 * @param notes where the product's documents and its live wire differ, or null
 */
public record Wire(
    String codeField,
    CodeType codeType,
    String messageField,
    String requestIdField,
    String requestIdHeader,
    String codeHeader,
    List<String> extraFields,
    List<String> codeAliases,
    List<String> messageAliases,
    List<String> requestIdAliases,
    String mediaType,
    Xml xml,
    RequestIdMint mintRequestId,
    String notes,
    Positions at) {

  public Wire {
    codeType = codeType == null ? CodeType.STRING : codeType;
    extraFields = List.copyOf(extraFields);
    codeAliases = codeAliases == null ? List.of() : List.copyOf(codeAliases);
    messageAliases = messageAliases == null ? List.of() : List.copyOf(messageAliases);
    requestIdAliases = requestIdAliases == null ? List.of() : List.copyOf(requestIdAliases);
  }

  /** A flat JSON wire with no aliases, XML form or minted ids. */
  public Wire(String codeField, CodeType codeType, String messageField, String requestIdField,
      String requestIdHeader, String codeHeader, List<String> extraFields, Positions at) {
    this(codeField, codeType, messageField, requestIdField, requestIdHeader, codeHeader,
        extraFields, List.of(), List.of(), List.of(), null, null, null, null, at);
  }

  /**
   * The XML form of the body: the members become child elements of {@code root}.
   *
   * @param root the root element, e.g. {@code Error}
   * @param mediaType the {@code Content-Type} of XML answers, or null for {@code text/xml}
   */
  public record Xml(String root, String mediaType, Positions at) {}
}
