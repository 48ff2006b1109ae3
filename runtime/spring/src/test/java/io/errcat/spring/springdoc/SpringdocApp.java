package io.errcat.spring.springdoc;

import io.errcat.catalogs.faas.FaasException;
import io.errcat.catalogs.faas.FaasOperation;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** A Boot application documented by springdoc, its controller implementing {@link FpgaImages}. */
@SpringBootApplication
public class SpringdocApp {
  /** The controller: no OpenAPI annotation anywhere. */
  @RestController
  public static class Images implements FpgaImages {
    @Override
    @DeleteMapping("/images/{id}")
    public String deleteFpgaImage(@PathVariable("id") String id) {
      throw FaasException.imageNotFound(FaasOperation.DELETE_FPGA_IMAGE);
    }

    @Override
    @PostMapping("/images/{id}/load")
    public String loadFpgaImage(@PathVariable("id") String id) {
      throw FaasException.anotherTaskRunning();
    }

    /**
     * Declares no error.
     *
     * @return ok
     */
    @GetMapping("/health")
    public String health() {
      return "ok";
    }
  }
}
