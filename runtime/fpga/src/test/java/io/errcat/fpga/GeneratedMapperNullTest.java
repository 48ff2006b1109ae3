package io.errcat.fpga;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.errcat.catalogs.faas.FaasException;
import io.errcat.catalogs.faas.FaasHttpMapper;
import io.errcat.catalogs.faas.FaasOperation;
import io.errcat.runtime.HttpError;
import org.junit.jupiter.api.Test;

/** The generated mapper takes a null response as the codec does: no status, no body, no throw. */
class GeneratedMapperNullTest {
  @Test
  void aNullResponseIsTheTypedFallback() {
    FaasException e = FaasHttpMapper.fromHttp((HttpError) null);
    assertEquals(0, e.httpStatus());
    assertFalse(e.isKnown());
    FaasException op = FaasHttpMapper.fromHttp((HttpError) null, FaasOperation.LOAD_FPGA_IMAGE);
    assertEquals(FaasOperation.LOAD_FPGA_IMAGE.id(), op.operationId());
    FaasException none = FaasHttpMapper.fromHttp((HttpError) null, (FaasOperation) null);
    assertEquals(null, none.operationId());
  }
}
