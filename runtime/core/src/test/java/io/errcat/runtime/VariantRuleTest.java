package io.errcat.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The one per-operation rule ({@link ErrorDetails#inOperation(String)}), on a code with three
 * variants as FaaS's {@code IMAGE NOT FOUND} has: texts carried unchanged from one variant become
 * the other's; texts set by hand stay; a decoded response keeps the status it arrived with.
 */
class VariantRuleTest {
  /** A code whose texts differ per operation. */
  enum ImageNotFound implements ErrorCode {
    IMAGE_NOT_FOUND;

    static final List<Variant> VARIANTS = List.of(
        Variant.status(404).message("The image does not exist.").description("first")
            .operations("CreateImage").build(),
        Variant.status(400).message("The image to load does not exist.").description("load")
            .retry(RetryHint.of(true, Duration.ofMinutes(1))).operations("LoadImage").build(),
        Variant.status(0).message("The image to delete does not exist.").description("delete")
            .operations("DeleteImage", "PurgeImage").build());

    @Override
    public String code() {
      return "IMAGE NOT FOUND";
    }

    @Override
    public int httpStatus() {
      return VARIANTS.get(0).httpStatus();
    }

    @Override
    public String message() {
      return VARIANTS.get(0).message();
    }

    @Override
    public String description() {
      return VARIANTS.get(0).description();
    }

    @Override
    public String solution() {
      return null;
    }

    @Override
    public RetryHint retry() {
      return VARIANTS.get(0).retry();
    }

    @Override
    public List<Variant> variants() {
      return VARIANTS;
    }
  }

  private static final ImageNotFound E = ImageNotFound.IMAGE_NOT_FOUND;

  @Test
  void theVariantOfAnOperationIsTheFirstThatAppliesElseTheFirst() {
    assertSame(E.variants().get(1), E.variant("LoadImage"));
    assertSame(E.variants().get(2), E.variant("PurgeImage"));
    assertSame(E.variants().get(0), E.variant("DescribeImages"));
    assertFalse(E.appliesTo("DescribeImages"), "no variant lists it");
    assertTrue(E.appliesTo("PurgeImage"));
    TestError plain = new TestError("X", "X", 400, "x", null);
    assertEquals(1, plain.variants().size(), "a plain code has its own texts as one variant");
    assertEquals(plain.message(), plain.variant("Any").message());
  }

  @Test
  void textsCarriedUnchangedFollowTheOperation() {
    ErrorDetails load = ErrorDetails.builder(E).build().inOperation("LoadImage");
    assertEquals("LoadImage", load.operation());
    assertEquals("The image to load does not exist.", load.message());
    assertEquals(400, load.httpStatus());
    assertEquals(RetryHint.of(true, Duration.ofMinutes(1)), load.retry());
    // from one operation's variant to another's; a variant without a status keeps the one it has
    ErrorDetails delete = load.inOperation("DeleteImage");
    assertEquals("The image to delete does not exist.", delete.message());
    assertEquals(400, delete.httpStatus());
    assertEquals(RetryHint.forStatus(0), delete.retry());
    // and back to the first
    ErrorDetails other = delete.inOperation("DescribeImages");
    assertEquals(E.message(), other.message());
  }

  @Test
  void textsSetByHandStay() {
    ErrorDetails custom = ErrorDetails.builder(E).message("image 'img-1' is gone")
        .retry(RetryHint.of(true, Duration.ofSeconds(3))).build().inOperation("LoadImage");
    assertEquals("image 'img-1' is gone", custom.message());
    assertEquals(RetryHint.of(true, Duration.ofSeconds(3)), custom.retry());
    assertEquals(400, custom.httpStatus(), "the status still follows: it was the variant's");
    ErrorDetails status = ErrorDetails.builder(E).httpStatus(410).build().inOperation("LoadImage");
    assertEquals(410, status.httpStatus());
  }

  @Test
  void aDecodedResponseTakesTheOperationsTextsButKeepsItsStatus() {
    HttpErrorCodec codec = HttpErrorCodec.builder(WireFormat.builder("Code")
        .messageField("Message").build(), c -> Optional.ofNullable(E.code().equals(c) ? E : null))
        .build();
    byte[] body = "{\"Code\":\"IMAGE NOT FOUND\"}".getBytes(StandardCharsets.UTF_8);
    ErrorDetails d = codec.fromHttp(404, Map.of(), body, "LoadImage");
    assertSame(E, d.error());
    assertEquals("LoadImage", d.operation());
    assertEquals("The image to load does not exist.", d.message());
    assertEquals(404, d.httpStatus(), "what the server sent");
    assertEquals(RetryHint.of(true, Duration.ofMinutes(1)), d.retry());
    byte[] own = "{\"Code\":\"IMAGE NOT FOUND\",\"Message\":\"img-1 is gone\"}"
        .getBytes(StandardCharsets.UTF_8);
    assertEquals("img-1 is gone", codec.fromHttp(404, Map.of(), own, "LoadImage").message());
    ErrorDetails after = codec.fromHttp(503, Map.of("Retry-After", List.of("7")), body,
        "LoadImage");
    assertEquals(RetryHint.of(true, Duration.ofSeconds(7)), after.retry(),
        "a Retry-After header is the response's own word");
    assertFalse(codec.fromHttp(404, Map.of(), body, null).operation() != null);
  }
}
