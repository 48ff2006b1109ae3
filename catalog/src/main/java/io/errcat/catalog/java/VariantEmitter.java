package io.errcat.catalog.java;


import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.errcat.catalog.model.ErrorEntry;
import io.errcat.catalog.model.Retry;
import java.time.Duration;
import java.util.List;

/**
 * The expressions that construct a runtime {@code Variant} (the texts a code has in a group of
 * operations: one catalog entry) and its retry hint: generated code holds variants as data.
 */
final class VariantEmitter {
  private VariantEmitter() {}

  /** {@code Variant.of(503, "...", null, null, RetryHint.of(true, ...), List.of("Op"))}. */
  static CodeBlock construct(Plan plan, ClassName variant, ErrorEntry e) {
    int status = plan.catalog().statusOf(e).orElse(0);
    return CodeBlock.of("$T.of($L,$W$L,$W$L,$W$L,$W$L,$W$L)", variant, status, Literals.of(e.message()),
        Literals.of(e.description()), Literals.of(e.solution()), retry(e.retry(), status),
        stringList(e.operations()));
  }

  static CodeBlock retry(Retry retry, int status) {
    if (retry == null) {
      return CodeBlock.of("$T.forStatus($L)", RuntimeTypes.RETRY_HINT, status);
    }
    return CodeBlock.of("$T.of($L, $L)", RuntimeTypes.RETRY_HINT, retry.retryable(), duration(retry.after()));
  }

  static CodeBlock duration(Duration d) {
    if (d == null) {
      return CodeBlock.of("null");
    }
    if (d.getNano() == 0) {
      return CodeBlock.of("$T.ofSeconds($LL)", Duration.class, d.getSeconds());
    }
    return CodeBlock.of("$T.ofSeconds($LL, $LL)", Duration.class, d.getSeconds(), d.getNano());
  }

  static CodeBlock stringList(List<String> values) {
    CodeBlock.Builder b = CodeBlock.builder().add("$T.of(", List.class);
    for (int i = 0; i < values.size(); i++) {
      b.add(i == 0 ? "$L" : ", $L", Literals.of(values.get(i)));
    }
    return b.add(")").build();
  }
}
