package io.errcat.samples.faas.cli;

import io.errcat.catalogs.faas.FaasException;
import io.errcat.catalogs.faas.FaasOperation;
import io.errcat.runtime.LogSafe;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * A faascmd-style command line for the FaaS service: {@code config} saves the endpoint and
 * AccessKey to a credentials file, every other command sends one signed POP request and prints
 * the JSON answer, or the error as the FAQ quotes it ({@code HTTP Status:404 Error:SHELL NOT
 * MATCH. The imageShell is not match with fpgaShell. Request ID:…}) with an exit code per kind of
 * failure ({@link Exit}).
 */
@Command(name = "faascmd", mixinStandardHelpOptions = true, version = "faascmd (errcat sample) 1",
    description = "Drives the FaaS control plane (POP RPC, API 2017-08-24).",
    subcommands = {Faascmd.Config.class, Faascmd.Auth.class, Faascmd.CreateImage.class,
        Faascmd.ListImages.class, Faascmd.DeleteImage.class, Faascmd.PublishImage.class,
        Faascmd.DownloadImage.class, Faascmd.FpgaStatus.class, Faascmd.ListInstances.class})
public final class Faascmd implements Callable<Integer> {
  /** What the exit code says. */
  public static final class Exit {
    /** Done. */
    public static final int OK = 0;
    /** A command line picocli refused. */
    public static final int USAGE = 2;
    /** No credentials: run {@code faascmd config} first. */
    public static final int NOT_CONFIGURED = 3;
    /** The request was refused as invalid or naming something that does not exist (400, 404). */
    public static final int REFUSED = 4;
    /** The caller may not do this (401, 403). */
    public static final int DENIED = 5;
    /** Busy or rate-limited: the error says when to retry (503, FREQUENCY ERROR). */
    public static final int RETRY_LATER = 6;
    /** The service failed (500). */
    public static final int SERVER_ERROR = 7;
    /** The service could not be reached, or answered what is not a FaaS error. */
    public static final int UNREACHABLE = 8;

    private Exit() {}
  }

  @Option(names = "--credentials", description = "The credentials file"
      + " (default: $FAASCMD_CREDENTIALS, else ~/.faascredentials).")
  Path credentials;

  private final Clock clock;
  private final Map<String, String> env;
  PrintWriter out;
  PrintWriter err;

  Faascmd(Clock clock, Map<String, String> env) {
    this.clock = clock;
    this.env = env;
  }

  /**
   * Runs the command line.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8), System.getenv(),
        Clock.systemUTC()));
  }

  /**
   * Runs the command line in this JVM (tests, embedding).
   *
   * @param args the arguments
   * @param out standard output
   * @param err standard error
   * @param env the environment
   * @param clock the clock requests are dated by
   * @return the exit code
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env,
      Clock clock) {
    Faascmd root = new Faascmd(clock, env);
    root.out = out;
    root.err = err;
    CommandLine cl = new CommandLine(root);
    cl.setOut(out);
    cl.setErr(err);
    cl.setExitCodeExceptionMapper(t -> t instanceof CommandLine.ParameterException
        ? Exit.USAGE : Exit.UNREACHABLE);
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  @Override
  public Integer call() {
    new CommandLine(this).usage(out);
    return Exit.USAGE;
  }

  Path credentialsFile() {
    if (credentials != null) {
      return credentials;
    }
    String fromEnv = env.get("FAASCMD_CREDENTIALS");
    if (fromEnv != null && !fromEnv.isBlank()) {
      return Path.of(fromEnv);
    }
    return Path.of(env.getOrDefault("HOME", "."), ".faascredentials");
  }

  /** One signed request; prints the answer or the error; the exit code. */
  int send(FaasOperation op, Map<String, String> params) {
    Properties p = new Properties();
    Path file = credentialsFile();
    try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(reader);
    } catch (IOException e) {
      err.println("faascmd is not configured (" + file + "): run faascmd config --id=<AccessKey"
          + " ID> --key=<AccessKey secret> --endpoint=<URL>");
      return Exit.NOT_CONFIGURED;
    }
    String id = p.getProperty("accessKeyId");
    String key = p.getProperty("accessKeySecret");
    String endpoint = p.getProperty("endpoint");
    if (id == null || key == null || endpoint == null) {
      err.println("faascmd is not configured (" + file + "): run faascmd config");
      return Exit.NOT_CONFIGURED;
    }
    URI uri;
    try {
      uri = URI.create(endpoint);
      if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())
          || uri.getHost() == null) {
        throw new IllegalArgumentException(endpoint);
      }
    } catch (IllegalArgumentException e) {
      err.println("the endpoint in " + file + " is no http(s) URL: '" + LogSafe.text(endpoint)
          + "'; run faascmd config --endpoint=http://<host>:<port>");
      return Exit.NOT_CONFIGURED;
    }
    PopClient client = new PopClient(uri, id, key, p.getProperty("securityToken"), clock);
    try {
      out.println(client.call(op, params));
      return Exit.OK;
    } catch (FaasException e) {
      err.println(FaqText.of(e));
      return exitCode(e);
    } catch (IOException e) {
      err.println("cannot reach " + endpoint + ": " + why(e));
      return Exit.UNREACHABLE;
    }
  }

  /** Why a call failed, in words: never {@code null}, never an exception's class name alone. */
  static String why(IOException e) {
    String message = null;
    int depth = 0;
    for (Throwable t = e; t != null && depth < 16; t = t.getCause(), depth++) {
      // the JDKs wrap differently (17: ConnectException; 25: one around a closed channel)
      if (t instanceof java.net.ConnectException) {
        return "connection refused (is the service running on that host and port?)";
      }
      if (t instanceof java.net.http.HttpConnectTimeoutException) {
        return "no connection within 5 s";
      }
      if (t instanceof java.net.http.HttpTimeoutException) {
        return "no answer within 30 s";
      }
      if (t instanceof java.net.UnknownHostException) {
        return "unknown host";
      }
      if (message == null && t.getMessage() != null && !t.getMessage().isBlank()) {
        message = t.getMessage();
      }
    }
    return message == null ? "the connection failed" : LogSafe.text(message);
  }

  static int exitCode(FaasException e) {
    if (!e.isKnown() && e.decodeFailure().isPresent() && e.code() == null) {
      return Exit.UNREACHABLE;
    }
    int s = e.httpStatus();
    if (e.retry().retryable() && s != 500) {
      return Exit.RETRY_LATER;
    }
    if (s == 401 || s == 403) {
      return Exit.DENIED;
    }
    if (s >= 500) {
      return Exit.SERVER_ERROR;
    }
    return Exit.REFUSED;
  }

  /** Parameters in order, leaving out those not given. */
  static Map<String, String> params(String... nameValues) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < nameValues.length; i += 2) {
      if (nameValues[i + 1] != null) {
        m.put(nameValues[i], nameValues[i + 1]);
      }
    }
    return m;
  }

  @Command(name = "config", description = "Saves the endpoint and AccessKey.")
  static final class Config implements Callable<Integer> {
    @ParentCommand Faascmd root;
    @Option(names = "--id", required = true, description = "AccessKey ID") String id;
    @Option(names = "--key", required = true, description = "AccessKey secret") String key;
    @Option(names = "--endpoint", required = true, description = "Service URL") String endpoint;
    @Option(names = "--token", description = "STS security token") String token;

    @Override
    public Integer call() {
      Properties p = new Properties();
      p.setProperty("accessKeyId", id);
      p.setProperty("accessKeySecret", key);
      p.setProperty("endpoint", endpoint);
      if (token != null) {
        p.setProperty("securityToken", token);
      }
      Path file = root.credentialsFile();
      try (var w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        p.store(w, "faascmd credentials");
      } catch (IOException e) {
        root.err.println("cannot write " + file + ": " + why(e));
        return Exit.NOT_CONFIGURED;
      }
      root.out.println("saved to " + file);
      return Exit.OK;
    }
  }

  @Command(name = "auth", description = "Creates AliyunFAASDefaultRole and grants it.")
  static final class Auth implements Callable<Integer> {
    @ParentCommand Faascmd root;

    @Override
    public Integer call() {
      return root.send(FaasOperation.AUTH, params());
    }
  }

  @Command(name = "create_image", description = "Compiles a design from OSS into an FPGA image.")
  static final class CreateImage implements Callable<Integer> {
    @ParentCommand Faascmd root;
    @Option(names = "--bucket", required = true) String bucket;
    @Option(names = "--object", required = true) String object;
    @Option(names = "--shell", required = true) String shell;
    @Option(names = "--name", required = true) String name;
    @Option(names = "--fpgatype") String fpgaType;
    @Option(names = "--description") String description;

    @Override
    public Integer call() {
      return root.send(FaasOperation.CREATE_FPGA_IMAGE, params("Bucket", bucket, "Object", object,
          "ShellUUID", shell, "Name", name, "FpgaType", fpgaType, "Description", description));
    }
  }

  @Command(name = "list_images", description = "Lists your images and their states.")
  static final class ListImages implements Callable<Integer> {
    @ParentCommand Faascmd root;

    @Override
    public Integer call() {
      return root.send(FaasOperation.DESCRIBE_FPGA_IMAGES, params());
    }
  }

  @Command(name = "delete_image", description = "Deletes an image, or withdraws its publication.")
  static final class DeleteImage implements Callable<Integer> {
    @ParentCommand Faascmd root;
    @Option(names = "--imageuuid", required = true) String image;
    @Option(names = "--published", description = "Withdraw the published image only.")
    boolean published;

    @Override
    public Integer call() {
      return root.send(published ? FaasOperation.DELETE_PUBLISH_FPGA_IMAGE
          : FaasOperation.DELETE_FPGA_IMAGE, params("FpgaImageUUID", image));
    }
  }

  @Command(name = "publish_image", description = "Publishes an image to the marketplace.")
  static final class PublishImage implements Callable<Integer> {
    @ParentCommand Faascmd root;
    @Option(names = "--imageuuid", required = true) String image;
    @Option(names = "--imageid", description = "The ECS image ID") String imageId;

    @Override
    public Integer call() {
      return root.send(FaasOperation.PUBLISH_FPGA_IMAGE,
          params("FpgaImageUUID", image, "ImageID", imageId));
    }
  }

  @Command(name = "download_image", description = "Loads an image onto an FPGA.")
  static final class DownloadImage implements Callable<Integer> {
    @ParentCommand Faascmd root;
    @Option(names = "--instance", required = true) String instance;
    @Option(names = "--fpgauuid", required = true) String fpga;
    @Option(names = "--imageuuid", required = true) String image;

    @Override
    public Integer call() {
      return root.send(FaasOperation.LOAD_FPGA_IMAGE,
          params("InstanceId", instance, "FpgaUUID", fpga, "FpgaImageUUID", image));
    }
  }

  @Command(name = "fpga_status", description = "Shows an FPGA's load task.")
  static final class FpgaStatus implements Callable<Integer> {
    @ParentCommand Faascmd root;
    @Option(names = "--instance", required = true) String instance;
    @Option(names = "--fpgauuid", required = true) String fpga;

    @Override
    public Integer call() {
      return root.send(FaasOperation.DESCRIBE_LOAD_TASK_STATUS,
          params("InstanceId", instance, "FpgaUUID", fpga));
    }
  }

  @Command(name = "list_instances", description = "Shows an instance's FPGAs and shells.")
  static final class ListInstances implements Callable<Integer> {
    @ParentCommand Faascmd root;
    @Option(names = "--instance", required = true) String instance;

    @Override
    public Integer call() {
      return root.send(FaasOperation.DESCRIBE_FPGA_INSTANCES, params("InstanceId", instance));
    }
  }
}
