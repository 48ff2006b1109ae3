package io.errcat.spring.i18n;

import io.errcat.catalogs.ordersi18n.OrdersException;
import io.errcat.runtime.ErrorCatalog;
import io.errcat.runtime.Raises;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An application whose catalog is in English, Simplified Chinese and Arabic
 * (src/test/errcat/orders-i18n.yaml): its controller throws, the starter answers each caller in
 * its language.
 */
@SpringBootApplication
public class OrdersApp {
  /** The API, as the processor reads it: the catalog and each operation's errors. */
  @ErrorCatalog("orders-i18n")
  public interface OrdersApi {
    @Raises("ORDER_NOT_FOUND")
    String order(String orderId, long customerId);

    @Raises("OUT_OF_STOCK")
    String reserve(String item);
  }

  /** Throws the catalog's errors. */
  @RestController
  static class Orders implements OrdersApi {
    @Override
    @GetMapping("/orders/{id}")
    public String order(@PathVariable("id") String orderId,
        @RequestParam("customer") long customerId) {
      throw OrdersException.orderNotFound(orderId, customerId);
    }

    /**
     * What another server might answer: a code of the catalog's format that it does not list.
     *
     * @param code the code to answer with
     * @return a 500 in the product's format
     */
    @GetMapping("/invented")
    public org.springframework.http.ResponseEntity<String> invented(
        @RequestParam("code") String code) {
      return org.springframework.http.ResponseEntity.status(500)
          .header("Content-Type", "application/json")
          .body("{\"code\":\"" + code.replaceAll("[^A-Za-z0-9-]", "") + "\",\"message\":\"?\"}");
    }

    @Override
    @GetMapping("/reserve")
    public String reserve(@RequestParam("item") String item) {
      throw OrdersException.outOfStock();
    }
  }
}
