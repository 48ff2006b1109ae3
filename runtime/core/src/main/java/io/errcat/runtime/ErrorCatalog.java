package io.errcat.runtime;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the error catalog that a service interface (or every interface of a package) raises its
 * errors from. The errcat annotation processor checks the catalog, generates its Java API and, per
 * interface, a {@code <Interface>Errors} table of what each {@link Raises}-annotated method may
 * raise.
 *
 * <pre>{@code
 * @ErrorCatalog("faas")
 * public interface FpgaImageService {
 *   @Raises({"ANOTHER TASK RUNNING", "SHELL NOT MATCH"})
 *   LoadTask loadFpgaImage(String instanceId, String fpgaUuid, String imageUuid);
 * }
 * }</pre>
 *
 * <p>Retention is {@code CLASS}: nothing reads it at run time, but a package-level annotation must
 * survive in {@code package-info.class} so that an incremental build that recompiles only one
 * interface of the package still finds the package's catalog.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.PACKAGE})
public @interface ErrorCatalog {

  /**
   * The catalog.
   *
   * @return the path of a catalog file such as {@code "errcat/my-api.yaml"} (resolved against
   *     the {@code errcat.catalogPath} processor option, the source path, the source root and its
   *     sibling {@code errcat} directory, then {@code META-INF/errcat/} on the class path), or a
   *     catalog id such as {@code "faas"}: the file {@code <id>.yaml} found the same way, else the
   *     bundled catalog of that id on the processor path
   */
  String value();
}
