package io.errcat.samples.faas;

import io.errcat.fpga.CallerType;
import io.errcat.fpga.FaasLimits;
import io.errcat.fpga.FpgaDevice;
import io.errcat.fpga.FpgaInstance;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The service's one configuration file: endpoints, shells, durations, and per account its keys,
 * STS credentials, default role, ECS instances with their FPGAs, and OSS buckets with objects.
 * {@link #demo()} is the built-in default ({@code faas-service.yaml} in the jar). A bad file is
 * one {@link IllegalArgumentException} naming the path of the bad value.
 */
record ServiceConfig(
    Set<String> endpoints,
    String hostId,
    Set<String> shells,
    Duration timestampWindow,
    ServerLimits server,
    FaasLimits limits,
    Backend.Durations durations,
    Directory directory,
    List<FpgaInstance> instances,
    Map<String, Backend.Behaviour> behaviours) {

  /** The built-in demo configuration. */
  static ServiceConfig demo() {
    try (InputStream in = ServiceConfig.class.getResourceAsStream("/faas-service.yaml")) {
      if (in == null) {
        throw new IllegalStateException("faas-service.yaml is missing from the jar");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "faas-service.yaml");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A configuration file. */
  static ServiceConfig load(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  static ServiceConfig parse(String text, String name) {
    Object root;
    try {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(false);
      options.setMaxAliasesForCollections(10);
      options.setCodePointLimit(1 << 20);
      root = new Yaml(new SafeConstructor(options)).load(text);
    } catch (YAMLException e) {
      throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
    }
    Node top = new Node(name, root);
    Set<String> endpoints = new LinkedHashSet<>();
    for (Node e : top.list("endpoints")) {
      endpoints.add(e.text().toLowerCase(Locale.ROOT));
    }
    Set<String> shells = new LinkedHashSet<>();
    for (Node s : top.list("shells")) {
      shells.add(s.text());
    }
    Node backend = top.get("backend");
    Backend.Durations durations = new Backend.Durations(
        backend.duration("queued"), backend.duration("compiling"),
        backend.duration("committed"), backend.duration("operating"));
    List<Directory.AccessKey> keys = new ArrayList<>();
    List<Directory.StsCredential> sts = new ArrayList<>();
    List<Directory.Bucket> buckets = new ArrayList<>();
    Set<String> roles = new LinkedHashSet<>();
    List<FpgaInstance> instances = new ArrayList<>();
    Map<String, Backend.Behaviour> behaviours = new LinkedHashMap<>();
    for (Node a : top.list("accounts")) {
      String account = a.get("id").text();
      if (a.flag("defaultRole", false)) {
        roles.add(account);
      }
      for (Node k : a.list("keys")) {
        String type = k.get("type").text();
        CallerType caller = switch (type) {
          case "account" -> CallerType.ACCOUNT;
          case "ram-user" -> CallerType.RAM_USER;
          default -> throw k.get("type").bad("account or ram-user");
        };
        keys.add(new Directory.AccessKey(k.get("id").text(), k.get("secret").text(), account,
            caller, k.flag("enabled", true), k.flag("ramAdmin", false),
            k.flag("ecsDescribe", true)));
      }
      for (Node t : a.list("sts")) {
        sts.add(new Directory.StsCredential(t.get("accessKeyId").text(), t.get("secret").text(),
            t.get("token").text(), account, t.get("expires").instant()));
      }
      for (Node i : a.list("instances")) {
        List<FpgaDevice> fpgas = new ArrayList<>();
        for (Node f : i.list("fpgas")) {
          String uuid = f.get("uuid").text();
          fpgas.add(new FpgaDevice(uuid, f.get("shell").text()));
          if (f.has("behaviour")) {
            Node b = f.get("behaviour");
            try {
              behaviours.put(uuid, Backend.Behaviour.valueOf(b.text().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
              throw b.bad("writes, stuck or fails");
            }
          }
        }
        instances.add(new FpgaInstance(i.get("id").text(), account, fpgas));
      }
      for (Node b : a.list("buckets")) {
        Set<String> objects = new LinkedHashSet<>();
        for (Node o : b.list("objects")) {
          objects.add(o.text());
        }
        Set<String> failing = new LinkedHashSet<>();
        for (Node o : b.list("failingObjects")) {
          failing.add(o.text());
        }
        objects.addAll(failing);
        buckets.add(new Directory.Bucket(b.get("name").text(), account, objects, failing));
      }
    }
    try {
      return new ServiceConfig(Set.copyOf(endpoints), top.get("hostId").text(), Set.copyOf(shells),
          top.has("timestampWindow") ? top.duration("timestampWindow") : Duration.ofMinutes(15),
          serverLimits(top), FaasLimits.DOCUMENTED, durations, new Directory(keys, sts, buckets, roles),
          List.copyOf(instances), behaviours);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
    }
  }

  /** The {@code server:} section: each key optional, {@link ServerLimits#DEFAULTS} otherwise. */
  private static ServerLimits serverLimits(Node top) {
    ServerLimits d = ServerLimits.DEFAULTS;
    if (!top.has("server")) {
      return d;
    }
    Node s = top.get("server");
    Duration request = s.has("requestTimeout") ? s.duration("requestTimeout") : d.requestTimeout();
    Duration keepAlive = s.has("keepAliveTimeout") ? s.duration("keepAliveTimeout")
        : d.keepAliveTimeout();
    int connections = s.integer("maxConnections", d.maxConnections());
    int perClient = s.integer("maxConnectionsPerClient", d.maxConnectionsPerClient());
    int header = s.integer("maxHeaderBytes", d.maxHeaderBytes());
    int nonces = s.integer("noncesPerKey", d.noncesPerKey());
    try {
      return new ServerLimits(request, keepAlive, connections, perClient, header, nonces);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(s.path() + "." + e.getMessage(), e);
    }
  }

  /** A value of the YAML tree with its path, for messages. */
  private record Node(String path, Object value) {
    boolean has(String key) {
      return value instanceof Map<?, ?> m && m.get(key) != null;
    }

    Node get(String key) {
      if (!(value instanceof Map<?, ?> m)) {
        throw bad("a mapping");
      }
      Object v = m.get(key);
      if (v == null) {
        throw new IllegalArgumentException(path + "." + key + ": missing");
      }
      return new Node(path + "." + key, v);
    }

    List<Node> list(String key) {
      if (!has(key)) {
        return List.of();
      }
      Node n = get(key);
      if (!(n.value instanceof List<?> l)) {
        throw n.bad("a list");
      }
      List<Node> out = new ArrayList<>();
      for (int i = 0; i < l.size(); i++) {
        out.add(new Node(n.path + "[" + i + "]", l.get(i)));
      }
      return out;
    }

    String text() {
      if (value instanceof Map || value instanceof List) {
        throw bad("a scalar");
      }
      String s = String.valueOf(value).strip();
      if (s.isEmpty()) {
        throw bad("a non-empty value");
      }
      return s;
    }

    boolean flag(String key, boolean otherwise) {
      return scalar(key, Boolean.class, otherwise, "true or false");
    }

    int integer(String key, int otherwise) {
      return scalar(key, Integer.class, otherwise, "a whole number");
    }

    /** The value under a key as YAML typed it, or {@code otherwise} when the key is absent. */
    private <T> T scalar(String key, Class<T> type, T otherwise, String expected) {
      if (!has(key)) {
        return otherwise;
      }
      Node n = get(key);
      if (!type.isInstance(n.value)) {
        throw n.bad(expected);
      }
      return type.cast(n.value);
    }

    Duration duration(String key) {
      Node n = get(key);
      try {
        return Duration.parse(n.text());
      } catch (DateTimeParseException e) {
        throw n.bad("an ISO-8601 duration such as PT30S");
      }
    }

    Instant instant() {
      Object v = value;
      if (v instanceof java.util.Date d) {
        return d.toInstant();
      }
      try {
        return Instant.parse(text());
      } catch (DateTimeParseException e) {
        throw bad("an instant such as 2030-01-01T00:00:00Z");
      }
    }

    IllegalArgumentException bad(String expected) {
      return new IllegalArgumentException(path + ": expected " + expected + ", found '"
          + (value instanceof Map || value instanceof List ? value.getClass().getSimpleName()
              : String.valueOf(value)) + "'");
    }
  }
}
