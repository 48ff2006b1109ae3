package com.acme.fpga;

import io.errcat.runtime.ErrorCatalog;
import io.errcat.runtime.Raises;

/** The FaaS service interface of DESIGN.md. */
@ErrorCatalog("faas")
public interface FpgaImageService {
  /**
   * Starts loading an image onto an FPGA.
   *
   * @param instanceId the instance
   * @param fpgaUuid the FPGA
   * @param imageUuid the image
   * @return the task id
   */
  @Raises({"ANOTHER TASK RUNNING", "SHELL NOT MATCH"})
  String loadFpgaImage(String instanceId, String fpgaUuid, String imageUuid);

  /**
   * Deletes an image.
   *
   * @param imageUuid the image
   */
  @Raises("IMAGE NOT FOUND")
  void deleteFpgaImage(String imageUuid);
}
