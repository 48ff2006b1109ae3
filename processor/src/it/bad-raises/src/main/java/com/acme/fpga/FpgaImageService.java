package com.acme.fpga;

import io.errcat.runtime.ErrorCatalog;
import io.errcat.runtime.Raises;

@ErrorCatalog("faas")
public interface FpgaImageService {
  @Raises({"ANOTHER TASK RUNNING",
      "SHELL NOT MACH"})
  String loadFpgaImage(String instanceId, String fpgaUuid, String imageUuid);
}
