package io.errcat.samples.fc;

import io.errcat.catalogs.functioncompute.FunctionComputeException;
import io.errcat.spring.ErrcatStatusHandler;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.web.client.RestClient;

/**
 * The service's own client, on Spring's {@code RestClient}: signs requests the way Function
 * Compute's SDK does and, on an error status, throws the {@link FunctionComputeException} that
 * the errcat starter's {@link ErrcatStatusHandler} decodes from the response. Any body decodes,
 * also a proxy's HTML page: it becomes a typed exception without a known code.
 */
public final class FunctionComputeClient {
  private final RestClient http;
  private final String accessKeyId;
  private final String secret;
  private final Clock clock;
  private final boolean problemJson;

  /**
   * Creates a client.
   *
   * @param base the service's base URI
   * @param accessKeyId the access key id
   * @param secret its secret
   * @param clock the clock requests are dated by
   * @param problemJson ask for RFC 9457 problem+json instead of the product's own error format
   */
  public FunctionComputeClient(URI base, String accessKeyId, String secret, Clock clock,
      boolean problemJson) {
    this.http = RestClient.builder()
        .baseUrl(base.toString())
        .defaultStatusHandler(ErrcatStatusHandler.of(FunctionComputeException.class))
        .build();
    this.accessKeyId = accessKeyId;
    this.secret = secret;
    this.clock = clock;
    this.problemJson = problemJson;
  }

  /**
   * Reads a service.
   *
   * @param service the service name
   * @return its name
   */
  public String getService(String service) {
    return call("GET", "services/" + service, null, null);
  }

  /**
   * Creates a service.
   *
   * @param service the service name
   * @return its name
   */
  public String createService(String service) {
    return call("POST", "services", service, null);
  }

  /**
   * Updates a service's description.
   *
   * @param service the service name
   * @param description the new description
   * @param ifMatch the revision the caller last saw
   * @return the new revision
   */
  public String updateService(String service, String description, String ifMatch) {
    return call("PUT", "services/" + service, description, ifMatch);
  }

  /**
   * Reads a published version.
   *
   * @param service the service name
   * @param version the version
   * @return its description
   */
  public String getVersion(String service, String version) {
    return call("GET", "services/" + service + "/versions/" + version, null, null);
  }

  /**
   * Reads an alias.
   *
   * @param service the service name
   * @param alias the alias
   * @return {@code alias -> version}
   */
  public String getAlias(String service, String alias) {
    return call("GET", "services/" + service + "/aliases/" + alias, null, null);
  }

  /**
   * Reads a custom domain.
   *
   * @param domainName the domain
   * @return {@code domain -> service}
   */
  public String getCustomDomain(String domainName) {
    return call("GET", "custom-domains/" + domainName, null, null);
  }

  /**
   * Invokes a function.
   *
   * @param service the service name
   * @param function the function name
   * @param payload the payload
   * @return the function's result
   */
  public String invoke(String service, String function, String payload) {
    return call("POST", "services/" + service + "/functions/" + function + "/invocations", payload,
        null);
  }

  /**
   * One signed request to {@code /2016-08-15/<path>} (or, starting with {@code /}, any path).
   *
   * @param method the HTTP method
   * @param path the path
   * @param body the body, or {@code null}
   * @param ifMatch an {@code If-Match} header, or {@code null}
   * @return the body of a success
   * @throws FunctionComputeException for an error response, typed whatever its body
   */
  public String call(String method, String path, String body, String ifMatch) {
    String fullPath = path.startsWith("/") ? path : ApiController.PREFIX + "/" + path;
    String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(clock.instant().atZone(clock.getZone()));
    Map<String, String> signed = new LinkedHashMap<>();
    signed.put("Content-Type", "application/octet-stream");
    signed.put(Signature.FC_DATE_HEADER, date); // java.net.http may not set Date itself
    String signature = Signature.sign(secret, Signature.stringToSign(method, fullPath, signed));
    RestClient.RequestBodySpec request = http.method(HttpMethod.valueOf(method))
        .uri(fullPath)
        .header("Authorization", "FC " + accessKeyId + ":" + signature);
    signed.forEach(request::header);
    if (problemJson) {
      request.header("Accept", "application/problem+json");
    }
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    if (body != null) {
      request.body(body.getBytes(StandardCharsets.UTF_8));
    }
    byte[] answer = request.retrieve().body(byte[].class);
    return answer == null ? "" : new String(answer, StandardCharsets.UTF_8);
  }
}
