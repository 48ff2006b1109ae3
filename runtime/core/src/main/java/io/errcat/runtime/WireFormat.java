package io.errcat.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A product's own JSON error body, as a catalog's {@code wire} section configures it: which member
 * holds the code (and whether as a string or a number), the message, the request id, which
 * headers carry the code and the request id, and which extra members to keep.
 *
 * <p>Encoding writes members in that order with the names as configured. Decoding matches member
 * names without regard to case (Function Compute sends {@code errorCode}, its SDKs read {@code
 * ErrorCode}), preferring an exact-case match, and the first member when a name repeats. A code
 * is taken from the body, else from the code header; a request id from the body, else from the
 * request-id header. Decoding never throws.
 */
public final class WireFormat {
  private static final Pattern JSON_INTEGER = Pattern.compile("-?(0|[1-9][0-9]{0,30})");

  private final String codeField;
  private final CodeType codeType;
  private final String messageField;
  private final String requestIdField;
  private final String requestIdHeader;
  private final String codeHeader;
  private final List<String> extraFields;
  /** This format's member names and problem+json's, distinct in any case: read in one pass. */
  private final MemberNames decodeNames;

  private WireFormat(Builder b) {
    codeField = Objects.requireNonNull(b.codeField, "codeField");
    codeType = b.codeType;
    messageField = b.messageField;
    requestIdField = b.requestIdField;
    requestIdHeader = b.requestIdHeader;
    codeHeader = b.codeHeader;
    extraFields = List.copyOf(b.extraFields);
    decodeNames = ProblemDetails.NAMES.plus(names());
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
   * The body for an error: the code (a JSON number when the code type is {@link CodeType#NUMBER}
   * and the code is a plain integer, else a string), the message, the request id and each
   * configured extra member that is set; absent values are left out.
   *
   * @param d the error
   * @return the UTF-8 JSON body
   */
  public byte[] encode(ErrorDetails d) {
    Map<String, String> extras = new LinkedHashMap<>();
    for (String f : extraFields) {
      String v = lookup(d.extras(), f);
      if (v != null) {
        extras.put(f, v);
      }
    }
    boolean ascii = Json.hasLoneSurrogate(d.code()) || Json.hasLoneSurrogate(d.message())
        || Json.hasLoneSurrogate(d.requestId())
        || extras.values().stream().anyMatch(Json::hasLoneSurrogate);
    return Json.write(ascii, g -> {
      if (d.code() != null) {
        writeCode(g, codeField, d.code());
      }
      if (messageField != null && d.message() != null) {
        g.writeStringField(messageField, d.message());
      }
      if (requestIdField != null && d.requestId() != null) {
        g.writeStringField(requestIdField, d.requestId());
      }
      for (Map.Entry<String, String> e : extras.entrySet()) {
        g.writeStringField(e.getKey(), e.getValue());
      }
    });
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

  void writeCode(JsonGenerator g, String field, String code) throws IOException {
    if (codeType == CodeType.NUMBER && JSON_INTEGER.matcher(code).matches()) {
      g.writeFieldName(field);
      g.writeNumber(code);
    } else {
      g.writeStringField(field, code);
    }
  }

  /** Every member name a response in this format or as problem+json is read for. */
  MemberNames decodeNames() {
    return decodeNames;
  }

  /** Reads this format's members from a parsed body into {@code out}. */
  void read(JsonMembers m, DecodedBuilder out) {
    JsonMembers.Member code = m.get(codeField);
    if (code != null && code.token() == JsonToken.VALUE_NUMBER_FLOAT
        && codeType == CodeType.NUMBER) {
      out.code = integral(code.text());
    } else {
      out.code(code);
    }
    if (messageField != null) {
      out.message = m.text(messageField);
    }
    if (requestIdField != null) {
      out.requestId = m.text(requestIdField);
    }
    readExtras(m, out);
  }

  /** Reads the configured extra members that are set into {@code out}. */
  void readExtras(JsonMembers m, DecodedBuilder out) {
    for (String f : extraFields) {
      String v = m.text(f);
      if (v != null) {
        out.extra(f, v);
      }
    }
  }

  /**
   * A float that is a whole number as an integer ({@code 4115.0}, {@code 4.115e3}: some
   * serializers write every number as a float), anything else as written. Huge exponents are left
   * alone rather than expanded.
   */
  private static String integral(String text) {
    try {
      BigDecimal d = new BigDecimal(text).stripTrailingZeros();
      if (d.scale() <= 0 && d.precision() - d.scale() <= 19) {
        return d.toBigIntegerExact().toString();
      }
    } catch (NumberFormatException | ArithmeticException e) {
      // not a plain number after all: keep the text
    }
    return text;
  }

  private List<String> names() {
    List<String> n = new ArrayList<>();
    n.add(codeField);
    if (messageField != null) {
      n.add(messageField);
    }
    if (requestIdField != null) {
      n.add(requestIdField);
    }
    n.addAll(extraFields);
    return n;
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
        + ", extras=" + extraFields + "]";
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
     * Builds the format.
     *
     * @return the immutable wire format
     * @throws NullPointerException when the code field is null
     */
    public WireFormat build() {
      return new WireFormat(this);
    }
  }
}
