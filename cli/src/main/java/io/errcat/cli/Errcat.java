package io.errcat.cli;

import java.io.PrintWriter;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * errcat's command line: thin commands over the engine the Maven plugin and the processor use,
 * so a catalog gets the same problem lines, ids, code and reference wherever it is built.
 */
@Command(name = "errcat", mixinStandardHelpOptions = true,
    versionProvider = Errcat.Version.class,
    description = "Error-code catalogs in YAML: check them, generate their Java API and"
        + " reference, compare versions, explain a code.",
    subcommands = {CheckCommand.class, GenerateCommand.class, DocsCommand.class,
        OpenApiCommand.class, DiffCommand.class, ExplainCommand.class, LearnCommand.class,
        ListCommand.class,
        AutoComplete.GenerateCompletion.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "1:problems (errors, breaking changes, no such code)", "2:usage",
        "3:an input cannot be read or an output written", "4:a bug in errcat"})
public final class Errcat implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  /**
   * Runs the command line and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /**
   * Runs the command line, printing to {@code out} and {@code err}.
   *
   * @param out standard output
   * @param err standard error
   * @param args the arguments
   * @return the exit code
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = commandLine();
    cli.setOut(out);
    cli.setErr(err);
    return cli.execute(args);
  }

  /** The command tree with errcat's exit codes and messages. */
  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Errcat());
    cli.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      PrintWriter err = commandLine.getErr();
      if (e instanceof CliFailure f) {
        err.println("errcat " + commandLine.getCommandName() + ": " + f.getMessage());
        return f.exitCode();
      }
      err.println("errcat " + commandLine.getCommandName() + ": internal error: " + e
          + (e.getStackTrace().length > 0 ? " at " + e.getStackTrace()[0] : "")
          + "; please report it with this line");
      return Exit.INTERNAL;
    });
    return cli;
  }

  /** The version the jar's manifest names. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Errcat.class.getPackage().getImplementationVersion();
      return new String[] {"errcat " + (v == null ? "(development build)" : v)};
    }
  }
}
