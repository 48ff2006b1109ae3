package io.errcat.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An RFC 9457 problem ({@code application/problem+json}): {@code type}, {@code title}, {@code
 * status}, {@code detail}, {@code instance} and extension members. errcat writes the code, request
 * id and operation as the extensions {@code code}, {@code requestId} and {@code operation} (the code
 * always as a string), plus the catalog's extra members.
 *
 * @param type the problem type URI ({@code about:blank} when there is none), never null on encode
 * @param title a short summary of the problem type, or null
 * @param status the HTTP status, or {@code 0} when absent
 * @param detail this occurrence's explanation, or null
 * @param instance a URI for this occurrence, or null
 * @param extensions further scalar members as text, in document order, never null
 */
public record ProblemDetails(
    String type, String title, int status, String detail, String instance,
    Map<String, String> extensions) {

  /** The media type of a problem body. */
  public static final String MEDIA_TYPE = "application/problem+json";

  /** The type of a problem that has no more specific one (RFC 9457 §4.2.1). */
  public static final String ABOUT_BLANK = "about:blank";

  /** The standard members, which an extension may not shadow. */
  static final Set<String> STANDARD = Set.of("type", "title", "status", "detail", "instance");

  /** Every member name the decoder reads from a problem (matched in any case). */
  static final MemberNames NAMES = MemberNames.of(
      "type", "title", "status", "detail", "instance", "code", "requestId", "operation");

  /**
   * Makes {@code extensions} an immutable copy without standard member names.
   *
   * @param type see the record component
   * @param title see the record component
   * @param status see the record component
   * @param detail see the record component
   * @param instance see the record component
   * @param extensions see the record component
   */
  public ProblemDetails {
    Map<String, String> ext = new LinkedHashMap<>();
    if (extensions != null) {
      extensions.forEach((k, v) -> {
        if (k != null && v != null && !STANDARD.contains(k)) {
          ext.put(k, v);
        }
      });
    }
    extensions = ext.isEmpty() ? Map.of() : Collections.unmodifiableMap(ext);
  }

  /**
   * The problem for an error: {@code type} is {@code typeBase} followed by the error's constant name
   * (its anchor in the HTML reference), or {@code about:blank} for an unknown error or without a
   * base; {@code title} is the catalog message when it is not a template, else the code; {@code
   * detail} is the occurrence's message; extensions {@code code}, {@code requestId}, {@code
   * operation} and the extras.
   *
   * @param d the error
   * @param typeBase the URL of the catalog's HTML reference up to and including {@code #}, or null
   * @return the problem
   */
  public static ProblemDetails of(ErrorDetails d, String typeBase) {
    return of(d, typeBase, d.error() == null ? null : d.error().name());
  }

  /** As {@link #of(ErrorDetails, String)}, the type ending with {@code anchor}. */
  static ProblemDetails of(ErrorDetails d, String typeBase, String anchor) {
    String type = typeBase != null && d.error() != null ? typeBase + anchor : ABOUT_BLANK;
    // the title is the code's own text, in the language the message was rendered in
    String template = d.error() != null
        ? d.error().variants().get(0).message(d.language()) : null;
    String title = template != null && template.indexOf('%') < 0 ? template : d.code();
    Map<String, String> ext = new LinkedHashMap<>();
    putIfSet(ext, "code", d.code());
    putIfSet(ext, "requestId", d.requestId());
    putIfSet(ext, "operation", d.operation());
    d.extras().forEach(ext::putIfAbsent);
    return new ProblemDetails(type, title, d.httpStatus(), d.message(), null, ext);
  }

  /**
   * The JSON body: standard members first (absent ones left out; {@code type} defaults to {@code
   * about:blank}), then the extensions as strings.
   *
   * @return the UTF-8 JSON body
   */
  public byte[] encode() {
    return JsonWriter.write(w -> {
      w.string("type", type == null ? ABOUT_BLANK : type);
      if (title != null) {
        w.string("title", title);
      }
      if (status != 0) {
        w.number("status", Integer.toString(status));
      }
      if (detail != null) {
        w.string("detail", detail);
      }
      if (instance != null) {
        w.string("instance", instance);
      }
      for (Map.Entry<String, String> e : extensions.entrySet()) {
        w.string(e.getKey(), e.getValue());
      }
    });
  }

  /**
   * Reads a problem body, looking at most {@link HttpErrorCodec#DEFAULT_MAX_BODY} bytes. Never
   * throws. The result's {@link DecodedBody#problem()} holds the parsed problem (also for a
   * partial body), its code is the {@code code} extension and its message {@code detail}, else
   * {@code title}.
   *
   * @param status the HTTP status; when {@code 0}, the body's {@code status} is used
   * @param body the body ({@code null} allowed)
   * @return what the problem said, with a failure when it fell short
   */
  public static DecodedBody decode(int status, byte[] body) {
    return Decoding.decode(null, true, status, null, body, HttpErrorCodec.DEFAULT_MAX_BODY,
        HttpErrorCodec.DEFAULT_MAX_EXCERPT);
  }

  /** Whether a body that lacks the product's code member is a problem nonetheless. */
  static boolean looksLike(BodyMembers m) {
    return m.isObject() && (m.text("type") != null || m.text("title") != null)
        && (m.get("status") != null || m.text("detail") != null);
  }

  /** Reads a problem's members; the wire format, when given, adds its request id and extras. */
  static void read(BodyMembers m, DecodedBuilder out, WireFormat wire) {
    int status = parseStatus(m.text("status"));
    Map<String, String> ext = new LinkedHashMap<>();
    for (BodyMember member : m.all()) {
      String lower = member.name().toLowerCase(Locale.ROOT);
      if (!STANDARD.contains(lower) && member.isText()) {
        ext.put(member.name(), member.text());
      }
    }
    ProblemDetails p = new ProblemDetails(m.text("type"), m.text("title"), status,
        m.text("detail"), m.text("instance"), ext);
    out.problem = p;
    if (out.status <= 0 && status != 0) {
      out.status = status;
    }
    out.code(m.get("code"));
    // detail is the occurrence's message; a title stands in for it, unless it is only the code
    // (what errcat writes as the title of an error without a text of its own)
    out.message = p.detail() != null ? p.detail()
        : p.title() != null && !p.title().equals(out.code) ? p.title() : null;
    out.requestId = m.text("requestId");
    out.operation = m.text("operation");
    if (wire != null) {
      if (out.requestId == null) {
        out.requestId = wire.reading().requestId(m);
      }
      wire.reading().readExtras(m, out);
    }
  }

  /** A status member that is an HTTP status (100 to 599), else 0: a body's 999 is no status. */
  private static int parseStatus(String s) {
    if (s == null || s.length() != 3) {
      return 0;
    }
    for (int i = 0; i < 3; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return 0;
      }
    }
    int status = Integer.parseInt(s);
    return status >= 100 && status <= 599 ? status : 0;
  }

  private static void putIfSet(Map<String, String> m, String k, String v) {
    if (v != null) {
      m.put(k, v);
    }
  }
}
