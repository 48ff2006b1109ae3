package io.errcat.runtime;

import java.util.List;
import java.util.Map;

/**
 * The one decode path behind {@link WireFormat#decode}, {@link ProblemDetails#decode} and {@link
 * HttpErrorCodec}: bound the body, parse it once, read it as problem+json or the product's format,
 * fill gaps from headers, and name what fell short. Never throws.
 */
final class Decoding {
  private static final byte[] EMPTY = new byte[0];

  private Decoding() {}

  /**
   * Decodes a response.
   *
   * @param wire the product's format, or null for problem+json only
   * @param forceProblem read as problem+json whatever the content type says
   */
  static DecodedBody decode(WireFormat wire, boolean forceProblem, int status,
      Map<String, List<String>> headers, byte[] body, int maxBody, int maxExcerpt) {
    DecodedBuilder out = read(wire, forceProblem, status, headers, body, maxBody, maxExcerpt);
    return out.build(out.failure);
  }

  /**
   * Decodes a response into the scratch form the codec reads from directly, its message still
   * unmade ({@link DecodedBuilder#message(String)}) and its failure set.
   */
  static DecodedBuilder read(WireFormat wire, boolean forceProblem, int status,
      Map<String, List<String>> headers, byte[] body, int maxBody, int maxExcerpt) {
    byte[] b = body == null ? EMPTY : body;
    try {
      int len = Math.min(b.length, maxBody);
      String contentType = Headers.first(headers, "Content-Type");
      boolean problemByType = forceProblem || wire == null
          || Headers.hasMediaType(contentType, ProblemDetails.MEDIA_TYPE);
      MemberNames wanted = wire != null ? wire.reading().decodeNames() : ProblemDetails.NAMES;
      boolean xml = !problemByType && wire.xmlRoot() != null && Headers.isXml(contentType)
          && !XmlBody.looksLikeHtml(b, len);
      BodyMembers m = xml ? XmlBody.parse(b, len, wanted, wire.xmlRoot())
          : BodyMembers.parse(b, len, wanted, problemByType);
      // A problem sent without its media type: problem members, and not the product's message.
      boolean problem = problemByType
          || !xml && ProblemDetails.looksLike(m) && !wire.reading().hasMessage(m);
      DecodedBuilder out = new DecodedBuilder(status);
      if (problem) {
        ProblemDetails.read(m, out, wire);
      } else {
        wire.reading().read(m, out);
      }
      if (wire != null) {
        if (isEmpty(out.code) && wire.codeHeader() != null) {
          out.code = bounded(Headers.first(headers, wire.codeHeader()));
        }
        if (isEmpty(out.requestId) && wire.requestIdHeader() != null) {
          out.requestId = bounded(Headers.first(headers, wire.requestIdHeader()));
        }
      }
      out.code = emptyToNull(out.code);
      out.requestId = emptyToNull(out.requestId);

      DecodeFailure.Reason reason = m.failure();
      String detail = m.detail();
      if (b.length > maxBody) {
        reason = DecodeFailure.Reason.TOO_LARGE;
        detail = "read " + maxBody + " of " + b.length + " bytes";
      }
      if (out.code == null) {
        if (reason == null) {
          reason = out.codeTypeWrong ? DecodeFailure.Reason.BAD_CODE_TYPE
              : DecodeFailure.Reason.MISSING_CODE;
          detail = out.codeTypeWrong ? "code is " + out.badCodeKind.description() : null;
        }
      } else if (reason == DecodeFailure.Reason.EMPTY_BODY) {
        reason = null; // the code came in a header; an empty body is then nothing amiss
      }
      out.failure = reason == null ? null
          : new DecodeFailure(reason, detail, Excerpts.of(b, maxExcerpt), b.length);
      return out;
    } catch (RuntimeException | StackOverflowError e) {
      DecodedBuilder out = new DecodedBuilder(status);
      out.failure = new DecodeFailure(DecodeFailure.Reason.INTERNAL_ERROR, e.toString(),
          safeExcerpt(b, maxExcerpt), b.length);
      return out;
    }
  }

  static String bounded(String s) {
    return Excerpts.truncate(s, Json.MAX_VALUE_CHARS);
  }

  /** Absent or empty (a member's text is kept as sent, white space included). */
  private static boolean isEmpty(String s) {
    return s == null || s.isEmpty();
  }

  private static String emptyToNull(String s) {
    return isEmpty(s) ? null : s;
  }

  private static String safeExcerpt(byte[] b, int max) {
    try {
      return Excerpts.of(b, max);
    } catch (RuntimeException e) {
      return "";
    }
  }
}
