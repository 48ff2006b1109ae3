package io.errcat.catalog.diff;

import io.errcat.catalog.model.Acknowledgement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A diff's breaking changes held against the release's acknowledgements: those a release means
 * (acknowledged, with the reason), those it does not (they still fail), and acknowledgements of
 * changes that did not happen (stale: they fail too, or they would hide the next real break).
 *
 * @param unacknowledged the breaking changes no acknowledgement names
 * @param acknowledged each acknowledged breaking change with its acknowledgement
 * @param stale the acknowledgements that name no change of this diff
 */
public record Acknowledged(List<Change> unacknowledged, Map<Change, Acknowledgement> acknowledged,
    List<Acknowledgement> stale) {

  /** Whether the build may pass: every break acknowledged, every acknowledgement used. */
  public boolean passes() {
    return !fails(false);
  }

  /**
   * Whether the diff fails the build: a stale acknowledgement always does; breaks nobody
   * acknowledged do unless the build allows breaking changes.
   *
   * @param allowBreaking whether unacknowledged breaks are allowed
   * @return true when the build must fail
   */
  public boolean fails(boolean allowBreaking) {
    return !stale.isEmpty() || !unacknowledged.isEmpty() && !allowBreaking;
  }

  /**
   * Holds {@code diff}'s breaking changes against {@code acks}.
   *
   * @param diff the changes
   * @param acks the release's acknowledgements
   * @return the three lists
   */
  public static Acknowledged of(DiffResult diff, List<Acknowledgement> acks) {
    List<Change> open = new ArrayList<>();
    Map<Change, Acknowledgement> done = new LinkedHashMap<>();
    List<Acknowledgement> unused = new ArrayList<>(acks);
    for (Change c : diff.breaking()) {
      Acknowledgement match = acks.stream().filter(a -> matches(a, c.target())).findFirst()
          .orElse(null);
      if (match == null) {
        open.add(c);
      } else {
        done.put(c, match);
        unused.remove(match);
      }
    }
    return new Acknowledged(List.copyOf(open), done, List.copyOf(unused));
  }

  private static boolean matches(Acknowledgement a, Change.Target t) {
    return t != null && (a.catalog() == null || a.catalog().equals(t.catalog()))
        && a.subject().equals(t.subject()) && a.name().equals(t.name())
        && a.change().equals(t.change());
  }
}
