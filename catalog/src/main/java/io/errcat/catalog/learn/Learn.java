package io.errcat.catalog.learn;

import io.errcat.catalog.check.Checker;
import io.errcat.catalog.model.Catalog;
import io.errcat.catalog.problem.LoadResult;
import io.errcat.catalog.problem.Problem;
import io.errcat.catalog.yaml.CatalogLoader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * What {@code errcat:learn} and {@code errcat learn} do for each catalog file: propose the
 * additions traffic calls for ({@link CatalogPatch}) to a catalog that is clean, and load the
 * proposed text again so that what the drafts still need (a Java name that collides, say) is
 * reported with the proposal, not discovered later.
 */
public final class Learn {
  private Learn() {}

  /**
   * What learning gave for one catalog file.
   *
   * @param proposal the proposed text and its summary; empty when the catalog has problems of its
   *     own (fix those first)
   * @param before the catalog's own problems, when it is not clean
   * @param after what the proposed text still needs, by the checker
   */
  public record Learned(Optional<CatalogPatch.Proposal> proposal, List<Problem> before,
      List<Problem> after) {}

  /**
   * Proposes additions to one catalog file.
   *
   * @param displayName the file's name, for problems
   * @param content the file's bytes
   * @param traffic what was read from the traffic files
   * @return the proposal
   */
  public static Learned learn(String displayName, byte[] content, TrafficReader.Result traffic) {
    LoadResult loaded = load(displayName, content);
    if (!loaded.isClean() || loaded.catalog().isEmpty()) {
      return new Learned(Optional.empty(), loaded.problems(), List.of());
    }
    Catalog catalog = loaded.catalog().get();
    CatalogPatch.Proposal p = CatalogPatch.propose(catalog, displayName, content,
        traffic.observations());
    List<Problem> after = p.changed()
        ? load(displayName, p.text().getBytes(StandardCharsets.UTF_8)).problems()
        : List.of();
    return new Learned(Optional.of(p), List.of(), after);
  }

  /** Loaded and checked, as the engine loads every catalog. */
  private static LoadResult load(String displayName, byte[] content) {
    return Checker.checkLoaded(CatalogLoader.load(displayName, content));
  }
}
