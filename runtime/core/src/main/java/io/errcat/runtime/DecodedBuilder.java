package io.errcat.runtime;


/** Mutable scratch space while one body is read; becomes a {@link DecodedBody}. */
final class DecodedBuilder {
  int status;
  String code;
  boolean codeTypeWrong;
  JsonKind badCodeKind;
  String message;
  String requestId;
  String operation;
  private Extras.Builder extras;
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
    } else if (member.kind() != JsonKind.NULL) {
      codeTypeWrong = true;
      badCodeKind = member.kind();
    }
  }

  void extra(String name, String value) {
    if (extras == null) {
      extras = new Extras.Builder();
    }
    extras.put(name, value);
  }

  DecodedBody build(DecodeFailure failure) {
    return new DecodedBody(status, code, message, requestId, operation,
        extras == null ? null : extras.build(), problem, failure);
  }
}
