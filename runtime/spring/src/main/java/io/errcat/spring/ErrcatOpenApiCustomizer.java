package io.errcat.spring;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.util.ClassUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * springdoc documents each controller method with exactly the errors its interface's {@code
 * @Raises} declares: the annotation processor writes, per {@code @ErrorCatalog} interface, {@code
 * META-INF/errcat/openapi/<interface>.openapi.json} (one response per status listing that method's
 * codes, each with its real body); this customizer adds those responses to the operation of each
 * handler method that implements one of those methods, and the documents' schemas to the API's
 * components. A status the application documents itself is left as it is; methods that declare no
 * errors get none.
 */
public class ErrcatOpenApiCustomizer implements OperationCustomizer, OpenApiCustomizer {
  private static final Logger LOG = Logger.getLogger(ErrcatOpenApiCustomizer.class.getName());

  /** Where the processor writes the documents (the engine's {@code OpenApiEmitter}). */
  static final String DIRECTORY = "META-INF/errcat/openapi/";

  /** A document larger than this is not read: the processor writes a few hundred KB at most. */
  static final int MAX_DOCUMENT_BYTES = 16 << 20;

  private final ClassLoader loader;
  private final Map<Class<?>, Optional<OpenAPI>> documents = new ConcurrentHashMap<>();
  private final Set<OpenAPI> used = ConcurrentHashMap.newKeySet();

  /**
   * A customizer reading documents through {@code loader}.
   *
   * @param loader the application's class loader
   */
  public ErrcatOpenApiCustomizer(ClassLoader loader) {
    this.loader = loader;
  }

  @Override
  public Operation customize(Operation operation, HandlerMethod handlerMethod) {
    Method method = handlerMethod.getMethod();
    for (Class<?> type : declaringTypes(handlerMethod.getBeanType(), method)) {
      Optional<OpenAPI> doc = document(type);
      if (doc.isEmpty()) {
        continue;
      }
      Map<String, Map<String, String>> statuses = operations(doc.get()).get(method.getName());
      if (statuses == null) {
        continue;
      }
      if (operation.getResponses() == null) {
        operation.setResponses(new ApiResponses());
      }
      for (Map.Entry<String, Map<String, String>> status : statuses.entrySet()) {
        ApiResponse response = response(doc.get(), status.getValue().get("$ref"));
        if (response != null && !operation.getResponses().containsKey(status.getKey())) {
          operation.getResponses().addApiResponse(status.getKey(), response);
        }
      }
      used.add(doc.get());
      break;
    }
    return operation;
  }

  @Override
  public void customise(OpenAPI openApi) {
    for (OpenAPI doc : used) {
      if (doc.getComponents() == null || doc.getComponents().getSchemas() == null) {
        continue;
      }
      if (openApi.getComponents() == null) {
        openApi.setComponents(new io.swagger.v3.oas.models.Components());
      }
      for (Map.Entry<String, Schema> s : doc.getComponents().getSchemas().entrySet()) {
        if (openApi.getComponents().getSchemas() == null
            || !openApi.getComponents().getSchemas().containsKey(s.getKey())) {
          openApi.getComponents().addSchemas(s.getKey(), s.getValue());
        }
      }
    }
  }

  /** The types whose document may describe {@code method}: its interfaces, then the class. */
  private static List<Class<?>> declaringTypes(Class<?> beanType, Method method) {
    Class<?> user = ClassUtils.getUserClass(beanType);
    List<Class<?>> out = new ArrayList<>();
    for (Class<?> i : new LinkedHashSet<>(ClassUtils.getAllInterfacesForClassAsSet(user))) {
      if (ClassUtils.hasMethod(i, method.getName(), method.getParameterTypes())) {
        out.add(i);
      }
    }
    out.add(user);
    return out;
  }

  private Optional<OpenAPI> document(Class<?> type) {
    return documents.computeIfAbsent(type, this::read);
  }

  private Optional<OpenAPI> read(Class<?> type) {
    String name = type.getCanonicalName();
    if (name == null) {
      return Optional.empty(); // anonymous or local: the processor writes nothing for it
    }
    try (InputStream in = loader.getResourceAsStream(DIRECTORY + name + ".openapi.json")) {
      if (in == null) {
        return Optional.empty();
      }
      byte[] bytes = in.readNBytes(MAX_DOCUMENT_BYTES + 1);
      if (bytes.length > MAX_DOCUMENT_BYTES) {
        LOG.warning(() -> "errcat: " + DIRECTORY + name + ".openapi.json is over "
            + MAX_DOCUMENT_BYTES + " bytes; its errors are not documented");
        return Optional.empty();
      }
      return Optional.of(Json.mapper().readValue(bytes, OpenAPI.class));
    } catch (IOException | RuntimeException e) {
      LOG.warning(() -> "errcat: cannot read " + DIRECTORY + name + ".openapi.json: " + e);
      return Optional.empty();
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Map<String, String>>> operations(OpenAPI doc) {
    Object index = doc.getExtensions() == null ? null : doc.getExtensions()
        .get("x-errcat-operations");
    return index instanceof Map<?, ?> m ? (Map<String, Map<String, Map<String, String>>>) m
        : Map.of();
  }

  private static ApiResponse response(OpenAPI doc, String ref) {
    if (ref == null || doc.getComponents() == null || doc.getComponents().getResponses() == null) {
      return null;
    }
    return doc.getComponents().getResponses().get(ref.substring(ref.lastIndexOf('/') + 1));
  }
}
