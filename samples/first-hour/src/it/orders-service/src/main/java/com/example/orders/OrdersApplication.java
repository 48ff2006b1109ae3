package com.example.orders;

import com.example.orders.errors.OrdersException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@SpringBootApplication
@RestController
public class OrdersApplication {
  public static void main(String[] args) {
    SpringApplication.run(OrdersApplication.class, args);
  }

  @GetMapping("/orders/{id}")
  String order(@PathVariable String id) {
    throw OrdersException.orderNotFound(id); // answered as 404 {"code":"OrderNotFound",…}
  }
}
