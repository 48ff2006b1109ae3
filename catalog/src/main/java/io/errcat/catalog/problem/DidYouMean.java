package io.errcat.catalog.problem;

import java.util.Collection;
import java.util.Locale;

/**
 * Finds the candidate nearest to a misspelt word by optimal-string-alignment distance (Levenshtein
 * plus adjacent transpositions), ignoring case. Only close candidates are suggested: at most one
 * edit for short words, at most a third of the word's length for longer ones.
 */
public final class DidYouMean {
  private DidYouMean() {}

  /** Beyond this many candidates no suggestion is made: each costs a distance computation. */
  static final int MAX_CANDIDATES = 2000;

  /**
   * The nearest candidate close enough to {@code word}, or null. Ties go to the first candidate.
   * No suggestion for more than {@link #MAX_CANDIDATES} candidates, so that a hostile catalog
   * with many misspelt references to many operations stays linear.
   */
  public static String nearest(String word, Collection<String> candidates) {
    if (candidates.size() > MAX_CANDIDATES || word.length() > 200) {
      return null;
    }
    String w = word.toLowerCase(Locale.ROOT);
    int limit = Math.max(1, Math.min(3, w.length() / 3));
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      if (c.equals(word)) {
        continue;
      }
      int d = distance(w, c.toLowerCase(Locale.ROOT));
      if (d <= limit && d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return best;
  }

  /** Optimal string alignment distance between {@code a} and {@code b}. */
  static int distance(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 3) {
      return Integer.MAX_VALUE;
    }
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
      }
    }
    return d[a.length()][b.length()];
  }
}
