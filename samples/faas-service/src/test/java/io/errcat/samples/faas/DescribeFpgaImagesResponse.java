package io.errcat.samples.faas;

import com.aliyuncs.AcsResponse;
import com.aliyuncs.transform.UnmarshallerContext;

/**
 * A typed DescribeFpgaImages response, as a product SDK declares one: top-level, because the SDK
 * reads the body under the class's simple name.
 */
public final class DescribeFpgaImagesResponse extends AcsResponse {
  private String requestId;

  /** Made by the SDK. */
  public DescribeFpgaImagesResponse() {}

  String requestId() {
    return requestId;
  }

  @Override
  public AcsResponse getInstance(UnmarshallerContext context) {
    requestId = context.stringValue("DescribeFpgaImagesResponse.RequestId");
    return this;
  }
}
