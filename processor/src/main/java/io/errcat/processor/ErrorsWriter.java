package io.errcat.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.errcat.processor.ServiceModel.MethodModel;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Interface>Errors}: per {@code @Raises} method, a constant with the errors it
 * declares and, for catalogs with a wire format, a decoder that turns that method's error
 * response into the catalog's exception, picking the variant of the method's operation.
 */
final class ErrorsWriter {
  private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  private static final TypeName BYTES = ArrayTypeName.of(TypeName.BYTE);

  private ErrorsWriter() {}

  static JavaFile write(ServiceModel model, boolean generatedAnnotation) {
    CatalogApi api = model.api();
    String service = serviceName(model);
    TypeSpec.Builder type = TypeSpec.classBuilder(model.errorsType())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addOriginatingElement(model.service())
        .addJavadoc("The errors each method of {@code $L} declares with {@code @Raises}, checked\n", service)
        .addJavadoc("against catalog {@code $L}, and a decoder of each method's error responses.\n", api.id());
    if (generatedAnnotation) {
      type.addAnnotation(AnnotationSpec.builder(GENERATED)
          .addMember("value", "$S", ErrcatProcessor.class.getName())
          .addMember("comments", "$S", "catalog " + api.id())
          .build());
    }
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    TypeName errorSet = ParameterizedTypeName.get(ClassName.get(Set.class), api.error());
    for (MethodModel m : model.methods()) {
      type.addField(FieldSpec.builder(errorSet, m.member(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("The errors {@code $L.$L} declares$L.\n", service, m.name(), operationNote(m))
          .initializer("$T.unmodifiableSet($L)", Collections.class, enumSet(api, m.codes()))
          .build());
    }
    if (api.mapper() != null) {
      for (MethodModel m : model.methods()) {
        type.addMethod(decoder(api, service, m));
      }
    }
    return JavaFile.builder(model.errorsType().packageName(), type.build())
        .indent("  ")
        .skipJavaLangImports(true)
        .build();
  }

  private static CodeBlock enumSet(CatalogApi api, List<String> codes) {
    if (codes.isEmpty()) {
      return CodeBlock.of("$T.noneOf($T.class)", EnumSet.class, api.error());
    }
    CodeBlock.Builder args = CodeBlock.builder();
    for (int i = 0; i < codes.size(); i++) {
      args.add(i == 0 ? "$T.$L" : ", $T.$L", api.error(), api.errorConstant(codes.get(i)));
    }
    return CodeBlock.of("$T.of($L)", EnumSet.class, args.build());
  }

  private static MethodSpec decoder(CatalogApi api, String service, MethodModel m) {
    TypeName headers = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
        ParameterizedTypeName.get(List.class, String.class));
    MethodSpec.Builder b = MethodSpec.methodBuilder(m.name())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(api.exception())
        .addParameter(TypeName.INT, "status")
        .addParameter(headers, "headers")
        .addParameter(BYTES, "body")
        .addJavadoc("Decodes an error response of {@code $L.$L}$L; never throws on a bad body.\n",
            service, m.name(), operationNote(m))
        .addJavadoc("\n@param status the HTTP status\n@param headers the response headers\n")
        .addJavadoc("@param body the response body\n@return the typed exception\n");
    if (m.operation() != null) {
      b.addStatement("return $T.fromHttp($T.$L, status, headers, body)", api.mapper(), api.operation(),
          api.operationConstant(m.operation().id()));
    } else {
      b.addStatement("return $T.fromHttp(status, headers, body)", api.mapper());
    }
    return b.build();
  }

  private static String operationNote(MethodModel m) {
    return m.operation() == null ? "" : " (operation " + javadocText(m.operation().id()) + ")";
  }

  private static String serviceName(ServiceModel model) {
    String qualified = model.service().getQualifiedName().toString();
    String pkg = model.errorsType().packageName();
    return pkg.isEmpty() ? qualified : qualified.substring(pkg.length() + 1);
  }

  /**
   * Catalog text made safe for Javadoc: no comment end, no tag, no markup, and no backslash
   * (javac decodes unicode escapes, a backslash and a u, even inside comments).
   */
  private static String javadocText(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '@' -> out.append("&#64;");
        case '*' -> out.append("&#42;");
        case '/' -> out.append("&#47;");
        case '\\' -> out.append("&#92;");
        case '{' -> out.append("&#123;");
        case '}' -> out.append("&#125;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
