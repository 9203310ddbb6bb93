package io.github.genaitaxonomy.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.genaitaxonomy.core.Category;
import io.github.genaitaxonomy.core.Quantity;
import io.github.genaitaxonomy.core.Source;
import io.github.genaitaxonomy.core.Unit;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** MusicLM, the model added by following CONTRIBUTING.md: one constant, found everywhere. */
class AddedModelTest {

  @Test
  void should_list_musiclm_everywhere_when_only_its_holder_declares_it() {
    assertThat(Registry.model("musiclm")).isSameAs(Models2023.MUSICLM);
    assertThat(Registry.MODELS_2023).endsWith(Models2023.MUSICLM);
    assertThat(Edition.ALL.catalog().get("musiclm")).isSameAs(Models2023.MUSICLM);
    assertThat(Edition.SUPPLEMENT_2023.catalog().find("musiclm")).contains(Models2023.MUSICLM);
    assertThat(Edition.SURVEY_2022.catalog().find("musiclm")).isEmpty();
  }

  @Test
  void should_state_the_abstracts_facts_when_describing_musiclm() {
    assertThat(Models2023.MUSICLM.released()).isEqualTo(YearMonth.of(2023, 1));
    assertThat(Models2023.MUSICLM.developers()).containsExactly("google-research");
    assertThat(Models2023.MUSICLM.paper())
        .hasValueSatisfying(p -> assertThat(p.source()).isEqualTo(Source.arxiv("2301.11325")));
    assertThat(Models2023.MUSICLM.results())
        .singleElement()
        .satisfies(m -> assertThat(m.quantity()).isEqualTo(Quantity.of("5500", Unit.EXAMPLES)));
    assertThat(Models2023.MUSICLM.surveyCategory()).isEmpty();
    assertThat(Models2023.MUSICLM.classification().surveyCategory())
        .isEqualTo(Category.TEXT_TO_AUDIO);
  }
}
