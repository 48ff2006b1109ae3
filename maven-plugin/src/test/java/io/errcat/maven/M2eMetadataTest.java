package io.errcat.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Eclipse m2e reads this file from the plugin jar: generate must run on incremental builds. */
class M2eMetadataTest {

  @Test
  void generateRunsOnIncrementalBuildsAndTheOtherGoalsAreIgnored() throws Exception {
    Document doc;
    try (InputStream in = getClass().getClassLoader()
        .getResourceAsStream("META-INF/m2e/lifecycle-mapping-metadata.xml")) {
      assertNotNull(in, "the plugin jar must contain META-INF/m2e/lifecycle-mapping-metadata.xml");
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      doc = f.newDocumentBuilder().parse(in);
    }
    List<String> incremental = new ArrayList<>();
    List<String> ignored = new ArrayList<>();
    NodeList executions = doc.getElementsByTagName("pluginExecution");
    for (int i = 0; i < executions.getLength(); i++) {
      Element e = (Element) executions.item(i);
      NodeList goals = e.getElementsByTagName("goal");
      boolean runs = e.getElementsByTagName("runOnIncremental").getLength() == 1
          && e.getElementsByTagName("runOnIncremental").item(0).getTextContent().equals("true");
      boolean ignore = e.getElementsByTagName("ignore").getLength() == 1;
      for (int g = 0; g < goals.getLength(); g++) {
        String goal = goals.item(g).getTextContent();
        if (runs) incremental.add(goal);
        if (ignore) ignored.add(goal);
      }
    }
    assertEquals(List.of("generate", "generate-test"), incremental);
    assertEquals(List.of("check", "docs", "diff"), ignored);
  }
}
