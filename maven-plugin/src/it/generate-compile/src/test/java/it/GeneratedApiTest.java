package it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.errcat.it.errors.BillingError;
import io.errcat.it.errors.BillingException;
import it.shop.ShopError;
import it.shop.ShopException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Uses the API generated from src/main/errcat/shop.yaml and billing.yaml. */
class GeneratedApiTest {

  @Test
  void codesResolveToTheirConstants() {
    assertEquals(Optional.of(ShopError.ORDER_NOT_FOUND), ShopError.fromCode("OrderNotFound"));
    assertEquals(Optional.of(ShopError.SHOP_CLOSED), ShopError.fromCode("1001"));
    assertEquals(Optional.empty(), ShopError.fromCode("orderNotFound"));
    assertEquals(404, ShopError.ORDER_NOT_FOUND.httpStatus());
    assertEquals(402, BillingError.INSUFFICIENT_BALANCE.httpStatus());
  }

  @Test
  void factoriesAreTypedByTheTemplate() {
    ShopException e = ShopException.orderNotFound("A-42");
    assertEquals(ShopError.ORDER_NOT_FOUND, e.error());
    assertEquals(404, e.httpStatus());
    assertTrue(e.getMessage().contains("order 'A-42' does not exist"), e.getMessage());

    ShopException q = ShopException.quantityTooLarge(7, 5);
    assertTrue(q.getMessage().contains("quantity 7 exceeds the limit of 5"), q.getMessage());

    BillingException b = BillingException.insufficientBalance(3L, 10L);
    assertTrue(b.getMessage().contains("balance 3 is below 10"), b.getMessage());
  }

  @Test
  void theCatalogsAreOnTheClassPath() {
    assertNotNull(getClass().getClassLoader().getResource("META-INF/errcat/shop.yaml"));
    assertNotNull(getClass().getClassLoader().getResource("META-INF/errcat/billing.yaml"));
  }
}
