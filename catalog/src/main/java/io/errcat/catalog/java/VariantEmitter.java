package io.errcat.catalog.java;

import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.errcat.catalog.model.ErrorEntry;
import io.errcat.catalog.model.Retry;
import java.time.Duration;
import java.util.List;

/**
 * Emits {@code <Prefix>Error.Variant}, the texts a code has in a group of operations (one catalog
 * entry), and the expressions that construct one.
 */
final class VariantEmitter {
  private VariantEmitter() {}

  static TypeSpec emit(Plan plan, ClassName variant) {
    return TypeSpec.recordBuilder(variant)
        .addModifiers(PUBLIC, STATIC)
        .addJavadoc("The texts of a code in a group of operations: one entry of the catalog.\n\n"
            + "@param httpStatus the HTTP status, or {@code 0} when the catalog gives none\n"
            + "@param message the message (a template when the code takes parameters), or"
            + " {@code null}\n"
            + "@param description what the error means, or {@code null}\n"
            + "@param solution what to do about it, or {@code null}\n"
            + "@param retry whether and when to retry: the catalog's words, else the runtime's"
            + " default for the status\n"
            + "@param operations the operation ids this variant applies to; empty for every"
            + " operation\n")
        .recordConstructor(MethodSpec.constructorBuilder()
            .addParameter(int.class, "httpStatus")
            .addParameter(String.class, "message")
            .addParameter(String.class, "description")
            .addParameter(String.class, "solution")
            .addParameter(Runtime.RETRY_HINT, "retry")
            .addParameter(Runtime.listOf(Runtime.STRING), "operations")
            .build())
        .addMethod(MethodSpec.methodBuilder("appliesTo")
            .addModifiers(PUBLIC)
            .returns(boolean.class)
            .addParameter(String.class, "operationId")
            .addJavadoc("Whether this variant applies to an operation.\n\n@param operationId the"
                + " operation as the catalog names it\n@return true when listed, or when the variant"
                + " applies to every operation\n")
            .addStatement("return operations.isEmpty() || operations.contains(operationId)")
            .build())
        .build();
  }

  /** {@code new Variant(503, "...", null, null, RetryHint.of(true, ...), List.of("Op"))}. */
  static CodeBlock construct(Plan plan, ClassName variant, ErrorEntry e) {
    int status = plan.catalog().statusOf(e).orElse(0);
    return CodeBlock.of("new $T($L, $L, $L, $L, $L, $L)", variant, status, Literals.of(e.message()),
        Literals.of(e.description()), Literals.of(e.solution()), retry(e.retry(), status),
        stringList(e.operations()));
  }

  static CodeBlock retry(Retry retry, int status) {
    if (retry == null) {
      return CodeBlock.of("$T.forStatus($L)", Runtime.RETRY_HINT, status);
    }
    return CodeBlock.of("$T.of($L, $L)", Runtime.RETRY_HINT, retry.retryable(), duration(retry.after()));
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
