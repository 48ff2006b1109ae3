package io.errcat.jaxrs;

import io.errcat.runtime.BodyForm;
import io.errcat.runtime.CatalogRegistry;
import io.errcat.runtime.ErrorResponder;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Registers {@link ErrcatExceptionMapper} on a server, over the catalogs that generated code lists
 * for {@code ServiceLoader}. Jersey registers it by itself (its auto-discovery, {@code
 * internal.ErrcatAutoDiscoverable}); elsewhere, {@code register(ErrcatFeature.class)} in the
 * {@code Application}.
 *
 * <p>Configured by the application's properties, with the Spring Boot starter's names:
 *
 * <ul>
 *   <li>{@value #DOCS_BASE_URL}: where the HTML reference is published (problem {@code type}s);
 *   <li>{@value #DEFAULT_FORMAT}: {@code json}, {@code xml} or {@code problem}, the body's form
 *       when {@code Accept} names none (default {@code json});
 *   <li>{@value #REQUEST_ID_HEADERS}: comma-separated request headers carrying the caller's request
 *       id (default: each catalog's own);
 *   <li>{@value #REQUEST_ID_ATTRIBUTE}: a request property ({@code
 *       ContainerRequestContext.setProperty}, e.g. from the application's own request-id filter)
 *       whose value an answer carries in preference to the caller's.
 * </ul>
 */
@ConstrainedTo(RuntimeType.SERVER)
public final class ErrcatFeature implements Feature {
  /** The property naming the docs base URL. */
  public static final String DOCS_BASE_URL = "errcat.docs-base-url";
  /** The property naming the default form. */
  public static final String DEFAULT_FORMAT = "errcat.server.default-format";
  /** The property naming the request id headers. */
  public static final String REQUEST_ID_HEADERS = "errcat.server.request-id-headers";
  /** The property naming the request property that holds the application's own request id. */
  public static final String REQUEST_ID_ATTRIBUTE = "errcat.server.request-id-attribute";

  /** Created by the JAX-RS runtime. */
  public ErrcatFeature() {}

  @Override
  public boolean configure(FeatureContext context) {
    Configuration config = context.getConfiguration();
    if (config.isRegistered(ErrcatExceptionMapper.class)) {
      return false;
    }
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    ErrorResponder responder = ErrorResponder.builder(
            CatalogRegistry.load(loader != null ? loader : ErrcatFeature.class.getClassLoader()))
        .docsBaseUrl(text(config, DOCS_BASE_URL))
        .defaultForm(form(text(config, DEFAULT_FORMAT)))
        .requestIdHeaders(list(text(config, REQUEST_ID_HEADERS)))
        .build();
    context.register(new ErrcatExceptionMapper(responder, text(config, REQUEST_ID_ATTRIBUTE)));
    return true;
  }

  private static String text(Configuration config, String name) {
    Object v = config.getProperty(name);
    return v == null ? null : v.toString();
  }

  /**
   * A form by its property value.
   *
   * @throws IllegalArgumentException for a value that names no form, so a typo fails at start
   */
  static BodyForm form(String value) {
    if (value == null || value.isBlank()) {
      return BodyForm.JSON;
    }
    try {
      return BodyForm.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(DEFAULT_FORMAT + " must be json, xml or problem, not '"
          + value + "'", e);
    }
  }

  private static List<String> list(String value) {
    List<String> names = new ArrayList<>();
    if (value != null) {
      for (String n : value.split(",")) {
        names.add(n.strip());
      }
    }
    return names;
  }
}
