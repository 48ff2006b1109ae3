package io.errcat.runtime;


/** Mutable scratch space while one body is read; becomes a {@link DecodedBody}. */
final class DecodedBuilder {
  int status;
  String code;
  boolean codeTypeWrong;
  JsonKind badCodeKind;
  String message;
  /** The message member, made a string only by {@link #message(String)}. */
  BodyMember messageMember;
  String requestId;
  String operation;
  private Extras.Builder extras;
  ProblemDetails problem;
  DecodeFailure failure;

  DecodedBuilder(int status) {
    this.status = status;
  }

  /**
   * Takes the code member, if any: its text when a string or number, else (unless JSON null) notes
   * the wrong type.
   */
  void code(BodyMember member) {
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

  /**
   * The message: the one set, else the member's text, which is {@code known} (the catalog's text)
   * when equal to it, so no copy is made.
   */
  String message(String known) {
    if (message == null && messageMember != null) {
      message = messageMember.textOr(known);
      messageMember = null;
    }
    return message;
  }

  void extra(String name, String value) {
    if (extras == null) {
      extras = new Extras.Builder();
    }
    extras.put(name, value);
  }

  /** The extras found, immutable; once. */
  java.util.Map<String, String> extras() {
    return extras == null ? null : extras.build();
  }

  DecodedBody build(DecodeFailure failure) {
    return new DecodedBody(status, code, message(null), requestId, operation, extras(), problem,
        failure);
  }
}
