package io.errcat.runtime;

import java.util.Arrays;
import java.util.Objects;

/**
 * Codes met in traffic: every decode of every {@link HttpErrorCodec} in this JVM that its catalog
 * could not explain — an unknown or retired code, a known code with a status the catalog does not
 * give it, a body that is not the product's — is told to the listeners registered here (a {@link
 * JsonLinesSink}, a metrics counter). Process-wide, because generated mappers hold their codec in
 * a constant; each registration is closed by whoever made it.
 *
 * <p>Without listeners a decode pays one volatile read and nothing else: no event is made.
 * Registration is copy-on-write; listening is lock-free.
 */
public final class Traffic {
  private static final TrafficListener[] NONE = new TrafficListener[0];
  private static volatile TrafficListener[] listeners = NONE;

  private Traffic() {}

  /** A listener's registration; closing it (more than once is harmless) stops the events. */
  public interface Registration extends AutoCloseable {
    /** Stops telling the listener. */
    @Override
    void close();
  }

  /**
   * Tells {@code listener} of every unexplained decode from now on.
   *
   * @param listener the listener
   * @return its registration, to close
   */
  public static Registration listen(TrafficListener listener) {
    Objects.requireNonNull(listener, "listener");
    synchronized (Traffic.class) {
      TrafficListener[] now = listeners;
      TrafficListener[] next = Arrays.copyOf(now, now.length + 1);
      next[now.length] = listener;
      listeners = next;
    }
    return () -> remove(listener);
  }

  private static void remove(TrafficListener listener) {
    synchronized (Traffic.class) {
      TrafficListener[] now = listeners;
      for (int i = 0; i < now.length; i++) {
        if (now[i] == listener) {
          TrafficListener[] next = new TrafficListener[now.length - 1];
          System.arraycopy(now, 0, next, 0, i);
          System.arraycopy(now, i + 1, next, i, now.length - i - 1);
          listeners = next.length == 0 ? NONE : next;
          return;
        }
      }
    }
  }

  /** Whether anyone listens: the decode path's only cost when nobody does. */
  static boolean listening() {
    return listeners.length != 0;
  }

  /**
   * What a decode tells the listeners, if it is unexplained: classified here, once for every
   * codec and decode path.
   */
  static void decoded(String catalog, ErrorDetails d, byte[] body, int maxExcerpt) {
    TrafficListener[] now = listeners;
    if (now.length == 0) {
      return;
    }
    for (TrafficListener l : now) {
      try {
        l.decoded(catalog, d);
      } catch (RuntimeException | StackOverflowError e) {
        // a listener never changes what a decode returns
      }
    }
    Unexplained.Kind kind = kind(d);
    if (kind == null) {
      return;
    }
    String excerpt = d.failure() != null ? d.failure().excerpt() : Excerpts.of(body, maxExcerpt);
    Unexplained event = new Unexplained(catalog, kind, d.httpStatus(), d.code(), d.message(),
        d.operation(), excerpt);
    for (TrafficListener l : now) {
      try {
        l.unexplained(event);
      } catch (RuntimeException | StackOverflowError e) {
        // a listener never changes what a decode returns
      }
    }
  }

  private static Unexplained.Kind kind(ErrorDetails d) {
    ErrorCode error = d.error();
    if (error == null) {
      if (d.failure() != null && d.failure().reason() == DecodeFailure.Reason.RETIRED_CODE) {
        return Unexplained.Kind.RETIRED_CODE;
      }
      return d.code() != null ? Unexplained.Kind.UNKNOWN_CODE
          : Unexplained.Kind.NOT_PRODUCT_FORMAT;
    }
    int status = d.httpStatus();
    if (status == 0) {
      return null;
    }
    for (Variant v : error.variants()) {
      boolean applies = d.operation() == null || v.appliesTo(d.operation());
      if (applies && (v.httpStatus() == status || v.httpStatus() == 0)) {
        return null;
      }
    }
    return Unexplained.Kind.UNEXPECTED_STATUS;
  }
}
