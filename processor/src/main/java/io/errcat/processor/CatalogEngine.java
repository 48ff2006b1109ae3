package io.errcat.processor;

import io.errcat.catalog.Engine;
import io.errcat.catalog.output.GeneratedFile;
import io.errcat.catalog.problem.LoadResult;
import io.errcat.catalog.java.JavaOptions;
import io.errcat.catalog.java.ServiceErrors;
import io.errcat.catalog.model.Catalog;
import java.util.List;
import java.util.Optional;

/**
 * The engine calls the processor makes. An interface only so that a test can make the engine fail
 * and watch the processor turn that into one clear error; {@link #ENGINE} is what runs.
 */
interface CatalogEngine {
  CatalogEngine ENGINE = new CatalogEngine() {
    @Override
    public LoadResult load(String displayName, byte[] content) {
      return Engine.load(displayName, content);
    }

    @Override
    public List<GeneratedFile> generateJava(Catalog catalog, JavaOptions options) {
      return Engine.generateJava(catalog, options);
    }
  };

  LoadResult load(String displayName, byte[] content);

  List<GeneratedFile> generateJava(Catalog catalog, JavaOptions options);

  default String javaErrorType(Catalog catalog) {
    return Engine.javaErrorType(catalog);
  }

  default String javaBindingType(Catalog catalog) {
    return Engine.javaBindingType(catalog);
  }

  default Optional<GeneratedFile> generateCatalogServices(List<Catalog> catalogs,
      byte[] existing) {
    return Engine.generateCatalogServices(catalogs, existing);
  }

  default GeneratedFile generateServiceOpenApi(ServiceErrors service, String docsBaseUrl) {
    return Engine.generateServiceOpenApi(service, docsBaseUrl);
  }

  default GeneratedFile generateServiceErrors(ServiceErrors service) {
    return Engine.generateServiceErrors(service);
  }
}
