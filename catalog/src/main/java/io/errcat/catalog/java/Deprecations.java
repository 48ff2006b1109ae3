package io.errcat.catalog.java;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.CodeBlock;
import io.errcat.catalog.model.Deprecation;
import io.errcat.catalog.model.ErrorEntry;

/**
 * How a deprecated code reads in generated Java: {@code @Deprecated(since = …)} on its constant and
 * its factories, and a {@code @deprecated} Javadoc tag naming the replacement.
 */
final class Deprecations {
  private Deprecations() {}

  /** The code's deprecation (all its entries carry the same: EC055), or null. */
  static Deprecation of(Plan.Code c) {
    return c.primary().deprecated();
  }

  /** {@code @Deprecated}, with {@code since} where the catalog names the release. */
  static AnnotationSpec annotation(Deprecation d) {
    AnnotationSpec.Builder a = AnnotationSpec.builder(Deprecated.class);
    if (d.since() != null) {
      a.addMember("since", "$S", d.since());
    }
    return a.build();
  }

  /**
   * The {@code @deprecated} block tag: since when, what to use ({@code replacement} is a Javadoc
   * reference to it, or null), and the note.
   */
  static CodeBlock tag(Deprecation d, CodeBlock replacement) {
    CodeBlock.Builder b = CodeBlock.builder().add("@deprecated");
    if (d.since() != null) {
      b.add(" since $L", Javadocs.escape(d.since()));
      b.add(d.replacedBy() != null || d.note() != null ? ";" : ".");
    }
    if (d.replacedBy() != null) {
      b.add(" use <code>$L</code>", Javadocs.escape(d.replacedBy()));
      if (replacement != null) {
        b.add(" ({@link $L})", replacement);
      }
      b.add(".");
    }
    if (d.note() != null) {
      b.add(" $L", Javadocs.escape(d.note().strip()));
    }
    return b.add("\n").build();
  }

  /** The code a deprecated entry names as its replacement, or null. */
  static Plan.Code replacement(Plan plan, ErrorEntry e) {
    Deprecation d = e.deprecated();
    if (d == null || d.replacedBy() == null) {
      return null;
    }
    return plan.codes().stream().filter(c -> c.code().equals(d.replacedBy())).findFirst()
        .orElse(null);
  }
}
