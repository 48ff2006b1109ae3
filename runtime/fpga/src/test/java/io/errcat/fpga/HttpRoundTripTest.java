package io.errcat.fpga;

import static io.errcat.fpga.Fixture.ALICE;
import static io.errcat.fpga.Fixture.ALICE_INSTANCE;
import static io.errcat.fpga.Fixture.BOB;
import static io.errcat.fpga.Fixture.FPGA_0;
import static io.errcat.fpga.Fixture.FPGA_B;
import static io.errcat.fpga.Fixture.SHELL_A;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.errcat.catalogs.faas.FaasException;
import io.errcat.catalogs.faas.FaasHttpMapper;
import io.errcat.runtime.HttpError;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** What the model throws survives the generated wire mapping: encode, decode with the operation. */
class HttpRoundTripTest {
  private final Fixture f = new Fixture();

  @Test
  void model_errors_round_trip_through_the_generated_mapper() {
    FpgaImage image = f.compiled(ALICE, SHELL_A);
    List<Executable> calls = List.of(
        () -> f.plane.loadFpgaImage(ALICE, f.load(FPGA_B, image)),
        () -> f.plane.loadFpgaImage(ALICE, new LoadRequest(ALICE_INSTANCE, FPGA_0, "no-such-image")),
        () -> f.plane.deleteFpgaImage(ALICE, "no-such-image"),
        () -> f.plane.describeLoadTaskStatus(ALICE, ALICE_INSTANCE, "fpga-none"),
        () -> f.plane.describeFpgaInstances(new Caller("alice", CallerType.ACCOUNT), ALICE_INSTANCE),
        () -> f.plane.createFpgaImage(new Caller("bob", CallerType.STS_TOKEN),
            new CreateImageRequest("n", SHELL_A, "b", "o")),
        () -> f.plane.publishFpgaImage(BOB, image.uuid()),
        () -> {
          f.plane.loadFpgaImage(ALICE, f.load(FPGA_0, image));
          f.plane.loadFpgaImage(ALICE, f.load(FPGA_0, image));
        });
    for (Executable call : calls) {
      FaasException thrown = assertThrows(FaasException.class, call);
      HttpError wire = FaasHttpMapper.toHttp(thrown.withRequestId("req-1"));
      assertEquals(thrown.httpStatus(), wire.status());
      FaasException back = FaasHttpMapper.fromHttp(wire, thrown.operation().orElseThrow());
      assertEquals(thrown.error(), back.error(), wire.bodyText());
      assertEquals(thrown.getMessage(), back.getMessage(), wire.bodyText());
      assertEquals(thrown.operation(), back.operation(), wire.bodyText());
      assertEquals(thrown.httpStatus(), back.httpStatus(), wire.bodyText());
      assertEquals(thrown.retry(), back.retry(), wire.bodyText());
      assertEquals("req-1", back.requestId());
    }
  }
}
