package io.errcat.runtime;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the catalog error codes a service method may raise. The errcat annotation processor
 * checks each code against the interface's {@link ErrorCatalog}: the code must exist and the
 * catalog must not scope it to other operations only.
 *
 * <p>The method's operation is the catalog operation whose id, in lower camel case, is the method
 * name ({@code loadFpgaImage} is {@code LoadFpgaImage}), unless {@link #operation()} names it.
 *
 * <p>Retention is {@code CLASS}, like {@link ErrorCatalog}: nothing reads it at run time.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Raises {

  /**
   * The codes.
   *
   * @return wire codes exactly as the catalog writes them, e.g. {@code "ANOTHER TASK RUNNING"}
   */
  String[] value();

  /**
   * The operation.
   *
   * @return the catalog operation id; empty (the default) matches the method name
   */
  String operation() default "";
}
