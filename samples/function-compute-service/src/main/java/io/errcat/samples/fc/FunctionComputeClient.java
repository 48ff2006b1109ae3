package io.errcat.samples.fc;

import io.errcat.catalogs.functioncompute.FunctionComputeException;
import io.errcat.catalogs.functioncompute.FunctionComputeHttpMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@code java.net.http} client of the service: signs requests and, on an error status, throws
 * the {@link FunctionComputeException} that the generated mapper decodes from the response. Any
 * body decodes, also a proxy's HTML page: it becomes a typed exception without a known code.
 */
public final class FunctionComputeClient {
  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final URI base;
  private final String accessKeyId;
  private final String secret;
  private final Clock clock;
  private final boolean problemJson;

  /**
   * @param problemJson ask for RFC 9457 problem+json instead of the product's own error format
   */
  public FunctionComputeClient(URI base, String accessKeyId, String secret, Clock clock,
      boolean problemJson) {
    this.base = base;
    this.accessKeyId = accessKeyId;
    this.secret = secret;
    this.clock = clock;
    this.problemJson = problemJson;
  }

  public String getService(String service) {
    return call("GET", "services/" + service, null, null);
  }

  public String createService(String service) {
    return call("POST", "services", service, null);
  }

  /** Updates a service's description; {@code ifMatch} is the revision the caller last saw. */
  public String updateService(String service, String description, String ifMatch) {
    return call("PUT", "services/" + service, description, ifMatch);
  }

  public String getVersion(String service, String version) {
    return call("GET", "services/" + service + "/versions/" + version, null, null);
  }

  public String getAlias(String service, String alias) {
    return call("GET", "services/" + service + "/aliases/" + alias, null, null);
  }

  public String getCustomDomain(String domainName) {
    return call("GET", "custom-domains/" + domainName, null, null);
  }

  public String invoke(String service, String function, String payload) {
    return call("POST", "services/" + service + "/functions/" + function + "/invocations", payload,
        null);
  }

  /**
   * One signed request to {@code /2016-08-15/<path>}; the body of a success, or the decoded
   * exception. {@code path} may also be any path for requests the service does not support.
   */
  public String call(String method, String path, String body, String ifMatch) {
    String fullPath = path.startsWith("/") ? path : ApiServlet.PREFIX + path;
    String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(clock.instant().atZone(clock.getZone()));
    Map<String, String> signed = new LinkedHashMap<>();
    signed.put("Content-Type", "application/octet-stream");
    signed.put(Signature.FC_DATE_HEADER, date); // java.net.http may not set Date itself
    String signature = Signature.sign(secret, Signature.stringToSign(method, fullPath, signed));
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(fullPath))
        .timeout(Duration.ofSeconds(10))
        .header("Authorization", "FC " + accessKeyId + ":" + signature)
        .method(method, body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    signed.forEach(request::header);
    if (problemJson) request.header("Accept", "application/problem+json");
    if (ifMatch != null) request.header("If-Match", ifMatch);
    HttpResponse<byte[]> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException("cannot reach " + base + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while calling " + base, e);
    }
    if (response.statusCode() >= 400) {
      throw FunctionComputeHttpMapper.fromHttp(response.statusCode(), response.headers().map(),
          response.body());
    }
    return new String(response.body(), StandardCharsets.UTF_8);
  }
}
