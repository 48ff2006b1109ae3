package io.errcat.samples.faas;

import io.errcat.fpga.CallerType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the FaaS errors presuppose beyond images and FPGAs: AccessKeys and STS credentials, the
 * {@code AliyunFAASDefaultRole} of each account, and OSS buckets with their objects. Keys, tokens
 * and buckets are fixed by the configuration; roles change through the {@code auth} action.
 * Thread-safe.
 */
final class Directory {
  /** The RAM role FaaS reads OSS with. */
  static final String DEFAULT_ROLE = "AliyunFAASDefaultRole";

  /**
   * An AccessKey pair.
   *
   * @param id the AccessKey id
   * @param secret the secret
   * @param accountId the account it belongs to
   * @param type the account's root key or a RAM user's
   * @param enabled false for a disabled key
   * @param ramAdmin whether the RAM user may create roles and grant them ({@code auth})
   * @param ecsDescribe whether its policy allows ECS DescribeInstances
   */
  record AccessKey(String id, String secret, String accountId, CallerType type, boolean enabled,
      boolean ramAdmin, boolean ecsDescribe) {}

  /**
   * A temporary STS credential: AccessKey id and secret with their security token.
   *
   * @param accessKeyId the temporary AccessKey id ({@code STS.…})
   * @param secret its secret
   * @param token the security token
   * @param accountId the account whose role was assumed
   * @param expires when it stops being valid
   */
  record StsCredential(String accessKeyId, String secret, String token, String accountId,
      Instant expires) {}

  /**
   * An OSS bucket.
   *
   * @param name the bucket name
   * @param ownerAccountId its owner
   * @param objects the object names in it
   * @param failingObjects objects whose design does not compile
   */
  record Bucket(String name, String ownerAccountId, Set<String> objects,
      Set<String> failingObjects) {}

  private final Map<String, AccessKey> keys;
  private final Map<String, StsCredential> stsByKey;
  private final Map<String, StsCredential> stsByToken;
  private final Map<String, Bucket> buckets;
  private final Set<String> accountsWithRole = ConcurrentHashMap.newKeySet();

  Directory(List<AccessKey> keys, List<StsCredential> sts, List<Bucket> buckets,
      Set<String> accountsWithRole) {
    this.keys = index(keys, AccessKey::id);
    this.stsByKey = index(sts, StsCredential::accessKeyId);
    this.stsByToken = index(sts, StsCredential::token);
    this.buckets = index(buckets, Bucket::name);
    this.accountsWithRole.addAll(accountsWithRole);
  }

  private static <T> Map<String, T> index(List<T> items, java.util.function.Function<T, String> key) {
    Map<String, T> m = new ConcurrentHashMap<>();
    for (T t : items) {
      if (m.putIfAbsent(Objects.requireNonNull(key.apply(t)), t) != null) {
        throw new IllegalArgumentException("given twice: " + key.apply(t));
      }
    }
    return m;
  }

  Optional<AccessKey> key(String id) {
    return Optional.ofNullable(keys.get(id));
  }

  Optional<StsCredential> stsByKey(String accessKeyId) {
    return Optional.ofNullable(stsByKey.get(accessKeyId));
  }

  Optional<StsCredential> stsByToken(String token) {
    return Optional.ofNullable(stsByToken.get(token));
  }

  Optional<Bucket> bucket(String name) {
    return Optional.ofNullable(buckets.get(name));
  }

  boolean hasDefaultRole(String accountId) {
    return accountsWithRole.contains(accountId);
  }

  /** Creates the account's default role (idempotent), as {@code faascmd auth} does. */
  void createDefaultRole(String accountId) {
    accountsWithRole.add(accountId);
  }
}
