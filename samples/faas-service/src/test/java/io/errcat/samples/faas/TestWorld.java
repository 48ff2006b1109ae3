package io.errcat.samples.faas;

import io.errcat.catalogs.faas.FaasOperation;
import io.errcat.samples.faas.cli.PopClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The service on {@code test-world.yaml}: request timestamps checked against the real clock (the
 * official SDK signs with it), the control plane on a {@link MutableClock} the tests move.
 */
final class TestWorld implements AutoCloseable {
  final MutableClock world = new MutableClock(Instant.parse("2026-06-01T00:00:00Z"));
  final FaasServer server;
  final int port;

  TestWorld() throws IOException {
    this(config("/test-world.yaml"));
  }

  TestWorld(ServiceConfig config) throws IOException {
    server = FaasServer.start(config, Clock.systemUTC(), world, 0);
    port = server.endpoint().getPort();
  }

  static ServiceConfig config(String resource) {
    return ServiceConfig.parse(text(resource), resource);
  }

  /** A world file's text, from the test resources. */
  static String text(String resource) {
    try (InputStream in = TestWorld.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code test-world.yaml} with a {@code server:} section of its own. */
  static ServiceConfig withServer(String serverSection) {
    return ServiceConfig.parse(text("/test-world.yaml") + "\nserver: " + serverSection + "\n",
        "test-world.yaml");
  }

  /** The endpoint under the host name the world answers as FaaS. */
  URI endpoint() {
    return URI.create("http://localhost:" + port);
  }

  PopClient client(String key, String secret) {
    return new PopClient(endpoint(), key, secret, null, Clock.systemUTC());
  }

  /** A successful call's one member, e.g. the new image's FpgaImageUUID. */
  static String member(String json, String name) {
    Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\":\"([^\"]*)\"").matcher(json);
    if (!m.find()) {
      throw new AssertionError(name + " not in " + json);
    }
    return m.group(1);
  }

  /** Creates an image as the key's account, then moves the world past the create interval. */
  String createImage(String key, String secret, String bucket, String object, String shell)
      throws IOException {
    String uuid = member(client(key, secret).call(FaasOperation.CREATE_FPGA_IMAGE,
        Map.of("Bucket", bucket, "Object", object, "ShellUUID", shell, "Name", object)),
        "FpgaImageUUID");
    world.advance(Duration.ofMinutes(31));
    return uuid;
  }

  @Override
  public void close() {
    server.close();
  }
}
