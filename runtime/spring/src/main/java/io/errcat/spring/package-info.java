/**
 * The errcat Spring Boot starter: auto-configuration that answers generated exceptions from Spring
 * MVC handlers in their catalog's wire format or problem+json ({@link
 * io.errcat.spring.ErrcatExceptionHandler}), and client status handlers that turn error responses
 * into the generated typed exceptions ({@link io.errcat.spring.ErrcatStatusHandler} for {@code
 * RestClient}, {@link io.errcat.spring.ErrcatExchangeFilter} for {@code WebClient}). See {@code
 * docs/spring.md}.
 */
package io.errcat.spring;
