package io.errcat.processor;

import com.palantir.javapoet.ClassName;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Where each constant of a catalog's generated error type lives, read from the compiled type
 * rather than assumed: an enum holds its constants itself; a catalog too large for one enum
 * becomes a sealed interface whose permitted enums ({@code Part0}, ...) hold them.
 */
final class ErrorConstants {
  private final Map<String, ClassName> declaringEnum;

  private ErrorConstants(Map<String, ClassName> declaringEnum) {
    this.declaringEnum = declaringEnum;
  }

  static ErrorConstants of(TypeElement errorType) {
    Map<String, ClassName> out = new HashMap<>();
    collect(errorType, out);
    for (TypeMirror part : errorType.getPermittedSubclasses()) {
      if (part instanceof DeclaredType d && d.asElement().getKind() == ElementKind.ENUM) {
        collect((TypeElement) d.asElement(), out);
      }
    }
    return new ErrorConstants(out);
  }

  private static void collect(TypeElement type, Map<String, ClassName> out) {
    for (Element e : type.getEnclosedElements()) {
      if (e.getKind() == ElementKind.ENUM_CONSTANT) {
        out.putIfAbsent(e.getSimpleName().toString(), ClassName.get(type));
      }
    }
  }

  /** The enum that declares {@code constant}, if the type has it. */
  Optional<ClassName> declaringEnum(String constant) {
    return Optional.ofNullable(declaringEnum.get(constant));
  }
}
