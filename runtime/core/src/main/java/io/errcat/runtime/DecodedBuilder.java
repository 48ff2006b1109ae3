package io.errcat.runtime;

import com.fasterxml.jackson.core.JsonToken;
import java.util.LinkedHashMap;
import java.util.Map;

/** Mutable scratch space while one body is read; becomes a {@link DecodedBody}. */
final class DecodedBuilder {
  int status;
  String code;
  boolean codeTypeWrong;
  JsonToken badCodeToken;
  String message;
  String requestId;
  String operation;
  private Map<String, String> extras;
  ProblemDetails problem;

  DecodedBuilder(int status) {
    this.status = status;
  }

  /**
   * Takes the code member, if any: its text when a string or number, else (unless JSON null) notes
   * the wrong type.
   */
  void code(BodyMembers.Member member) {
    if (member == null) {
      return;
    }
    if (member.isText()) {
      code = member.text();
    } else if (member.token() != JsonToken.VALUE_NULL) {
      codeTypeWrong = true;
      badCodeToken = member.token();
    }
  }

  void extra(String name, String value) {
    if (extras == null) {
      extras = new LinkedHashMap<>();
    }
    extras.put(name, value);
  }

  DecodedBody build(DecodeFailure failure) {
    return new DecodedBody(status, code, message, requestId, operation, extras, problem, failure);
  }
}
