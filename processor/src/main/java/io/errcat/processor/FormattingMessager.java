package io.errcat.processor;

import javax.annotation.processing.Messager;

/**
 * Prints {@link Message}s through the compiler's {@link Messager} on the most exact place known:
 * an annotation value, an annotation, an element, or (for option problems) nowhere in particular.
 */
final class FormattingMessager {
  private final Messager messager;

  FormattingMessager(Messager messager) {
    this.messager = messager;
  }

  void print(Message m, Site site, Object... args) {
    String text = m.format(args);
    if (site.element() == null) {
      messager.printMessage(m.kind(), text);
    } else if (site.annotation() == null) {
      messager.printMessage(m.kind(), text, site.element());
    } else if (site.value() == null) {
      messager.printMessage(m.kind(), text, site.element(), site.annotation());
    } else {
      messager.printMessage(m.kind(), text, site.element(), site.annotation(), site.value());
    }
  }
}
