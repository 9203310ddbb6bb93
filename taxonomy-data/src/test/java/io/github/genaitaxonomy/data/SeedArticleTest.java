package io.github.genaitaxonomy.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.genaitaxonomy.core.Discrepancy;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.Measurement;
import io.github.genaitaxonomy.core.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeedArticleTest {

  @Test
  void should_resolve_every_seed_source_when_the_catalog_cites_a_seed() {
    Set<Source> seeds = new HashSet<>();
    for (Source source : allSources()) {
      if (source.isSeed()) {
        seeds.add(source);
        assertThat(SeedArticle.of(source)).as(source.toString()).isPresent();
      }
    }
    assertThat(seeds).isNotEmpty();
  }

  @Test
  void should_cite_the_survey_by_arxiv_id_when_a_claim_is_the_surveys() {
    assertThat(Facts.SURVEY).isEqualTo(Source.arxiv("2301.04655"));
    assertThat(SeedArticle.of(Facts.SURVEY)).isEmpty();
  }

  @Test
  void should_state_the_dates_and_outlets_when_the_articles_give_them() {
    assertThat(SeedArticle.SEED_000.published()).contains(LocalDate.of(2023, 1, 29));
    assertThat(SeedArticle.SEED_000.outlet())
        .hasValueSatisfying(o -> assertThat(o).contains("QbitAI"));
    assertThat(SeedArticle.SEED_002.published()).contains(LocalDate.of(2023, 5, 2));
    assertThat(SeedArticle.SEED_002.language()).isEqualTo("de");
    assertThat(SeedArticle.SEED_001.published()).isEmpty();
    assertThat(Arrays.stream(SeedArticle.values()).map(SeedArticle::fileName))
        .allMatch(f -> f.matches("[0-9]{3}_[0-9a-f]{16}\\.txt"))
        .doesNotHaveDuplicates();
    assertThat(Arrays.stream(SeedArticle.values()).map(SeedArticle::id))
        .containsExactly("seed-000", "seed-001", "seed-002", "seed-003", "seed-004");
  }

  @Test
  void should_name_the_source_and_the_known_seeds_when_no_article_matches() {
    assertThatThrownBy(() -> SeedArticle.get(Source.seed("999_0000000000000000.txt")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("seed:999_0000000000000000.txt")
        .hasMessageContaining("seed:000_e7843f9ae806c1d0.txt");
    assertThat(SeedArticle.get(Facts.SEED_004)).isSameAs(SeedArticle.SEED_004);
  }

  private static List<Source> allSources() {
    List<Source> sources = new ArrayList<>();
    List<Discrepancy> discrepancies = new ArrayList<>(Registry.SURVEY_WIDE_DISCREPANCIES);
    for (GenerativeModel model : Holders.models()) {
      sources.addAll(model.sources());
      model.lineage().forEach(e -> sources.add(e.source()));
      model.parameters().ifPresent(m -> sources.add(m.source()));
      model.trainingData().stream().map(Measurement::source).forEach(sources::add);
      model.results().stream().map(Measurement::source).forEach(sources::add);
      discrepancies.addAll(model.discrepancies());
    }
    for (Discrepancy d : discrepancies) {
      sources.add(d.claimed().source());
      sources.add(d.actual().source());
    }
    Registry.ORGANIZATIONS.forEach(o -> sources.addAll(o.sources()));
    Registry.TECHNIQUES.forEach(t -> t.reference().ifPresent(sources::add));
    return sources;
  }
}
