package io.errcat.catalog.bundled;

import static io.errcat.catalog.bundled.SeedTables.norm;
import static io.errcat.catalog.bundled.SeedTables.paragraphs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.errcat.catalog.model.Catalog;
import io.errcat.catalog.model.Endpoint;
import io.errcat.catalog.model.ErrorEntry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Reads every table of the seed documents and finds each row in the bundled catalogs with the same
 * code, status, texts (whitespace normalised, paragraphs kept) and, for FaaS, operations; and finds
 * no entry that no row accounts for.
 */
class SeedCrossCheckTest {

  @Test
  void faasHasEveryRowWithItsScope() {
    Catalog c = BundledCatalogs.catalog("faas");
    List<ErrorEntry> unmatched = new ArrayList<>(c.errors());
    for (SeedTables.Row row : SeedTables.faas()) {
      List<ErrorEntry> hits = unmatched.stream()
          .filter(e -> e.code().equals(row.code()) && e.operations().equals(row.operations())).toList();
      assertEquals(1, hits.size(), row.code() + " " + row.operations());
      ErrorEntry e = hits.get(0);
      assertEquals(row.status(), e.httpStatus(), row.code());
      assertEquals(row.message(), norm(e.message()), row.code());
      assertEquals(row.description(), norm(e.description()), row.code());
      unmatched.remove(e);
    }
    assertEquals(List.of(), unmatched.stream().map(ErrorEntry::code).toList());
    // document order is kept
    assertEquals(SeedTables.faas().stream().map(SeedTables.Row::code).toList(),
        c.errors().stream().map(ErrorEntry::code).toList());
  }

  @Test
  void openYuanrongSdkHasEveryRow() {
    Catalog c = BundledCatalogs.catalog("openyuanrong-sdk");
    List<SeedTables.Row> rows = SeedTables.yuanrongSdk();
    assertEquals(codes(rows), codes(c));
    for (SeedTables.Row row : rows) {
      ErrorEntry e = BundledCatalogs.entry("openyuanrong-sdk", row.code());
      assertNull(e.httpStatus(), row.code());
      assertNull(e.message(), row.code() + ": the SDK table has no message column");
      assertEquals(row.description(), norm(e.description()), row.code());
      assertEquals(row.solution(), norm(e.solution()), row.code());
      assertTrue(e.javaName().startsWith("ERR_"), e.javaName());
    }
  }

  @Test
  void openYuanrongRestHasEveryRow() {
    Catalog c = BundledCatalogs.catalog("openyuanrong-rest");
    List<SeedTables.Row> rows = SeedTables.yuanrongRest();
    assertEquals(codes(rows), codes(c));
    for (SeedTables.Row row : rows) {
      ErrorEntry e = BundledCatalogs.entry("openyuanrong-rest", row.code());
      assertNull(e.httpStatus(), row.code() + ": the document gives no status");
      assertEquals(row.message(), norm(e.message()), row.code());
      assertEquals(row.description(), norm(e.description()), row.code());
      assertNull(e.solution(), row.code());
    }
  }

  @Test
  void imageSearchHasEveryRowAndOthersAsFallback() {
    Catalog c = BundledCatalogs.catalog("image-search");
    List<SeedTables.Row> rows = SeedTables.imageSearch();
    SeedTables.Row others = rows.get(rows.size() - 1);
    List<SeedTables.Row> codeRows = rows.subList(0, rows.size() - 1);
    assertEquals("Others", others.code());
    assertEquals(codes(codeRows), codes(c));
    for (SeedTables.Row row : codeRows) {
      ErrorEntry e = BundledCatalogs.entry("image-search", row.code());
      assertEquals(400, e.httpStatus(), row.code());
      assertEquals(paragraphs(row.message()), paragraphs(e.message()), row.code());
      assertEquals(paragraphs(row.description()), paragraphs(e.description()), row.code());
      assertEquals(paragraphs(row.solution()), paragraphs(e.solution()), row.code());
    }
    assertEquals("Others", c.fallback().label());
    assertEquals(others.message(), norm(c.fallback().advice()));
  }

  @Test
  void functionComputeHasEveryRowOfBothDocuments() {
    Catalog c = BundledCatalogs.catalog("function-compute");
    Set<String> expected = new LinkedHashSet<>(codes(SeedTables.functionComputeErrors()));
    expected.addAll(codes(SeedTables.functionComputeReference()));
    assertEquals(expected.stream().sorted().toList(), codes(c).stream().sorted().toList());
    Set<String> main = Set.copyOf(codes(SeedTables.functionComputeErrors()));
    for (SeedTables.Row row : SeedTables.functionComputeErrors()) {
      ErrorEntry e = BundledCatalogs.entry("function-compute", row.code());
      assertEquals(row.status(), e.httpStatus(), row.code());
      assertEquals(row.message().equals("N/A") ? null : row.message(), e.message(), row.code());
      assertEquals(row.description(), norm(e.description()), row.code());
      assertEquals(row.solution(), norm(e.solution()), row.code());
      assertEquals(row.message().split("%[sd]", -1).length - 1, e.params().size(), row.code() + " params");
    }
    for (SeedTables.Row row : SeedTables.functionComputeReference()) {
      ErrorEntry e = BundledCatalogs.entry("function-compute", row.code());
      assertEquals(row.status(), e.httpStatus(), row.code());
      if (main.contains(row.code())) {
        // 004's own cause and solution are kept in notes
        assertTrue(norm(e.notes()).contains(row.description()), row.code() + " cause in notes");
        assertTrue(norm(e.notes()).contains(row.solution()), row.code() + " solution in notes");
      } else {
        assertEquals(row.description(), norm(e.description()), row.code());
        assertEquals(row.solution(), norm(e.solution()), row.code());
        assertNull(e.message(), row.code() + ": no document gives its message");
      }
    }
  }

  @Test
  void functionComputeHasEveryRegion() {
    List<String> expected = SeedTables.functionComputeRegions().stream()
        .map(r -> r.name() + " " + r.publicEndpoint() + " " + r.internalEndpoint()).toList();
    List<Endpoint> endpoints = BundledCatalogs.catalog("function-compute").endpoints();
    assertEquals(expected, endpoints.stream()
        .map(p -> p.name() + " " + p.publicEndpoint() + " " + p.internalEndpoint()).toList());
    for (Endpoint p : endpoints) {
      assertEquals(p.regionId() + ".fc.aliyuncs.com", p.publicEndpoint());
    }
  }

  private static List<String> codes(List<SeedTables.Row> rows) {
    return rows.stream().map(SeedTables.Row::code).collect(Collectors.toList());
  }

  private static List<String> codes(Catalog c) {
    return c.errors().stream().map(ErrorEntry::code).collect(Collectors.toList());
  }
}
