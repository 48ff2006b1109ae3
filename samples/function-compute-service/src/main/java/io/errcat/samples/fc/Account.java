package io.errcat.samples.fc;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * The state of one Function Compute account, in memory: access keys, services with their versions,
 * aliases and functions, custom domains, and the limits the service enforces. Thread-safe: the
 * HTTP server calls it from several threads.
 */
public final class Account {
  /** An access key; read-only keys may not change anything. */
  public record AccessKey(String id, String secret, boolean readOnly) {}

  /** A service: its published versions, aliases (name to version), functions and a revision. */
  public static final class Service {
    final String name;
    final Map<Long, String> versions = new ConcurrentHashMap<>();
    final Map<String, Long> aliases = new ConcurrentHashMap<>();
    final Map<String, UnaryOperator<String>> functions = new ConcurrentHashMap<>();
    final AtomicInteger revision = new AtomicInteger(1);
    volatile String description = "";

    Service(String name) {
      this.name = name;
    }
  }

  final ConcurrentMap<String, AccessKey> keys = new ConcurrentHashMap<>();
  final ConcurrentMap<String, Service> services = new ConcurrentHashMap<>();
  final ConcurrentMap<String, String> domains = new ConcurrentHashMap<>();
  /** Functions whose concurrency limit is reached: invocations are throttled. */
  final Map<String, Boolean> throttled = new ConcurrentHashMap<>();
  final int maxServices;
  final int maxRequestBytes;
  final AtomicInteger invocationsLeft;

  /**
   * @param maxServices how many services the account may create
   * @param maxRequestBytes the largest request body accepted
   * @param invocationQuota how many invocations the account may make in all
   */
  public Account(int maxServices, int maxRequestBytes, int invocationQuota) {
    this.maxServices = maxServices;
    this.maxRequestBytes = maxRequestBytes;
    this.invocationsLeft = new AtomicInteger(invocationQuota);
  }

  public Account key(String id, String secret, boolean readOnly) {
    keys.put(id, new AccessKey(id, secret, readOnly));
    return this;
  }

  public Account service(String name) {
    services.computeIfAbsent(name, Service::new);
    return this;
  }

  public Account version(String service, long version, String description) {
    services.get(service).versions.put(version, description);
    return this;
  }

  public Account alias(String service, String alias, long version) {
    services.get(service).aliases.put(alias, version);
    return this;
  }

  /** Registers a function: the handler maps the invocation payload to its result. */
  public Account function(String service, String function, UnaryOperator<String> handler) {
    services.get(service).functions.put(function, Objects.requireNonNull(handler));
    return this;
  }

  public Account domain(String domainName, String service) {
    domains.put(domainName, service);
    return this;
  }

  /** Marks a function as at its concurrency limit. */
  public Account throttle(String service, String function) {
    throttled.put(service + "/" + function, Boolean.TRUE);
    return this;
  }
}
