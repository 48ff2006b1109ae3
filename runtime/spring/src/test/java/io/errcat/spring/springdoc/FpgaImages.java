package io.errcat.spring.springdoc;

import io.errcat.runtime.ErrorCatalog;
import io.errcat.runtime.Raises;

/** A service interface as an application declares it: its errors come from the faas catalog. */
@ErrorCatalog("faas")
public interface FpgaImages {
  /**
   * Deletes an image.
   *
   * @param id the image
   * @return what was deleted
   */
  @Raises("IMAGE NOT FOUND")
  String deleteFpgaImage(String id);

  /**
   * Loads an image onto an FPGA.
   *
   * @param id the image
   * @return the task
   */
  @Raises({"ANOTHER TASK RUNNING", "SHELL NOT MATCH"})
  String loadFpgaImage(String id);
}
