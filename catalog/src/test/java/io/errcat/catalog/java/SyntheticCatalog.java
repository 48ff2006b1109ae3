package io.errcat.catalog.java;

import io.errcat.catalog.model.Catalog;
import io.errcat.catalog.model.CodeType;
import io.errcat.catalog.model.ErrorEntry;
import io.errcat.catalog.model.JavaSection;
import io.errcat.catalog.model.Operation;
import io.errcat.catalog.model.Param;
import io.errcat.catalog.model.ParamType;
import io.errcat.catalog.model.Position;
import io.errcat.catalog.model.Positions;
import io.errcat.catalog.model.Product;
import io.errcat.catalog.model.Retry;
import io.errcat.catalog.model.Wire;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A made-up catalog of any size, for the scale tests: every shape the emitter knows (templates,
 * per-operation variants, retry hints, statuses, operations) recurs throughout.
 */
public final class SyntheticCatalog {
  private SyntheticCatalog() {}

  static final Positions AT = Positions.of(Position.unknown("<synthetic>"));

  public static Catalog of(int codes) {
    List<Operation> ops = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      ops.add(new Operation("Operation" + i, i % 2 == 0 ? "Action" + i : null, "cmd_" + i,
          "Operation number " + i + ".", AT));
    }
    List<ErrorEntry> errors = new ArrayList<>();
    for (int i = 0; i < codes; i++) {
      String code = "SYN.%05d".formatted(i);
      ErrorEntry.Builder e = ErrorEntry.builder(code)
          .httpStatus(400 + i % 100)
          .description("Description of synthetic error " + i + " with <b>markup</b> & more.")
          .solution("Solution " + i + ": try again.");
      if (i % 7 == 0) {
        e.message("item '%s' failed after %d tries (" + i + ")")
            .params(List.of(new Param("item", ParamType.STRING, AT),
                new Param("tries", ParamType.LONG, AT)));
      } else {
        e.message("Synthetic error number " + i + ".");
      }
      if (i % 5 == 0) {
        e.retry(new Retry(true, Duration.ofSeconds(i % 600), AT));
      }
      if (i % 50 == 0) {
        errors.add(e.operations(List.of("Operation1", "Operation2")).build());
        errors.add(ErrorEntry.builder(code).httpStatus(503)
            .message("Variant text of " + i + " in Operation3.")
            .operations(List.of("Operation3")).build());
      } else {
        errors.add(e.build());
      }
    }
    return Catalog.builder(new Product("synthetic", "Synthetic " + codes, "errcat tests",
            new JavaSection("io.errcat.catalogs.synthetic" + codes, "Syn", AT), List.of(), AT))
        .wire(new Wire("code", CodeType.STRING, "message", "requestId", "X-Request-Id", null,
            List.of(), AT))
        .operations(ops)
        .errors(errors)
        .build();
  }
}
