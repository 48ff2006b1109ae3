package io.errcat.processor;

import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * The constants a compiled error type of a catalog has, read from the type rather than assumed:
 * an enum holds its constants itself; a catalog too large for one enum becomes a sealed interface
 * whose permitted enums ({@code Part0}, ...) hold them.
 */
final class ErrorConstants {
  private final Set<String> names;

  private ErrorConstants(Set<String> names) {
    this.names = names;
  }

  static ErrorConstants of(TypeElement errorType) {
    Set<String> out = new HashSet<>();
    collect(errorType, out);
    for (TypeMirror part : errorType.getPermittedSubclasses()) {
      if (part instanceof DeclaredType d && d.asElement().getKind() == ElementKind.ENUM) {
        collect((TypeElement) d.asElement(), out);
      }
    }
    return new ErrorConstants(out);
  }

  private static void collect(TypeElement type, Set<String> out) {
    for (Element e : type.getEnclosedElements()) {
      if (e.getKind() == ElementKind.ENUM_CONSTANT) {
        out.add(e.getSimpleName().toString());
      }
    }
  }

  /** Whether the type (or one of its part enums) declares {@code constant}. */
  boolean has(String constant) {
    return names.contains(constant);
  }
}
