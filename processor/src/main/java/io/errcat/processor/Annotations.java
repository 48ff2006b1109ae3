package io.errcat.processor;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/** Reads annotation mirrors by name, so that diagnostics can land on the exact value. */
final class Annotations {
  static final String ERROR_CATALOG = "io.errcat.runtime.ErrorCatalog";
  static final String RAISES = "io.errcat.runtime.Raises";
  /** What marks generated sources; kept in sources only (retention SOURCE). */
  static final String GENERATED = "javax.annotation.processing.Generated";

  private Annotations() {}

  static Optional<AnnotationMirror> find(Element e, String annotationType) {
    for (AnnotationMirror m : e.getAnnotationMirrors()) {
      if (((TypeElement) m.getAnnotationType().asElement()).getQualifiedName()
          .contentEquals(annotationType)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** The explicitly written value of {@code member}, if any (defaults are not included). */
  static Optional<AnnotationValue> value(AnnotationMirror m, String member) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        m.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(member)) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }

  /**
   * The elements of an array-valued member: {@code @Raises({"A", "B"})} gives two values, and
   * {@code @Raises("A")} one (javac wraps a single element in an array).
   */
  static List<? extends AnnotationValue> values(AnnotationMirror m, String member) {
    return value(m, member)
        .map(v -> v.getValue() instanceof List<?> l
            ? l.stream().map(AnnotationValue.class::cast).toList()
            : List.of(v))
        .orElse(List.of());
  }
}
