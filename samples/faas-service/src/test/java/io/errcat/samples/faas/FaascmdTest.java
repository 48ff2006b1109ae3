package io.errcat.samples.faas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.errcat.samples.faas.cli.Faascmd;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The faascmd-style CLI end to end against the service over loopback: configured once, every
 * command, errors printed as the FAQ quotes them, and an exit code per kind of failure.
 */
class FaascmdTest {
  private static TestWorld world;
  private static String compiled;
  @TempDir static Path home;

  /** One run of the CLI: exit code, standard output, standard error. */
  private record Run(int code, String out, String err) {}

  private static Run faascmd(String... args) {
    return faascmdIn(Map.of("HOME", home.toString()), args);
  }

  private static Run faascmdIn(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Faascmd.run(args, new PrintWriter(out), new PrintWriter(err), env,
        Clock.systemUTC());
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void everyFailureIsSaidInWordsWithoutNullOrATrace(@TempDir Path elsewhere) throws Exception {
    Map<String, String> env = Map.of("FAASCMD_CREDENTIALS",
        elsewhere.resolve("credentials").toString());
    int closed;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1,
        java.net.InetAddress.getLoopbackAddress())) {
      closed = s.getLocalPort();
    }
    assertEquals(0, faascmdIn(env, "config", "--id=AK-A", "--key=secret-a",
        "--endpoint=http://127.0.0.1:" + closed).code());
    Run unreachable = faascmdIn(env, "list_images");
    assertEquals(Faascmd.Exit.UNREACHABLE, unreachable.code());
    assertEquals("cannot reach http://127.0.0.1:" + closed + ": connection refused (is the service"
        + " running on that host and port?)", unreachable.err().strip());

    assertEquals(0, faascmdIn(env, "config", "--id=AK-A", "--key=secret-a",
        "--endpoint=not a url").code());
    Run notAUrl = faascmdIn(env, "list_images");
    assertEquals(Faascmd.Exit.NOT_CONFIGURED, notAUrl.code());
    assertTrue(notAUrl.err().contains("is no http(s) URL: 'not a url'"), notAUrl.err());

    Run unwritable = faascmdIn(Map.of("FAASCMD_CREDENTIALS",
        elsewhere.resolve("no-such-dir").resolve("credentials").toString()),
        "config", "--id=AK-A", "--key=secret-a", "--endpoint=http://127.0.0.1:1");
    assertEquals(Faascmd.Exit.NOT_CONFIGURED, unwritable.code());
    assertTrue(unwritable.err().startsWith("cannot write "), unwritable.err());

    for (Run r : new Run[] {unreachable, notAUrl, unwritable}) {
      assertFalse(r.err().contains("null") || r.err().contains("Exception")
          || r.err().contains("\tat "), r.err());
    }
  }

  @BeforeAll
  static void start() throws Exception {
    world = new TestWorld();
    compiled = world.createImage("AK-A", "secret-a", "a-designs", "adder.tar", "shell-v1");
  }

  @AfterAll
  static void stop() {
    world.close();
  }

  @Test
  void aSessionFromConfigToDownload() {
    Run unconfigured = faascmd("list_images");
    assertEquals(Faascmd.Exit.NOT_CONFIGURED, unconfigured.code());
    assertTrue(unconfigured.err().contains("faascmd config"), unconfigured.err());

    Run config = faascmd("config", "--id=AK-A", "--key=secret-a", "--endpoint=" + world.endpoint());
    assertEquals(0, config.code(), config.err());
    assertTrue(home.resolve(".faascredentials").toFile().isFile());

    assertEquals(0, faascmd("auth").code());
    Run created = faascmd("create_image", "--bucket=a-designs", "--object=adder.tar",
        "--shell=shell-v1", "--name=adder");
    assertEquals(0, created.code(), created.err());
    String image = TestWorld.member(created.out(), "FpgaImageUUID");
    Run list = faascmd("list_images");
    assertTrue(list.out().contains(image), list.out());
    assertTrue(list.out().contains("\"State\":\"success\""), "compiled: " + list.out());

    Run instances = faascmd("list_instances", "--instance=i-a1");
    assertTrue(instances.out().contains("\"ShellUUID\":\"shell-v1\""), instances.out());
    Run download = faascmd("download_image", "--instance=i-a1", "--fpgauuid=fpga-a-cli",
        "--imageuuid=" + image);
    assertEquals(0, download.code(), download.err());
    assertTrue(download.out().contains("\"State\":\"committed\""), download.out());
    Run status = faascmd("fpga_status", "--instance=i-a1", "--fpgauuid=fpga-a-cli");
    assertTrue(status.out().contains("\"TaskStatus\":\"committed\""), status.out());

    // the FAQ's own error: an FPGA still busy with the last download
    Run again = faascmd("download_image", "--instance=i-a1", "--fpgauuid=fpga-a-cli",
        "--imageuuid=" + image);
    assertEquals(Faascmd.Exit.RETRY_LATER, again.code());
    assertTrue(again.err().matches("HTTP Status:503 Error:ANOTHER TASK RUNNING\\. Another task is"
        + " running, user is allowed to take this task half an hour\\. Request"
        + " ID:[0-9A-F-]{36}\\s*"), again.err());

    // and the other one the FAQ quotes
    Run shell = faascmd("download_image", "--instance=i-a1", "--fpgauuid=fpga-a-v2",
        "--imageuuid=" + image);
    assertEquals(Faascmd.Exit.REFUSED, shell.code());
    assertTrue(shell.err().startsWith("HTTP Status:404 Error:SHELL NOT MATCH. The imageShell is not"
        + " match with fpgaShell. Request ID:"), shell.err());

    world.world.advance(Duration.ofMinutes(5));
    assertTrue(faascmd("fpga_status", "--instance=i-a1", "--fpgauuid=fpga-a-cli").out()
        .contains("\"TaskStatus\":\"valid\""));
    assertEquals(0, faascmd("publish_image", "--imageuuid=" + image, "--imageid=m-1").code());
    assertEquals(0, faascmd("delete_image", "--imageuuid=" + image, "--published").code());
    assertEquals(0, faascmd("delete_image", "--imageuuid=" + image).code());
    Run gone = faascmd("delete_image", "--imageuuid=" + image);
    assertEquals(Faascmd.Exit.REFUSED, gone.code());
    assertTrue(gone.err().startsWith("HTTP Status:404 Error:IMAGE NOT FOUND. The specify image"
        + " does not found. Request ID:"), gone.err());
  }

  @Test
  void exitCodesTellTheKindOfFailure() {
    Path other = home.resolve("other");
    Map<String, String> env = Map.of("HOME", home.toString(),
        "FAASCMD_CREDENTIALS", other.toString());
    StringWriter sink = new StringWriter();
    assertEquals(0, Faascmd.run(new String[] {"config", "--id=AK-A-noecs", "--key=secret-a-noecs",
        "--endpoint=" + world.endpoint()}, new PrintWriter(sink), new PrintWriter(sink), env,
        Clock.systemUTC()));
    StringWriter err = new StringWriter();
    assertEquals(Faascmd.Exit.DENIED, Faascmd.run(new String[] {"list_instances",
        "--instance=i-a1"}, new PrintWriter(sink), new PrintWriter(err), env, Clock.systemUTC()));
    assertTrue(err.toString().startsWith("HTTP Status:401 Error:NOT AUTHORIZED."), err.toString());
    StringWriter crash = new StringWriter();
    assertEquals(Faascmd.Exit.SERVER_ERROR, Faascmd.run(new String[] {"download_image",
        "--instance=i-a1", "--fpgauuid=fpga-a-fails", "--imageuuid=" + compiled},
        new PrintWriter(sink), new PrintWriter(crash), env, Clock.systemUTC()));
    assertTrue(crash.toString().startsWith("HTTP Status:500 Error:InternalError. The request"
        + " processing has failed due to some unknown error. Request ID:"), crash.toString());

    assertEquals(Faascmd.Exit.USAGE, faascmd("download_image", "--instance=i-a1").code());
    assertEquals(Faascmd.Exit.USAGE, faascmd("no_such_command").code());

    StringWriter unreachable = new StringWriter();
    Path dead = home.resolve("dead");
    Map<String, String> deadEnv = Map.of("FAASCMD_CREDENTIALS", dead.toString());
    Faascmd.run(new String[] {"config", "--id=AK-A", "--key=secret-a",
        "--endpoint=http://127.0.0.1:1"}, new PrintWriter(sink), new PrintWriter(sink), deadEnv,
        Clock.systemUTC());
    assertEquals(Faascmd.Exit.UNREACHABLE, Faascmd.run(new String[] {"list_images"},
        new PrintWriter(sink), new PrintWriter(unreachable), deadEnv, Clock.systemUTC()));
    assertTrue(unreachable.toString().startsWith("cannot reach http://127.0.0.1:1"),
        unreachable.toString());
  }
}
