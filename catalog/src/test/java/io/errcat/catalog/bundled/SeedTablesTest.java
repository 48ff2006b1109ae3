package io.errcat.catalog.bundled;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The seed parsers themselves read every row of every table (the counts issue 3 names). */
class SeedTablesTest {

  @Test
  void everyTableHasItsDocumentedNumberOfRows() {
    assertEquals(33, SeedTables.faas().size());
    assertEquals(49, SeedTables.yuanrongSdk().size());
    assertEquals(60, SeedTables.yuanrongRest().size());
    assertEquals(142, SeedTables.imageSearch().size(), "141 codes + Others");
    assertEquals(15, SeedTables.functionComputeErrors().size());
    assertEquals(13, SeedTables.functionComputeReference().size());
    assertEquals(15, SeedTables.functionComputeRegions().size());
    Set<String> fc = new HashSet<>();
    SeedTables.functionComputeErrors().forEach(r -> fc.add(r.code()));
    SeedTables.functionComputeReference().forEach(r -> fc.add(r.code()));
    assertEquals(17, fc.size());
  }

  @Test
  void faasScopesSpanRowsUntilTheNextScopeCell() {
    List<SeedTables.Row> rows = SeedTables.faas();
    assertEquals(List.of(), rows.get(7).operations(), rows.get(7).code());
    assertEquals("InvalidSecurityToken.MismatchWithAccessKey", rows.get(7).code());
    assertEquals(List.of("auth"), rows.get(8).operations());
    assertEquals(List.of("CreateFpgaImage"), rows.get(16).operations(), rows.get(16).code());
    assertEquals(List.of("DeleteFpgaImage", "DeletePublishFpgaImage"), rows.get(17).operations());
    assertEquals(List.of("PublishFpgaImage"), rows.get(32).operations());
  }

  @Test
  void multiParagraphCellsKeepTheirParagraphs() {
    SeedTables.Row apig0301 = SeedTables.imageSearch().stream()
        .filter(r -> r.code().equals("APIG.0301")).findFirst().orElseThrow();
    assertEquals(3, apig0301.message().split("\n\n").length);
    assertEquals(3, apig0301.description().split("\n\n").length);
    assertEquals(3, apig0301.solution().split("\n\n").length);
    assertEquals("verify aksk signature fail: Check whether the AK and SK are correct and whether the"
        + " account is in arrears.", apig0301.solution().split("\n\n")[2]);
  }

  @Test
  void functionComputeRowsSplitIntoMessageDescriptionAndSolution() {
    SeedTables.Row signature = SeedTables.functionComputeErrors().get(5);
    assertEquals("SignatureNotMatch", signature.code());
    assertEquals("The request signature we calculated does not match the signature you provided."
        + " Check your access key and signing method", signature.message());
    assertEquals("Calculate the signature based on the signature rules.", signature.solution());
  }
}
