/**
 * Jakarta REST (JAX-RS) adapters for errcat: {@link io.errcat.jaxrs.ErrcatExceptionMapper} on the
 * server, {@link io.errcat.jaxrs.ErrcatResponses} and {@link io.errcat.jaxrs.ErrcatClientFilter}
 * on the client. See {@code docs/jaxrs.md}.
 */
package io.errcat.jaxrs;
