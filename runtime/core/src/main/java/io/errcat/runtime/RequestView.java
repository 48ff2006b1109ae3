package io.errcat.runtime;

import java.util.List;

/**
 * What {@link ErrorResponder} needs of the request being answered, as one small view each server
 * adapter implements once over its framework's request: the header values, and the id the
 * application gave the request, if any.
 */
public interface RequestView {
  /**
   * Every value of a request header, in the order received.
   *
   * @param name the header's name, in any case
   * @return the values (one a line the request carried), empty when absent; never {@code null}
   */
  List<String> headers(String name);

  /**
   * The id the application gave this request (its own request-id filter's), which an answer
   * carries in preference to the caller's.
   *
   * @return the id, or {@code null} for none
   */
  default String applicationRequestId() {
    return null;
  }

  /**
   * The languages the caller reads, best first: by default its {@code Accept-Language} values
   * ({@link Languages#ranges(String)}); an adapter whose framework decides the locale otherwise
   * (Spring's {@code LocaleResolver}) answers with that locale's range.
   *
   * @return language ranges, lower case; empty for the catalog's own language
   */
  default List<String> languageRanges() {
    List<String> values = headers("Accept-Language");
    return values.isEmpty() ? List.of() : Languages.ranges(String.join(",", values));
  }
}
