package io.errcat.processor;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Where a diagnostic lands: an element and, when known, the annotation on it and the value inside
 * that annotation. Any part may be null; {@link #NOWHERE} is for problems of the options.
 */
record Site(Element element, AnnotationMirror annotation, AnnotationValue value) {
  static final Site NOWHERE = new Site(null, null, null);

  static Site of(Element element) {
    return new Site(element, null, null);
  }

  static Site of(Element element, AnnotationMirror annotation) {
    return new Site(element, annotation, null);
  }
}
