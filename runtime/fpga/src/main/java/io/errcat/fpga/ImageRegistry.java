package io.errcat.fpga;

import static io.errcat.catalogs.faas.FaasOperation.CREATE_FPGA_IMAGE;
import static io.errcat.catalogs.faas.FaasOperation.DELETE_FPGA_IMAGE;
import static io.errcat.catalogs.faas.FaasOperation.DELETE_PUBLISH_FPGA_IMAGE;
import static io.errcat.catalogs.faas.FaasOperation.PUBLISH_FPGA_IMAGE;

import io.errcat.catalogs.faas.FaasException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The images of all accounts. Creating and deleting go through the owner's entry in
 * {@code accounts} (atomic per account), so the image count and the create interval hold under
 * concurrency; state changes of one image are atomic on that image.
 */
final class ImageRegistry {
  /** Per account: when it last created an image (the count is derived from {@code images}). */
  private record Account(Instant lastCreate) {
  }

  private final Clock clock;
  private final FaasLimits limits;
  private final Set<String> supportedShells;
  private final Map<String, FpgaImage> images = new ConcurrentHashMap<>();
  private final Map<String, Account> accounts = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();

  ImageRegistry(Clock clock, FaasLimits limits, Set<String> supportedShells) {
    this.clock = clock;
    this.limits = limits;
    this.supportedShells = Set.copyOf(supportedShells);
  }

  FpgaImage create(Caller caller, CreateImageRequest request) {
    // Only RAM users' AccessKeys may create images ("please use sub user's AK").
    if (caller.type() != CallerType.RAM_USER) {
      throw FaasException.callerTypeNotSupport(CREATE_FPGA_IMAGE);
    }
    if (blank(request.name()) || blank(request.shellUuid()) || blank(request.bucket())
        || blank(request.object())) {
      throw FaasException.parameterInvalidate().withOperation(CREATE_FPGA_IMAGE);
    }
    if (!supportedShells.contains(request.shellUuid())) {
      throw FaasException.shellNotSupport().withOperation(CREATE_FPGA_IMAGE);
    }
    String owner = caller.accountId();
    FpgaImage[] created = new FpgaImage[1];
    accounts.compute(owner, (k, account) -> {
      Instant now = clock.instant();
      if (count(owner) >= limits.maxImagesPerAccount()) {
        throw FaasException.imageNumberExceed().withOperation(CREATE_FPGA_IMAGE);
      }
      if (account != null && now.isBefore(account.lastCreate().plus(limits.createInterval()))) {
        throw FaasException.frequencyError().withOperation(CREATE_FPGA_IMAGE);
      }
      String uuid = newUuid();
      created[0] = new FpgaImage(uuid, owner, request.name(), request.shellUuid(),
          ImageState.QUEUED, now, false);
      images.put(uuid, created[0]);
      return new Account(now);
    });
    return created[0];
  }

  /**
   * A new image's id: 128 random bits, as unguessable as the real service's, so that no account
   * can count or probe another's images by their ids (a sequence would tell both).
   */
  private String newUuid() {
    byte[] bits = new byte[16];
    String uuid;
    do {
      random.nextBytes(bits);
      uuid = "fpga-image-" + HexFormat.of().formatHex(bits);
    } while (images.containsKey(uuid));
    return uuid;
  }

  void delete(Caller caller, String imageUuid) {
    String owner = caller.accountId();
    accounts.compute(owner, (k, account) -> {
      if (ownImage(owner, imageUuid).isEmpty()) {
        throw FaasException.imageNotFound(DELETE_FPGA_IMAGE);
      }
      images.remove(imageUuid);
      return account;
    });
  }

  FpgaImage publish(Caller caller, String imageUuid) {
    return update(imageUuid, caller, image -> {
      if (image == null) {
        throw FaasException.fpgaImageNotFound().withOperation(PUBLISH_FPGA_IMAGE);
      }
      if (image.state() != ImageState.SUCCESS) {
        throw FaasException.fpgaImageStateError().withOperation(PUBLISH_FPGA_IMAGE);
      }
      return image.withPublished(true);
    });
  }

  FpgaImage deletePublish(Caller caller, String imageUuid) {
    return update(imageUuid, caller, image -> {
      if (image == null || !image.published()) {
        throw FaasException.imageNotFound(DELETE_PUBLISH_FPGA_IMAGE);
      }
      return image.withPublished(false);
    });
  }

  /** The caller's images, oldest first. */
  List<FpgaImage> describe(Caller caller) {
    return images.values().stream()
        .filter(i -> i.ownerAccountId().equals(caller.accountId()))
        .sorted(Comparator.comparing(FpgaImage::createdAt).thenComparing(FpgaImage::uuid))
        .toList();
  }

  Optional<FpgaImage> find(String imageUuid) {
    return imageUuid == null ? Optional.empty() : Optional.ofNullable(images.get(imageUuid));
  }

  /** The compile farm moves an image from {@code from} to {@code to}. */
  FpgaImage advance(String imageUuid, ImageState from, ImageState to) {
    FpgaImage next = images.computeIfPresent(imageUuid, (k, image) -> {
      if (image.state() != from) {
        throw new IllegalStateException("image " + imageUuid + " is " + image.state().wireName()
            + ", not " + from.wireName());
      }
      return image.withState(to);
    });
    if (next == null) {
      throw new IllegalArgumentException("no image " + imageUuid);
    }
    return next;
  }

  /** Changes one of the caller's images atomically; the function sees {@code null} for none. */
  private FpgaImage update(String imageUuid, Caller caller, UnaryOperator<FpgaImage> change) {
    if (imageUuid == null) {
      return change.apply(null);
    }
    // change never returns null, so an absent image stays absent
    return images.compute(imageUuid, (k, image) ->
        change.apply(image != null && image.ownerAccountId().equals(caller.accountId()) ? image : null));
  }

  private Optional<FpgaImage> ownImage(String owner, String imageUuid) {
    return find(imageUuid).filter(i -> i.ownerAccountId().equals(owner));
  }

  private long count(String owner) {
    return images.values().stream().filter(i -> i.ownerAccountId().equals(owner)).count();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
