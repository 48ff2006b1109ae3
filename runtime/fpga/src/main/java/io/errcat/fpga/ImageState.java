package io.errcat.fpga;

import java.util.Locale;

/**
 * The {@code State} of an FPGA image: {@code queued → compiling → success | failed}.
 */
public enum ImageState {
  /** Accepted, waiting for the compile farm. */
  QUEUED,
  /** Being compiled. */
  COMPILING,
  /** Compiled: the only state in which an image can be loaded or published. */
  SUCCESS,
  /** The compilation failed; the compile log (vivado.log) is in the user's OSS bucket. */
  FAILED;

  /**
   * The value as {@code faascmd list_images} shows it.
   *
   * @return the lower-case name, e.g. {@code compiling}
   */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether the image will not change state again.
   *
   * @return {@code true} for {@link #SUCCESS} and {@link #FAILED}
   */
  public boolean isFinal() {
    return this == SUCCESS || this == FAILED;
  }
}
