package io.errcat.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * A product's own error body, as a catalog's {@code wire} section configures it: which member
 * holds the code (and whether as a string or a number), the message, the request id, which
 * headers carry the code and the request id, which extra members to keep, the media type of its
 * JSON, its XML form if it has one, and whether a server mints request ids.
 *
 * <p>Encoding writes members in that order with the names as configured, as JSON or, for a format
 * with an XML form, as the children of the XML root element. Decoding matches member names
 * without regard to case (Function Compute's documents say {@code errorCode}, its servers send
 * {@code ErrorCode}), preferring an exact-case match, and the first member when a name repeats;
 * each of code, message and request id is taken from the first of its member and its aliases that
 * is present. An alias may be a dotted path into a nested object ({@code error.code}). A code is
 * taken from the body, else from the code header; a request id from the body, else from the
 * request-id header. XML is read when the response's content type says XML and the format has an
 * XML form. Decoding never throws.
 */
public final class WireFormat {
  private static final Pattern JSON_INTEGER = Pattern.compile("-?(0|[1-9][0-9]{0,30})");

  /** What JSON answers are labelled with unless the catalog says otherwise. */
  public static final String DEFAULT_MEDIA_TYPE = "application/json";

  /** What XML answers are labelled with unless the catalog says otherwise. */
  public static final String DEFAULT_XML_MEDIA_TYPE = "text/xml";

  private final String codeField;
  private final CodeType codeType;
  private final String messageField;
  private final String requestIdField;
  private final String requestIdHeader;
  private final String codeHeader;
  private final List<String> extraFields;
  private final List<String> codeAliases;
  private final List<String> messageAliases;
  private final List<String> requestIdAliases;
  private final String mediaType;
  private final String xmlRoot;
  private final String xmlMediaType;
  private final RequestIdMint requestIdMint;
  /** How a body in this format is read: its member paths and names, decided once. */
  private final WireReading reading;

  private WireFormat(Builder b) {
    codeField = Objects.requireNonNull(b.codeField, "codeField");
    codeType = b.codeType;
    messageField = b.messageField;
    requestIdField = b.requestIdField;
    requestIdHeader = b.requestIdHeader;
    codeHeader = b.codeHeader;
    extraFields = List.copyOf(b.extraFields);
    codeAliases = List.copyOf(b.codeAliases);
    messageAliases = List.copyOf(b.messageAliases);
    requestIdAliases = List.copyOf(b.requestIdAliases);
    mediaType = b.mediaType == null ? DEFAULT_MEDIA_TYPE : b.mediaType;
    xmlRoot = b.xmlRoot;
    xmlMediaType = b.xmlRoot == null ? null
        : b.xmlMediaType == null ? DEFAULT_XML_MEDIA_TYPE : b.xmlMediaType;
    requestIdMint = b.requestIdMint;
    reading = new WireReading(this);
  }

  /**
   * Starts a wire format whose code travels in {@code codeField}.
   *
   * @param codeField the JSON member holding the code, e.g. {@code Code}
   * @return a builder
   */
  public static Builder builder(String codeField) {
    return new Builder(codeField);
  }

  /**
   * The JSON member holding the code.
   *
   * @return the member name
   */
  public String codeField() {
    return codeField;
  }

  /**
   * How the code is written in the body.
   *
   * @return the code type
   */
  public CodeType codeType() {
    return codeType;
  }

  /**
   * The JSON member holding the message.
   *
   * @return the member name, or {@code null}
   */
  public String messageField() {
    return messageField;
  }

  /**
   * The JSON member holding the request id.
   *
   * @return the member name, or {@code null}
   */
  public String requestIdField() {
    return requestIdField;
  }

  /**
   * The header carrying the request id.
   *
   * @return the header name, or {@code null}
   */
  public String requestIdHeader() {
    return requestIdHeader;
  }

  /**
   * The header that also carries the code.
   *
   * @return the header name, or {@code null}
   */
  public String codeHeader() {
    return codeHeader;
  }

  /**
   * Further members kept on decode and written on encode when set.
   *
   * @return the member names, immutable
   */
  public List<String> extraFields() {
    return extraFields;
  }

  /**
   * Further member paths the code is read from, in order, after {@link #codeField()}.
   *
   * @return the aliases, immutable
   */
  public List<String> codeAliases() {
    return codeAliases;
  }

  /**
   * Further member paths the message is read from, in order, after {@link #messageField()}.
   *
   * @return the aliases, immutable
   */
  public List<String> messageAliases() {
    return messageAliases;
  }

  /**
   * Further member paths the request id is read from, in order, after {@link #requestIdField()}.
   *
   * @return the aliases, immutable
   */
  public List<String> requestIdAliases() {
    return requestIdAliases;
  }

  /**
   * The {@code Content-Type} of JSON answers.
   *
   * @return the media type, {@value #DEFAULT_MEDIA_TYPE} unless configured
   */
  public String mediaType() {
    return mediaType;
  }

  /**
   * The root element of the XML form.
   *
   * @return the element name, or {@code null} when the format has no XML form
   */
  public String xmlRoot() {
    return xmlRoot;
  }

  /**
   * The {@code Content-Type} of XML answers.
   *
   * @return the media type, or {@code null} when the format has no XML form
   */
  public String xmlMediaType() {
    return xmlMediaType;
  }

  /**
   * How a server mints a request id for an answer to a caller that sent none.
   *
   * @return the style, or {@code null} when answers carry only the ids they are given
   */
  public RequestIdMint requestIdMint() {
    return requestIdMint;
  }

  /**
   * The body for an error: the code (a JSON number when the code type is {@link CodeType#NUMBER}
   * and the code is a plain integer, else a string), the message, the request id and each
   * configured extra member that is set; absent values are left out.
   *
   * @param d the error
   * @return the UTF-8 JSON body
   */
  public byte[] encode(ErrorDetails d) {
    return JsonWriter.write(w -> members(d, (name, value) -> {
      if (name.equals(codeField)) {
        writeCode(w, name, value);
      } else {
        w.string(name, value);
      }
    }));
  }

  /**
   * Hands over the members of an error's body, in wire order: code, message, request id, then
   * each configured extra that is set. The one member list both writers write, so JSON and XML
   * carry the same members; handed over one by one, as the writers' two passes ask for them,
   * without a list made for each body.
   */
  private void members(ErrorDetails d, BiConsumer<String, String> member) {
    if (d.code() != null) {
      member.accept(codeField, d.code());
    }
    if (messageField != null && d.message() != null) {
      member.accept(messageField, d.message());
    }
    if (requestIdField != null && d.requestId() != null) {
      member.accept(requestIdField, d.requestId());
    }
    for (String f : extraFields) {
      String v = lookup(d.extras(), f);
      if (v != null) {
        member.accept(f, v);
      }
    }
  }

  /**
   * The XML body for an error: an XML declaration and the root element holding one child element
   * per member, in the order and with the names of {@link #encode(ErrorDetails)}. Characters that
   * XML 1.0 cannot carry (most control characters, unpaired surrogates) become U+FFFD.
   *
   * @param d the error
   * @return the UTF-8 XML body
   * @throws IllegalStateException when the format has no XML form
   */
  public byte[] encodeXml(ErrorDetails d) {
    if (xmlRoot == null) {
      throw new IllegalStateException("this wire format has no XML form: " + this);
    }
    return XmlWriter.write(xmlRoot, w -> members(d, w::element));
  }

  /**
   * Reads an error response in this format, looking at most {@link
   * HttpErrorCodec#DEFAULT_MAX_BODY} bytes. Never throws.
   *
   * @param status the HTTP status
   * @param headers the response headers (any case; {@code null} allowed)
   * @param body the body ({@code null} allowed)
   * @return what the response said, with a failure when it fell short
   */
  public DecodedBody decode(int status, Map<String, List<String>> headers, byte[] body) {
    return Decoding.decode(this, false, status, headers, body, HttpErrorCodec.DEFAULT_MAX_BODY,
        HttpErrorCodec.DEFAULT_MAX_EXCERPT);
  }

  void writeCode(JsonWriter w, String field, String code) {
    if (codeType == CodeType.NUMBER && JSON_INTEGER.matcher(code).matches()) {
      w.number(field, code);
    } else {
      w.string(field, code);
    }
  }

  /** How a body in this format is read (the decoders' side of the format). */
  WireReading reading() {
    return reading;
  }

  static String lookup(Map<String, String> map, String name) {
    String v = map.get(name);
    if (v != null) {
      return v;
    }
    for (Map.Entry<String, String> e : map.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name)) {
        return e.getValue();
      }
    }
    return null;
  }

  /**
   * The configuration, for logs.
   *
   * @return a description
   */
  @Override
  public String toString() {
    return "WireFormat[code=" + codeField + " (" + codeType + "), message=" + messageField
        + ", requestId=" + requestIdField + "/" + requestIdHeader + ", codeHeader=" + codeHeader
        + ", extras=" + extraFields + ", aliases=" + codeAliases + "/" + messageAliases + "/"
        + requestIdAliases + ", mediaType=" + mediaType + ", xml=" + xmlRoot + "/" + xmlMediaType
        + ", mint=" + requestIdMint + "]";
  }

  /** Builds a {@link WireFormat}; every setter but the code field's accepts {@code null}. */
  public static final class Builder {
    private final String codeField;
    private CodeType codeType = CodeType.STRING;
    private String messageField;
    private String requestIdField;
    private String requestIdHeader;
    private String codeHeader;
    private final List<String> extraFields = new ArrayList<>();
    private final List<String> codeAliases = new ArrayList<>();
    private final List<String> messageAliases = new ArrayList<>();
    private final List<String> requestIdAliases = new ArrayList<>();
    private String mediaType;
    private String xmlRoot;
    private String xmlMediaType;
    private RequestIdMint requestIdMint;

    private Builder(String codeField) {
      this.codeField = codeField;
    }

    /**
     * Sets how the code is written; default {@link CodeType#STRING}.
     *
     * @param v the code type
     * @return this builder
     */
    public Builder codeType(CodeType v) {
      codeType = v == null ? CodeType.STRING : v;
      return this;
    }

    /**
     * Sets the message member.
     *
     * @param v the member name
     * @return this builder
     */
    public Builder messageField(String v) {
      messageField = v;
      return this;
    }

    /**
     * Sets the request-id member.
     *
     * @param v the member name
     * @return this builder
     */
    public Builder requestIdField(String v) {
      requestIdField = v;
      return this;
    }

    /**
     * Sets the request-id header.
     *
     * @param v the header name
     * @return this builder
     */
    public Builder requestIdHeader(String v) {
      requestIdHeader = v;
      return this;
    }

    /**
     * Sets the header that also carries the code.
     *
     * @param v the header name
     * @return this builder
     */
    public Builder codeHeader(String v) {
      codeHeader = v;
      return this;
    }

    /**
     * Adds extra members to keep and write.
     *
     * @param names the member names
     * @return this builder
     */
    public Builder extraFields(String... names) {
      for (String n : names) {
        extraFields.add(Objects.requireNonNull(n, "extra field"));
      }
      return this;
    }

    /**
     * Adds member paths the code is also read from ({@code code}, {@code error.code}).
     *
     * @param paths the member names or dotted paths
     * @return this builder
     */
    public Builder codeAliases(String... paths) {
      return add(codeAliases, paths);
    }

    /**
     * Adds member paths the message is also read from.
     *
     * @param paths the member names or dotted paths
     * @return this builder
     */
    public Builder messageAliases(String... paths) {
      return add(messageAliases, paths);
    }

    /**
     * Adds member paths the request id is also read from.
     *
     * @param paths the member names or dotted paths
     * @return this builder
     */
    public Builder requestIdAliases(String... paths) {
      return add(requestIdAliases, paths);
    }

    /**
     * Sets the {@code Content-Type} of JSON answers; default {@value #DEFAULT_MEDIA_TYPE}.
     *
     * @param v the media type, or {@code null} for the default
     * @return this builder
     */
    public Builder mediaType(String v) {
      mediaType = v;
      return this;
    }

    /**
     * Gives the format an XML form: the members become child elements of {@code root}.
     *
     * @param root the root element's name, e.g. {@code Error}
     * @param mediaType the {@code Content-Type} of XML answers, or {@code null} for {@value
     *     #DEFAULT_XML_MEDIA_TYPE}
     * @return this builder
     */
    public Builder xml(String root, String mediaType) {
      xmlRoot = Objects.requireNonNull(root, "root");
      xmlMediaType = mediaType;
      return this;
    }

    /**
     * Sets how a server mints a request id when an answer has none.
     *
     * @param v the style, or {@code null} for none
     * @return this builder
     */
    public Builder requestIdMint(RequestIdMint v) {
      requestIdMint = v;
      return this;
    }

    private Builder add(List<String> to, String... paths) {
      for (String p : paths) {
        to.add(Objects.requireNonNull(p, "alias"));
      }
      return this;
    }

    /**
     * Builds the format.
     *
     * @return the immutable wire format
     * @throws NullPointerException when the code field is null
     * @throws IllegalArgumentException when an extra field repeats, in any case, the code,
     *     message or request id member or an earlier extra
     */
    public WireFormat build() {
      List<String> written = new ArrayList<>();
      for (String core : new String[] {codeField, messageField, requestIdField}) {
        if (core != null) {
          written.add(core);
        }
      }
      for (String extra : extraFields) {
        for (String w : written) {
          if (w.equalsIgnoreCase(extra)) {
            // a body with the member twice reads differently in every parser (the checker
            // reports it as EC053 before any code is generated)
            throw new IllegalArgumentException("extra field '" + extra + "' repeats the member '"
                + w + "' already written");
          }
        }
        written.add(extra);
      }
      return new WireFormat(this);
    }
  }
}
