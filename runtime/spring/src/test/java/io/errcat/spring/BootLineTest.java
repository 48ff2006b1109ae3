package io.errcat.spring;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootVersion;
import org.springframework.core.SpringVersion;

/**
 * These tests run twice: in runtime/spring on Spring Boot 4.0, and in compat/spring-boot-3 on
 * Spring Boot 3.5. Each build says which line it expects ({@code errcat.bootLine}), so a class
 * path that quietly resolved the other line fails here instead of proving nothing.
 */
class BootLineTest {
  @Test
  void theClassPathIsTheBootLineThisBuildTests() {
    String expected = System.getProperty("errcat.bootLine");
    assertNotNull(expected, "the build sets errcat.bootLine");
    String boot = SpringBootVersion.getVersion();
    assertTrue(boot.startsWith(expected + "."), "Spring Boot " + boot + ", expected " + expected);
    String spring = SpringVersion.getVersion();
    assertTrue(spring.startsWith(expected.startsWith("3.") ? "6." : "7."),
        "Spring Framework " + spring + " with Boot " + boot);
  }
}
