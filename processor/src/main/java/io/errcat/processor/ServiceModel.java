package io.errcat.processor;

import com.palantir.javapoet.ClassName;
import io.errcat.catalog.model.Operation;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * What {@code <Interface>Errors} is generated from: the interface, its catalog, and one entry per
 * {@code @Raises} method, sorted by member name.
 */
record ServiceModel(TypeElement service, ClassName errorsType, CatalogApi api, List<MethodModel> methods) {

  /**
   * One {@code @Raises} method: {@code member} is its constant in the Errors type ({@code
   * LOAD_FPGA_IMAGE}); {@code operation} is null when the catalog has no operations; {@code codes}
   * are the declared wire codes without repeats, in catalog order.
   */
  record MethodModel(String name, String member, Operation operation, List<String> codes) {}
}
