package io.errcat.processor;

import io.errcat.catalog.problem.DidYouMean;
import io.errcat.catalog.java.ServiceErrors;
import io.errcat.catalog.model.ErrorEntry;
import io.errcat.catalog.model.Operation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Checks the {@code @Raises} methods of one interface against its catalog and describes it to the
 * engine, which generates its {@code <Interface>Errors} type. Every problem is reported on the
 * annotation value it is about; the description is returned only when the interface has no error.
 */
final class ServiceAnalyzer {
  private final FormattingMessager messager;
  private final Elements elements;

  ServiceAnalyzer(FormattingMessager messager, Elements elements) {
    this.messager = messager;
    this.elements = elements;
  }

  Optional<ServiceErrors> analyze(TypeElement service, CatalogApi api) {
    boolean ok = true;
    List<ServiceErrors.Method> methods = new ArrayList<>();
    Map<String, ExecutableElement> members = new HashMap<>();
    Set<String> staleReported = new LinkedHashSet<>();
    // Read once per interface, not per method: a large catalog's type has thousands of constants.
    ErrorConstants existing =
        api.preexisting() ? ErrorConstants.of(elements.getTypeElement(api.errorType())) : null;
    for (ExecutableElement method : ElementFilter.methodsIn(service.getEnclosedElements())) {
      Optional<AnnotationMirror> raises = Annotations.find(method, Annotations.RAISES);
      if (raises.isEmpty()) {
        continue;
      }
      AnnotationMirror mirror = raises.get();
      Checked<Optional<Operation>> operation = operationOf(method, mirror, api);
      ok &= !operation.failed();
      Optional<Operation> op = operation.failed() ? Optional.empty() : operation.value();
      Checked<List<String>> codes = codesOf(method, mirror, api, op.orElse(null));
      ok &= !codes.failed();
      if (!codes.failed() && existing != null) {
        ok &= checkExisting(method, mirror, api, existing, codes.value(), staleReported);
      }
      ServiceErrors.Method described = new ServiceErrors.Method(method.getSimpleName().toString(),
          op.map(Operation::id), codes.failed() ? List.of() : codes.value());
      ExecutableElement earlier = members.putIfAbsent(described.member(), method);
      if (earlier != null) {
        messager.print(Message.MEMBER_CLASH, Site.of(method, mirror), earlier, method, described.member(),
            ServiceErrors.errorsType(packageName(service), interfaceName(service)));
        ok = false;
      }
      methods.add(described);
    }
    if (!ok) {
      return Optional.empty();
    }
    return Optional.of(new ServiceErrors(packageName(service), interfaceName(service), api.catalog(), methods));
  }

  /**
   * The method's operation: explicit, or matched by name; empty when the catalog has none; failed
   * (after reporting) when it cannot be determined.
   */
  private Checked<Optional<Operation>> operationOf(ExecutableElement method, AnnotationMirror mirror,
      CatalogApi api) {
    List<Operation> operations = api.catalog().operations();
    Optional<AnnotationValue> explicit = Annotations.value(mirror, "operation");
    String wanted = explicit.map(v -> String.valueOf(v.getValue())).orElse("");
    if (!wanted.isEmpty()) {
      Optional<Operation> op = api.catalog().operation(wanted);
      if (op.isEmpty()) {
        List<String> ids = operations.stream().map(Operation::id).sorted().toList();
        messager.print(Message.UNKNOWN_OPERATION, new Site(method, mirror, explicit.get()), api.id(), wanted,
            hint(DidYouMean.nearest(wanted, ids)));
        return Checked.reported();
      }
      return Checked.ok(op);
    }
    if (operations.isEmpty()) {
      return Checked.ok(Optional.empty());
    }
    String name = method.getSimpleName().toString();
    // the engine's rule (id, then RPC action, then CLI command), from the catalog's names table
    Optional<Operation> matched = api.symbols().operationForMethod(name);
    if (matched.isPresent()) {
      return Checked.ok(matched);
    }
    Map<String, String> byMethodName = api.symbols().operationsByMethod();
    String near = DidYouMean.nearest(name, byMethodName.keySet().stream().sorted().toList());
    messager.print(Message.NO_OPERATION_FOR_METHOD, Site.of(method, mirror), method, api.id(),
        near == null ? "" : " (did you mean operation '" + byMethodName.get(near) + "'?)");
    return Checked.reported();
  }

  /** The declared codes without repeats, in catalog order; failed (after reporting) on an error. */
  private Checked<List<String>> codesOf(ExecutableElement method, AnnotationMirror mirror,
      CatalogApi api, Operation op) {
    boolean ok = true;
    Set<String> seen = new LinkedHashSet<>();
    for (AnnotationValue v : Annotations.values(mirror, "value")) {
      if (!(v.getValue() instanceof String code)) {
        continue; // not a constant string: javac has already reported it
      }
      if (!seen.add(code)) {
        messager.print(Message.DUPLICATE_CODE, new Site(method, mirror, v), code, method);
        continue;
      }
      List<ErrorEntry> entries = api.byCode().get(code);
      if (entries == null) {
        var retired = api.catalog().retired().stream().filter(r -> r.code().equals(code))
            .findFirst();
        messager.print(Message.UNKNOWN_CODE, new Site(method, mirror, v), api.id(), code,
            retired.isPresent() ? " (it was retired" + (retired.get().since() == null ? ""
                : " in " + retired.get().since()) + ": the product no longer returns it)"
                : hint(suggestCode(code, api)));
        ok = false;
      } else if (op != null && entries.stream().noneMatch(e -> e.appliesTo(op.id()))) {
        messager.print(Message.CODE_OUT_OF_SCOPE, new Site(method, mirror, v), code, op.id(), api.id(),
            String.join(", ", scopeOf(entries, api)));
        ok = false;
      }
    }
    if (!ok) {
      return Checked.reported();
    }
    List<String> ordered = new ArrayList<>();
    for (String code : api.byCode().keySet()) {
      if (seen.contains(code)) {
        ordered.add(code);
      }
    }
    return Checked.ok(ordered);
  }

  /**
   * A generated error type found on the class path must have a constant for every declared code;
   * if not, it came from another version of the catalog and the generated table would not compile.
   */
  private boolean checkExisting(ExecutableElement method, AnnotationMirror mirror, CatalogApi api,
      ErrorConstants constants, List<String> codes, Set<String> reported) {
    boolean ok = true;
    for (AnnotationValue v : Annotations.values(mirror, "value")) {
      if (v.getValue() instanceof String code && codes.contains(code)) {
        String constant = api.errorConstant(code);
        if (!constants.has(constant)) {
          if (reported.add(code)) {
            messager.print(Message.STALE_GENERATED_TYPE, new Site(method, mirror, v),
                api.errorType(), constant, code, api.id());
          }
          ok = false;
        }
      }
    }
    return ok;
  }

  /** A code whose Java constant is what was written, else the nearest code. */
  private static String suggestCode(String written, CatalogApi api) {
    for (String code : api.byCode().keySet()) {
      if (api.errorConstant(code).equals(written)) {
        return code;
      }
    }
    return DidYouMean.nearest(written, api.byCode().keySet().stream().sorted().toList());
  }

  /** The operations a code's entries are scoped to, in catalog order. */
  private static List<String> scopeOf(List<ErrorEntry> entries, CatalogApi api) {
    return api.catalog().operations().stream()
        .map(Operation::id)
        .filter(id -> entries.stream().anyMatch(e -> e.operations().contains(id)))
        .toList();
  }

  private static String hint(String suggestion) {
    return suggestion == null ? "" : " (did you mean '" + suggestion + "'?)";
  }

  /** {@code com.acme.Outer.Api} → {@code Outer.Api}: the name within its package. */
  private static String interfaceName(TypeElement service) {
    List<String> names = new ArrayList<>();
    for (Element e = service; e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
      names.add(0, e.getSimpleName().toString());
    }
    return String.join(".", names);
  }

  private static String packageName(TypeElement service) {
    return CatalogLocator.packageOf(service).getQualifiedName().toString();
  }
}
