package io.errcat.catalog.java;


import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.errcat.catalog.model.ErrorEntry;
import io.errcat.catalog.model.Retry;
import java.time.Duration;

/**
 * The expressions that construct a runtime {@code Variant} (the texts a code has in a group of
 * operations: one catalog entry) and its retry hint: generated code holds variants as data.
 */
final class VariantEmitter {
  private VariantEmitter() {}

  /**
   * {@code Variant.status(503)}, then one named call a line for what the entry says ({@code
   * .message("...")}, {@code .retry(RetryHint.of(true, ...))}, {@code .operations("Op")}), then
   * {@code .build()}: a reader sees which text is which, and nothing the catalog leaves out.
   */
  static CodeBlock construct(Plan plan, ClassName variant, ErrorEntry e) {
    int status = plan.catalog().statusOf(e).orElse(0);
    CodeBlock.Builder b = CodeBlock.builder().add("$T.status($L)$>", variant, status);
    if (e.message() != null) {
      b.add("\n.message($L)", Literals.of(e.message()));
    }
    if (e.description() != null) {
      b.add("\n.description($L)", Literals.of(e.description()));
    }
    if (e.solution() != null) {
      b.add("\n.solution($L)", Literals.of(e.solution()));
    }
    for (var t : e.translations()) {
      for (String field : new String[] {"message", "description", "solution"}) {
        if (t.text(field) != null) {
          b.add("\n.$L($S, $L)", field, t.tag(), Literals.of(t.text(field)));
        }
      }
    }
    if (!e.params().isEmpty()) {
      b.add("\n.params($L)", Literals.all(e.params().stream()
          .map(io.errcat.catalog.model.Param::name).toList()));
    }
    if (e.grpcStatus() != null) {
      b.add("\n.grpcStatus($S)", e.grpcStatus());
    }
    if (e.reason() != null) {
      b.add("\n.grpcReason($L)", Literals.of(e.reason()));
    }
    if (e.retry() != null) {
      b.add("\n.retry($L)", retry(e.retry()));
    }
    if (!e.operations().isEmpty()) {
      b.add("\n.operations($L)", Literals.all(e.operations()));
    }
    return b.add("\n.build()$<").build();
  }

  static CodeBlock retry(Retry retry) {
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
}
