package io.errcat.catalog.check;

import io.errcat.catalog.model.Catalog;
import io.errcat.catalog.model.ErrorEntry;
import io.errcat.catalog.model.Position;
import io.errcat.catalog.problem.DidYouMean;
import io.errcat.catalog.problem.ProblemId;
import io.errcat.catalog.problem.Problems;
import io.errcat.runtime.GrpcCodes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Rules on how the catalog reads in gRPC: a {@code grpcStatus} is a canonical code (EC066) and
 * agrees with the HTTP status by code.proto's mapping, else a warning (EC065); each code's
 * {@code ErrorInfo} reason (its {@code reason}, else its constant name) follows AIP-193 (EC063),
 * is one per code (EC067) and names one code (EC064); {@code grpc.domain} is a domain name
 * (EC068).
 */
final class GrpcRules {
  private GrpcRules() {}

  /** AIP-193's reason: UPPER_SNAKE_CASE, at most 63 characters. */
  private static final Pattern REASON = Pattern.compile("[A-Z][A-Z0-9_]{0,61}[A-Z0-9]");
  private static final Pattern DOMAIN =
      Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");
  private static final List<String> NAMES = GrpcCodes.ALL.stream().map(GrpcCodes.Code::name).toList();

  static void check(Catalog c, Problems problems) {
    if (c.grpc() != null && c.grpc().domain() != null) {
      String d = c.grpc().domain();
      if (d.length() > 253 || !DOMAIN.matcher(d).matches()) {
        problems.add(ProblemId.EC068, c.grpc().at().of("domain"),
            d.length() > 80 ? d.substring(0, 80) + "..." : d);
      }
    }
    Map<String, ErrorEntry> byReason = new HashMap<>();
    for (Map.Entry<String, List<ErrorEntry>> code : c.entriesByCode().entrySet()) {
      ErrorEntry first = code.getValue().get(0);
      for (ErrorEntry e : code.getValue()) {
        status(c, e, problems);
        // two derived reasons differ only where the entries' names do: EC041's to report
        if (e != first && (e.reason() != null || first.reason() != null)
            && !e.grpcReason().equals(first.grpcReason())) {
          Position at = e.reason() != null ? e.at().of("reason") : e.at().of("code");
          Position firstAt = first.reason() != null ? first.at().of("reason") : first.at().of("code");
          problems.add(ProblemId.EC067, at, e.code(), e.grpcReason(), firstAt.line(),
              firstAt.column(), first.grpcReason());
        }
      }
      String reason = first.grpcReason();
      if (first.reason() != null && !REASON.matcher(reason).matches()) {
        problems.add(ProblemId.EC063, first.at().of("reason"), shorten(reason),
            shorten(first.code()), reason.length() > 63 ? reason.length() + " characters"
                : "not UPPER_SNAKE_CASE");
        continue;
      }
      if (first.reason() == null && reason.length() > 63
          && !reportedAt(problems, first.at().of("code"))) {
        // a constant name is UPPER_SNAKE_CASE already; only its length can break the rule (a
        // one- or two-letter name is kept: give a reason to follow AIP-193's three letters)
        problems.add(ProblemId.EC063, first.at().of("code"), shorten(reason),
            shorten(first.code()), reason.length() + " characters (the constant name; give the"
                + " code a shorter reason:)");
        continue;
      }
      ErrorEntry other = byReason.putIfAbsent(reason, first);
      // two constant names that collide are EC032's to report, not this rule's
      if (other != null && (first.reason() != null || other.reason() != null)) {
        Position otherAt = other.reason() != null ? other.at().of("reason") : other.at().of("code");
        problems.add(ProblemId.EC064, first.reason() != null ? first.at().of("reason")
            : first.at().of("code"), first.code(), reason, other.code(), otherAt.line(),
            otherAt.column());
      }
    }
  }

  private static String shorten(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "..." : s;
  }

  /** Whether the text at {@code at} was already reported (a code too long for anything). */
  private static boolean reportedAt(Problems problems, Position at) {
    return problems.list().stream().anyMatch(p -> p.position().equals(at));
  }

  private static void status(Catalog c, ErrorEntry e, Problems problems) {
    if (e.grpcStatus() == null) {
      return;
    }
    Position at = e.at().of("grpcStatus");
    var code = GrpcCodes.byName(e.grpcStatus());
    if (code.isEmpty()) {
      problems.addWithHint(ProblemId.EC066, at, DidYouMean.nearest(e.grpcStatus(), NAMES),
          shorten(e.grpcStatus()));
      return;
    }
    Integer http = c.statusOf(e).orElse(null);
    if (http != null && code.get().httpStatus() != http) {
      problems.add(ProblemId.EC065, at, e.code(), http, e.grpcStatus(), code.get().httpStatus());
    }
  }
}
