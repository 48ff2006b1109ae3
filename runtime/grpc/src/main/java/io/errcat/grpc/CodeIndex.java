package io.errcat.grpc;

import io.errcat.runtime.ErrorCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A catalog's codes by {@code ErrorInfo} reason and by wire code, built once per generated error
 * type: its enum constants, or those of each part of a catalog too large for one enum.
 */
final class CodeIndex {
  private static final ClassValue<CodeIndex> INDEX = new ClassValue<>() {
    @Override
    protected CodeIndex computeValue(Class<?> type) {
      return new CodeIndex(type);
    }
  };

  private final Map<String, ErrorCode> byReason = new HashMap<>();
  private final Map<String, ErrorCode> byCode = new HashMap<>();

  private CodeIndex(Class<?> type) {
    for (ErrorCode e : constants(type)) {
      byReason.putIfAbsent(e.grpcReason(), e);
      byCode.putIfAbsent(e.code(), e);
    }
  }

  static CodeIndex of(Class<? extends ErrorCode> type) {
    return INDEX.get(type);
  }

  ErrorCode byReason(String reason) {
    return reason == null ? null : byReason.get(reason);
  }

  ErrorCode byCode(String code) {
    return code == null ? null : byCode.get(code);
  }

  private static List<ErrorCode> constants(Class<?> type) {
    List<ErrorCode> out = new ArrayList<>();
    if (type.isEnum()) {
      for (Object c : type.getEnumConstants()) {
        out.add((ErrorCode) c);
      }
    } else if (type.isSealed()) {
      for (Class<?> part : type.getPermittedSubclasses()) {
        out.addAll(constants(part));
      }
    }
    return out;
  }
}
