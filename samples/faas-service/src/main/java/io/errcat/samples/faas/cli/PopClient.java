package io.errcat.samples.faas.cli;

import io.errcat.catalogs.faas.FaasException;
import io.errcat.catalogs.faas.FaasHttpMapper;
import io.errcat.catalogs.faas.FaasOperation;
import io.errcat.samples.faas.PopSignature;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * A signed POP RPC client of the FaaS service on {@code java.net.http}: the common parameters,
 * signature version 1.0, and on an error status the typed {@link FaasException} the generated
 * mapper decodes (with the operation, so codes with per-operation texts read right).
 */
public final class PopClient {
  // HTTP/1.1 as POP is spoken: no h2c upgrade attempt, under which java.net.http was seen to send
  // a GET again, and a signed request sent twice is refused as a replay (SignatureNonceUsed)
  private final HttpClient http = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final URI endpoint;
  private final PopCredentials credentials;

  /**
   * Creates a client.
   *
   * @param endpoint the service, e.g. {@code http://127.0.0.1:8080}
   * @param accessKeyId the AccessKey id
   * @param secret its secret
   * @param securityToken an STS token, or {@code null}
   * @param clock what {@code Timestamp} is read from
   */
  public PopClient(URI endpoint, String accessKeyId, String secret, String securityToken,
      Clock clock) {
    this.endpoint = endpoint;
    this.credentials = new PopCredentials(accessKeyId, secret, securityToken, clock);
  }

  /**
   * Calls an action.
   *
   * @param operation the operation
   * @param params its parameters
   * @return the JSON body of the success
   * @throws FaasException the decoded error, typed whatever the body
   * @throws IOException when the service cannot be reached
   */
  public String call(FaasOperation operation, Map<String, String> params) throws IOException {
    Map<String, String> all = credentials.sign("GET", operation, params,
        Map.of("Format", "JSON"));
    StringBuilder query = new StringBuilder();
    all.forEach((k, v) -> query.append(query.length() == 0 ? "?" : "&")
        .append(PopSignature.percentEncode(k)).append('=').append(PopSignature.percentEncode(v)));
    HttpRequest request = HttpRequest.newBuilder(endpoint.resolve("/" + query))
        .timeout(Duration.ofSeconds(30)).GET().build();
    HttpResponse<byte[]> r;
    try {
      r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    if (r.statusCode() >= 400) {
      throw FaasHttpMapper.fromHttp(r.statusCode(), r.headers().map(), r.body(), operation);
    }
    return new String(r.body(), StandardCharsets.UTF_8);
  }
}
