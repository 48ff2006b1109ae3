package it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.errcat.catalogs.faas.FaasException;
import io.errcat.catalogs.functioncompute.FunctionComputeException;
import io.errcat.runtime.CatalogRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogsInTestsTest {
  @Test
  void theTestsSeeBothCatalogsThroughServiceLoader() {
    CatalogRegistry r = CatalogRegistry.load(getClass().getClassLoader());
    assertEquals(List.of("faas", "function-compute"), r.all().stream().map(b -> b.id()).toList());
    assertEquals(List.of(), r.problems());
    assertEquals("function-compute", r.require(FunctionComputeException.class).id());
    assertEquals("faas", r.require(FaasException.class).id());
    assertEquals("hello", Library.hello());
  }
}
