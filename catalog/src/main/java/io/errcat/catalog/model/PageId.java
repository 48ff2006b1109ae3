package io.errcat.catalog.model;

/**
 * The element ids of the reference's pages themselves (sections, search controls, the data the
 * scripts read; the index page uses the search ids too): the one list the page builders write, the
 * scripts are filled in from, and {@link Symbols} keeps anchors away from.
 */
public enum PageId {
  /** The JSON the search script reads. */
  DATA("errcat-data"),
  /** The section of the code cards. */
  CODES("codes"),
  /** The search box. */
  SEARCH("q"),
  /** The operation filter. */
  OPERATION_FILTER("op"),
  /** How many codes show. */
  COUNT("count"),
  /** The "nothing matches" note. */
  NONE("none"),
  /** The query the note repeats. */
  NONE_QUERY("none-q"),
  /** The button that clears the search. */
  CLEAR("clear"),
  /** The list of cards. */
  LIST("list"),
  /** The section of operations. */
  OPERATIONS("operations"),
  /** The card of codes every operation may return. */
  EVERY_OPERATION("every-operation"),
  /** The section of the wire format. */
  WIRE("wire"),
  /** The section of endpoints. */
  ENDPOINTS("endpoints"),
  /** The section of sources. */
  SOURCES("sources"),
  /** The note on codes the catalog does not list. */
  FALLBACK("fallback"),
  /** The index page's list of codes found across every catalog. */
  RESULTS("results"),
  /** The section of retired codes' tombstones. */
  RETIRED("retired");

  private final String id;

  PageId(String id) {
    this.id = id;
  }

  /**
   * The id as the page writes it.
   *
   * @return e.g. {@code codes}
   */
  public String id() {
    return id;
  }

  /**
   * The placeholder the page's script names this id by, filled in when the script is inlined.
   *
   * @return e.g. {@code @CODES@}
   */
  public String placeholder() {
    return "@" + name() + "@";
  }
}
