package com.example.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.orders.errors.OrdersError;
import com.example.orders.errors.OrdersException;
import io.errcat.spring.ErrcatStatusHandler;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.web.client.RestClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrdersApplicationTest {
  @Value("${local.server.port}")
  int port;

  @Test
  void aMissingOrderIsTheSameTypedErrorOnBothSides() {
    RestClient client = RestClient.builder().baseUrl("http://localhost:" + port)
        .defaultStatusHandler(ErrcatStatusHandler.of(OrdersException.class)).build();
    OrdersException e = assertThrows(OrdersException.class,
        () -> client.get().uri("/orders/42").retrieve().body(String.class));
    assertEquals(OrdersError.ORDER_NOT_FOUND, e.error());
    assertEquals(404, e.httpStatus());
    assertEquals("order '42' does not exist", e.getMessage());
  }
}
