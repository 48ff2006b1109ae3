package io.errcat.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Reads an error body from a stream within two bounds: at most one byte past the body bound, so a
 * huge body is never read to its end, and within a total deadline, so a server dripping a byte
 * just inside every read timeout holds nobody for long. At the deadline the stream is closed from
 * another thread (which ends a blocked socket read) and the reading thread is interrupted (which
 * ends a read waiting on a queue, as {@code java.net.http}'s streams do); the interrupt is taken
 * back before the read returns, so the caller's thread keeps the interrupt status it came with. A
 * stream whose reads and close share one lock ({@code HttpURLConnection}'s) can be closed only
 * between reads: a body that drips ends at the next byte after the deadline, one that stops
 * altogether at the connection's read timeout.
 */
final class BodyRead {
  /** What was read, and why reading stopped early, if it did. */
  record Result(byte[] bytes, String error, boolean tooSlow) {}

  private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(
      daemon("errcat-body-deadline"));
  // closing may block until the stream's next byte (HttpURLConnection's streams lock reads and
  // close alike): never on the timer's one thread
  private static final Executor CLOSER = Executors.newCachedThreadPool(daemon("errcat-body-close"));

  private BodyRead() {}

  /**
   * Reads the body.
   *
   * @param body the stream (not closed, unless the deadline closes it)
   * @param maxBody the body bound: reads at most {@code maxBody + 1} bytes
   * @param deadline the total time reading may take, or {@code null} or zero for none
   * @return the bytes and, when reading stopped on an error or the deadline, what happened
   */
  static Result read(InputStream body, int maxBody, Duration deadline) {
    Watch watch = deadline == null || deadline.isZero() || deadline.isNegative() ? null
        : new Watch(body, deadline);
    byte[] buf = new byte[(int) Math.min(8192L, maxBody + 1L)];
    int n = 0;
    String error = null;
    try {
      int limit = maxBody == Integer.MAX_VALUE ? maxBody : maxBody + 1;
      // a read that returns now and then (a drip) ends here once the deadline passed: the closing
      // thread may never get a stream's lock from a reader that takes it back at once
      while (n < limit && (watch == null || !watch.fired)) {
        if (n == buf.length) {
          buf = Arrays.copyOf(buf, (int) Math.min((long) limit, 2L * buf.length));
        }
        int r = body.read(buf, n, buf.length - n);
        if (r == 0) {
          // a stream that breaks read's contract (0 bytes, no end): the one-byte read blocks
          // for a byte or reports the end, so the loop always moves on
          int one = body.read();
          if (one < 0) {
            break;
          }
          buf[n] = (byte) one;
          r = 1;
        }
        if (r < 0) {
          break;
        }
        n += r;
      }
    } catch (IOException | RuntimeException e) {
      error = e.toString();
    }
    boolean tooSlow = watch != null && watch.end();
    if (tooSlow) {
      error = "not read within " + deadline.toMillis() + " ms";
    }
    return new Result(Arrays.copyOf(buf, n), error, tooSlow);
  }

  /** The deadline of one read: fires at most once, and only while the read is going on. */
  private static final class Watch {
    private final Thread reader = Thread.currentThread();
    private final boolean interruptedBefore = Thread.currentThread().isInterrupted();
    private final InputStream body;
    private final ScheduledFuture<?> task;
    private boolean done;
    private volatile boolean fired;

    Watch(InputStream body, Duration deadline) {
      this.body = body;
      this.task = TIMER.schedule(this::fire, deadline.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void fire() {
      synchronized (this) {
        if (done) {
          return;
        }
        fired = true;
        reader.interrupt();
      }
      CLOSER.execute(() -> {
        try {
          body.close();
        } catch (IOException | RuntimeException e) {
          // closing a broken stream: it is broken already, which is what the deadline wants
        }
      });
    }

    /** Ends the watch; whether it fired (then the interrupt it sent is taken back). */
    boolean end() {
      task.cancel(false);
      synchronized (this) {
        done = true;
        if (fired) {
          Thread.interrupted();
          if (interruptedBefore) {
            reader.interrupt();
          }
        }
        return fired;
      }
    }
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }
}
