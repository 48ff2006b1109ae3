package io.errcat.cli;

import io.errcat.catalog.CatalogFiles;
import io.errcat.catalog.learn.Learn;
import io.errcat.catalog.learn.TrafficReader;
import io.errcat.catalog.problem.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code errcat learn}: the codes clients met in traffic (JSON Lines from the runtime's {@code
 * JsonLinesSink}) as a proposed change of the catalog files — draft entries and review notes
 * added as lines, every existing line kept.
 */
@Command(name = "learn", mixinStandardHelpOptions = true,
    description = {"Turns JSON Lines of unexplained responses (the runtime's JsonLinesSink) into"
        + " a proposed catalog patch: a draft entry for each code the catalog does not list, a"
        + " note for a known code met with another status, each marked # REVIEW; comments and"
        + " layout are kept.",
        "Writes the proposed files to --out (default target/errcat/learn), or over the catalogs"
            + " with --in-place."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:proposed (or nothing to propose)",
        "1:a catalog has problems of its own, or a traffic line was bad (reported with its"
            + " number; the good ones are used)", "2:usage", "3:an input cannot be read"})
final class LearnCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "CATALOG",
      description = "Catalog files or directories to propose changes to.")
  List<Path> catalogs = new ArrayList<>();

  @Option(names = {"-t", "--traffic"}, required = true, paramLabel = "FILE|DIR",
      description = "A JSON Lines file of unexplained responses, or a directory of *.jsonl"
          + " files (repeatable).")
  List<Path> traffic = new ArrayList<>();

  @Option(names = {"-o", "--out"}, paramLabel = "DIR",
      description = "Where the proposed files go (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("target", "errcat", "learn");

  @Option(names = "--in-place", description = "Write the proposals over the catalog files.")
  boolean inPlace;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    TrafficReader reader = new TrafficReader();
    for (Path t : traffic) {
      Path at = t;
      try {
        for (Path f : TrafficReader.files(t)) {
          at = f;
          try (InputStream in = Files.newInputStream(f)) {
            reader.read(f.toString(), in);
          }
        }
      } catch (IOException e) {
        err.println("errcat learn: cannot read " + at + ": " + e.getMessage());
        err.flush();
        return Exit.IO;
      }
    }
    TrafficReader.Result r = reader.result();
    r.problems().forEach(err::println);
    if (r.problemCount() > r.problems().size()) {
      err.println("... and " + (r.problemCount() - r.problems().size()) + " more bad lines");
    }
    stdout.println("read " + r.goodLines() + " traffic lines, " + r.observations().size()
        + " distinct sightings" + (r.problemCount() > 0 ? ", " + r.problemCount()
        + " bad lines skipped" : "") + (r.droppedKeys() + r.droppedBySink() > 0 ? ", "
        + (r.droppedKeys() + r.droppedBySink()) + " beyond the bounds dropped" : ""));
    int exit = r.problemCount() > 0 ? Exit.PROBLEMS : Exit.OK;
    List<Path> files = new ArrayList<>();
    try {
      for (Path c : catalogs) {
        files.addAll(Files.isDirectory(c) ? CatalogFiles.in(c) : List.of(c));
      }
      for (Path f : files) {
        byte[] content = Files.readAllBytes(f);
        Learn.Learned l = Learn.learn(f.toString(), content, r);
        if (l.proposal().isEmpty()) {
          l.before().forEach(p -> err.println(p.format()));
          err.println(f + ": fix the catalog's own problems first; nothing proposed");
          exit = Exit.PROBLEMS;
          continue;
        }
        var p = l.proposal().get();
        p.summary().forEach(s -> stdout.println(f.getFileName() + ": " + s));
        if (!p.changed()) {
          stdout.println(f.getFileName() + ": nothing to add");
          continue;
        }
        Path target = inPlace ? f : out.resolve(f.getFileName());
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.writeString(target, p.text(), StandardCharsets.UTF_8);
        stdout.println(f.getFileName() + ": " + p.drafts() + " draft entr"
            + (p.drafts() == 1 ? "y" : "ies") + ", " + p.notes() + " note"
            + (p.notes() == 1 ? "" : "s") + " -> " + target);
        for (Problem problem : l.after()) {
          stdout.println("  to review: " + problem.format());
        }
      }
    } catch (IOException e) {
      err.println("errcat learn: " + e.getMessage());
      err.flush();
      return Exit.IO;
    }
    stdout.flush();
    err.flush();
    return exit;
  }
}
