package io.github.genaitaxonomy.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogSourceTest {

  @org.junit.jupiter.api.Test
  void should_read_a_catalog_source_back_when_written_as_text() {
    Source s = Source.catalog("epoch-ai", "notable_ai_models.csv", "GPT-3");
    assertThat(Source.parse(s.toString())).isEqualTo(s);
    assertThat(s.toString()).isEqualTo("catalog:epoch-ai:notable_ai_models.csv#GPT-3");
    assertThatThrownBy(() -> Source.catalog("Epoch AI", "x.csv", "1"))
        .isInstanceOf(InvalidAttributeException.class);
  }
}
