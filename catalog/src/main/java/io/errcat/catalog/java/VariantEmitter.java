package io.errcat.catalog.java;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
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

  private static final String[][] FIELDS = {
    {"httpStatus", "the HTTP status, or {@code 0} when the catalog gives none"},
    {"message", "the message (a template when the code takes parameters), or {@code null}"},
    {"description", "what the error means, or {@code null}"},
    {"solution", "what to do about it, or {@code null}"},
    {"retry", "whether and when to retry: the catalog's words, else the runtime's default for the"
        + " status"},
    {"operations", "the operation ids this variant applies to; empty for every operation"},
  };

  /** A final class rather than a record: javac's doclint flags a record's implicit members. */
  static TypeSpec emit(Plan plan, ClassName variant) {
    TypeSpec.Builder t = TypeSpec.classBuilder(variant)
        .addModifiers(PUBLIC, STATIC, FINAL)
        .addJavadoc("The texts of a code in a group of operations: one entry of the catalog.\n");
    MethodSpec.Builder ctor = MethodSpec.constructorBuilder()
        .addJavadoc("Creates a variant.\n\n");
    for (String[] f : FIELDS) {
      TypeName type = type(f[0]);
      t.addField(FieldSpec.builder(type, f[0], PRIVATE, FINAL)
          .addJavadoc("$L.\n", capitalise(f[1])).build());
      ctor.addParameter(type, f[0]).addStatement("this.$N = $N", f[0], f[0])
          .addJavadoc("@param $L $L\n", f[0], f[1]);
      t.addMethod(MethodSpec.methodBuilder(f[0])
          .addModifiers(PUBLIC)
          .returns(type)
          .addJavadoc("$L.\n\n@return $L\n", capitalise(f[1]), f[1])
          .addStatement("return $N", f[0])
          .build());
    }
    t.addMethod(ctor.build());
    t.addMethod(MethodSpec.methodBuilder("appliesTo")
        .addModifiers(PUBLIC)
        .returns(boolean.class)
        .addParameter(String.class, "operationId")
        .addJavadoc("Whether this variant applies to an operation.\n\n@param operationId the"
            + " operation as the catalog names it\n@return true when listed, or when the variant"
            + " applies to every operation\n")
        .addStatement("return operations.isEmpty() || operations.contains(operationId)")
        .build());
    return t.build();
  }

  private static TypeName type(String field) {
    return switch (field) {
      case "httpStatus" -> TypeName.INT;
      case "retry" -> Runtime.RETRY_HINT;
      case "operations" -> Runtime.listOf(Runtime.STRING);
      default -> Runtime.STRING;
    };
  }

  private static String capitalise(String s) {
    return s.startsWith("{@code") ? "Returns " + s
        : Character.toUpperCase(s.charAt(0)) + s.substring(1);
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
