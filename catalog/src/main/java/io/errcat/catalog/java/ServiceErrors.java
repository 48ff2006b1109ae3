package io.errcat.catalog.java;

import io.errcat.catalog.model.Catalog;
import io.errcat.catalog.model.Naming;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an {@code <Interface>Errors} type is generated from: an interface whose methods declare
 * the codes of one clean catalog they may raise.
 *
 * @param packageName the interface's package ({@code ""} for the unnamed package)
 * @param interfaceName the interface's name within its package, nesting by dots ({@code Outer.Api})
 * @param catalog the catalog the interface names
 * @param methods the methods that declare codes; the generated type lists them by {@link
 *     Method#member()}
 */
public record ServiceErrors(String packageName, String interfaceName, Catalog catalog, List<Method> methods) {

  public ServiceErrors {
    Objects.requireNonNull(packageName, "packageName");
    Objects.requireNonNull(interfaceName, "interfaceName");
    Objects.requireNonNull(catalog, "catalog");
    methods = List.copyOf(methods);
  }

  /**
   * One method that declares codes.
   *
   * @param name the method's name ({@code loadFpgaImage})
   * @param operation the id of the catalog operation the method performs; empty when the catalog
   *     has no operations
   * @param codes the declared wire codes, each once, in the order the generated set lists them
   */
  public record Method(String name, Optional<String> operation, List<String> codes) {
    public Method {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(operation, "operation");
      codes = List.copyOf(codes);
    }

    /** The method's constant in the generated type: {@code loadFpgaImage} → {@code LOAD_FPGA_IMAGE}. */
    public String member() {
      return Naming.constantName(name);
    }
  }

  /** The simple name of the generated type: {@code Outer_ApiErrors}. */
  public String errorsSimpleName() {
    return simpleName(interfaceName);
  }

  /** The qualified name of the generated type: {@code com.acme.Outer_ApiErrors}. */
  public String errorsType() {
    return errorsType(packageName, interfaceName);
  }

  /**
   * The qualified name of the type generated for an interface, known before its methods are:
   * {@code com.acme} and {@code Outer.Api} → {@code com.acme.Outer_ApiErrors}.
   *
   * @param packageName the interface's package ({@code ""} for the unnamed package)
   * @param interfaceName the interface's name within its package, nesting by dots
   * @return the generated type's qualified name
   */
  public static String errorsType(String packageName, String interfaceName) {
    return packageName.isEmpty() ? simpleName(interfaceName) : packageName + "." + simpleName(interfaceName);
  }

  private static String simpleName(String interfaceName) {
    return interfaceName.replace('.', '_') + "Errors";
  }
}
