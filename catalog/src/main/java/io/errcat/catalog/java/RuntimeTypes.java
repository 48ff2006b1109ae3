package io.errcat.catalog.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Names of the runtime (errcat-runtime) and JDK types that generated code uses. */
final class RuntimeTypes {
  private RuntimeTypes() {}

  static final String PKG = "io.errcat.runtime";
  static final ClassName ERROR_CODE = ClassName.get(PKG, "ErrorCode");
  static final ClassName CODE_TABLE = ClassName.get(PKG, "CodeTable");
  static final ClassName RETRY_HINT = ClassName.get(PKG, "RetryHint");
  static final ClassName ERRCAT_EXCEPTION = ClassName.get(PKG, "ErrcatException");
  static final ClassName HTTP_ERROR = ClassName.get(PKG, "HttpError");
  static final ClassName WIRE_FORMAT = ClassName.get(PKG, "WireFormat");
  static final ClassName PROBLEM_DETAILS = ClassName.get(PKG, "ProblemDetails");
  static final ClassName CODE_TYPE = ClassName.get(PKG, "CodeType");
  static final ClassName BODY_FORM = ClassName.get(PKG, "BodyForm");
  static final ClassName VARIANT = ClassName.get(PKG, "Variant");
  static final ClassName REQUEST_ID_MINT = ClassName.get(PKG, "RequestIdMint");

  static final ClassName STRING = ClassName.get(String.class);
  static final ClassName LIST = ClassName.get(List.class);
  static final ClassName MAP = ClassName.get(Map.class);
  static final ClassName OPTIONAL = ClassName.get(Optional.class);

  static TypeName listOf(TypeName t) {
    return ParameterizedTypeName.get(LIST, t);
  }

  static TypeName optionalOf(TypeName t) {
    return ParameterizedTypeName.get(OPTIONAL, t);
  }

  static TypeName mapOf(TypeName k, TypeName v) {
    return ParameterizedTypeName.get(MAP, k, v);
  }
}
