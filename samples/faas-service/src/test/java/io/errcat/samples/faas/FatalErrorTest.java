package io.errcat.samples.faas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * An {@link OutOfMemoryError} that ends a thread (as it ends Tomcat's acceptor) ends the service's
 * process with status 3, instead of leaving a process that answers nothing.
 */
class FatalErrorTest {
  /** What runs in the child JVM: the service's handler, then a thread that dies of OOM. */
  public static void main(String[] args) throws Exception {
    FaasServer.exitOnFatalErrors();
    Thread acceptor = new Thread(() -> {
      throw new OutOfMemoryError("Java heap space (thrown by the test)");
    }, "acceptor");
    acceptor.start();
    Thread.sleep(60_000); // only a halt ends this process early
  }

  @Test
  void aThreadDyingOfOutOfMemoryEndsTheProcess() throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        FatalErrorTest.class.getName()).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    boolean ended = child.waitFor(30, TimeUnit.SECONDS);
    child.destroyForcibly();
    assertTrue(ended, "the process lived on after an OutOfMemoryError");
    assertEquals(3, child.exitValue());
  }
}
