package io.github.genaitaxonomy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.examples.internal.Dot;
import io.github.genaitaxonomy.examples.internal.Mermaid;
import org.junit.jupiter.api.Test;

class GraphTextTest {
  private final Catalog catalog = TestCatalogs.synthetic(30, 5);

  @Test
  void should_declare_each_model_once_under_its_category_when_writing_mermaid_taxonomy() {
    String mermaid = Mermaid.taxonomy(catalog);

    assertThat(mermaid).startsWith("flowchart LR\n");
    for (GenerativeModel model : catalog.models()) {
      String node = "m_" + model.id().replace('-', '_') + "[\"";
      assertThat(mermaid.split(java.util.regex.Pattern.quote(node), -1)).hasSize(2);
    }
    // Quotes inside labels would end the label early.
    assertThat(mermaid).doesNotContain("\\\"").contains("#34;", "#38;", "#60;");
  }

  @Test
  void should_write_one_edge_per_lineage_edge_when_writing_mermaid_lineage() {
    String mermaid = Mermaid.lineage(catalog);

    assertThat(mermaid).startsWith("flowchart RL\n");
    assertThat(mermaid.lines().filter(l -> l.contains(" -->|")))
        .hasSize(catalog.lineage().edges().size());
  }

  @Test
  void should_write_one_edge_per_lineage_edge_when_writing_dot() {
    String dot = Dot.lineage(catalog);

    assertThat(dot).startsWith("digraph lineage {").endsWith("}\n");
    assertThat(dot.lines().filter(l -> l.contains(" -> ")))
        .hasSize(catalog.lineage().edges().size());
    assertThat(Dot.taxonomy(catalog).lines().filter(l -> l.contains(" -> ")))
        .hasSize(9 + catalog.models().size());
  }
}
