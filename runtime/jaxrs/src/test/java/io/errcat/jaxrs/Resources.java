package io.errcat.jaxrs;

import io.errcat.catalogs.faas.FaasError;
import io.errcat.catalogs.faas.FaasException;
import io.errcat.catalogs.faas.FaasOperation;
import io.errcat.catalogs.functioncompute.FunctionComputeError;
import io.errcat.catalogs.functioncompute.FunctionComputeException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.net.URI;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/** A JAX-RS application with two catalogs that registers nothing of errcat's. */
@Path("/")
public class Resources {
  // @Produces lists every form errcat may answer: Jersey refuses (406) an Accept that matches
  // none of a method's types before the method runs.

  /**
   * Throws a Function Compute error.
   *
   * @param code the code
   * @return never
   */
  @GET
  @Path("fc")
  @Produces({"application/json", "application/problem+json", "application/xml"})
  public String fc(@QueryParam("code") String code) {
    throw FunctionComputeException.of(FunctionComputeError.fromCode(code).orElseThrow());
  }

  /**
   * Throws a FaaS error in an operation.
   *
   * @param code the code
   * @param operation the operation id, or null
   * @return never
   */
  @GET
  @Path("faas")
  @Produces({"application/json", "application/problem+json", "application/xml"})
  public String faas(@QueryParam("code") String code, @QueryParam("operation") String operation) {
    FaasException e = FaasException.of(FaasError.fromCode(code).orElseThrow());
    throw operation == null ? e : e.withOperation(FaasOperation.fromId(operation).orElseThrow());
  }

  /**
   * Fails with something that is not errcat's.
   *
   * @return never
   */
  @GET
  @Path("boom")
  public String boom() {
    throw new IllegalStateException("not an errcat exception");
  }

  /**
   * Succeeds.
   *
   * @return ok
   */
  @GET
  @Path("ok")
  @Produces("text/plain")
  public String ok() {
    return "ok";
  }

  /**
   * Starts Jersey on Grizzly, 127.0.0.1 and a free port.
   *
   * @param properties application properties, name then value
   * @return the running server
   */
  static HttpServer start(String... properties) {
    return start(new ResourceConfig(Resources.class), properties);
  }

  /**
   * Starts a configuration on Grizzly, 127.0.0.1 and a free port.
   *
   * @param config the application
   * @param properties application properties, name then value
   * @return the running server
   */
  static HttpServer start(ResourceConfig config, String... properties) {
    for (int i = 0; i < properties.length; i += 2) {
      config.property(properties[i], properties[i + 1]);
    }
    return GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), config);
  }

  static String base(HttpServer server) {
    return "http://127.0.0.1:" + server.getListeners().iterator().next().getPort();
  }
}
