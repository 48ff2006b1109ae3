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
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

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
  private final String accessKeyId;
  private final String secret;
  private final String securityToken;
  private final Clock clock;

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
    this.accessKeyId = accessKeyId;
    this.secret = secret;
    this.securityToken = securityToken;
    this.clock = clock;
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
    Map<String, String> all = new LinkedHashMap<>(params);
    all.put("Action", operation.action() != null ? operation.action() : operation.id());
    all.put("Version", "2017-08-24");
    all.put("Format", "JSON");
    all.put("AccessKeyId", accessKeyId);
    all.put("SignatureMethod", PopSignature.METHOD);
    all.put("SignatureVersion", PopSignature.VERSION);
    all.put("SignatureNonce", UUID.randomUUID().toString());
    all.put("Timestamp", clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
    if (securityToken != null) {
      all.put("SecurityToken", securityToken);
    }
    all.put("Signature", PopSignature.sign(secret, PopSignature.stringToSign("GET", all)));
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
