package io.github.genaitaxonomy.it.consumer;

import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.Category;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.Modality;
import io.github.genaitaxonomy.core.ModalitySignature;
import io.github.genaitaxonomy.core.Organization;
import io.github.genaitaxonomy.core.OrganizationKind;
import io.github.genaitaxonomy.core.Paper;
import io.github.genaitaxonomy.core.Source;
import io.github.genaitaxonomy.data.Edition;
import io.github.genaitaxonomy.data.SurveyModels;
import io.github.genaitaxonomy.json.TaxonomyJson;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.YearMonth;
import java.util.List;

/** What a user writes: query the built-in catalog and round-trip it through JSON. */
public final class ConsumerApp {
  private ConsumerApp() {}

  /** The text-to-image models the survey describes. */
  public static List<String> textToImage() {
    return Edition.SURVEY_2022.catalog().query().surveyCategory(Category.TEXT_TO_IMAGE).ids();
  }

  /** Models that give out images, by name. */
  public static List<String> imageMakers() {
    return Edition.ALL.catalog().query().output(Modality.IMAGE).stream()
        .map(GenerativeModel::name)
        .toList();
  }

  /** A catalog of the user's own: one organization and one model, built with the builders. */
  public static Catalog ownCatalog() {
    Source paper = Source.arxiv("2204.06125");
    Organization openai =
        Organization.builder()
            .id("openai")
            .name("OpenAI")
            .kind(OrganizationKind.COMPANY)
            .addSources(paper)
            .build();
    GenerativeModel model =
        GenerativeModel.builder()
            .id("dall-e-2")
            .name("DALL-E 2")
            .signature(ModalitySignature.parse("text->image"))
            .addDevelopers(openai.id())
            .released(YearMonth.of(2022, 4))
            .paper(
                Paper.arxiv(
                    "2204.06125",
                    "Hierarchical Text-Conditional Image Generation with CLIP Latents"))
            .addSources(paper)
            .summary("A text-to-image model.")
            .build();
    return Catalog.builder().addOrganizations(openai).addModels(model).build();
  }

  /** The catalog written as JSON and read back. */
  public static Catalog jsonRoundTrip(Catalog catalog) {
    TaxonomyJson json = TaxonomyJson.defaults();
    return json.read(json.write(catalog));
  }

  /** The catalog written as JSON Lines and read back. */
  public static Catalog jsonLinesRoundTrip(Catalog catalog) {
    TaxonomyJson json = TaxonomyJson.defaults();
    StringWriter lines = new StringWriter();
    json.writeLines(catalog, lines);
    return json.readLines(new StringReader(lines.toString()));
  }

  /** Prints what the consumer found. */
  public static void main(String[] args) {
    Catalog all = Edition.ALL.catalog();
    System.out.println("catalog: " + all);
    System.out.println("text-to-image: " + textToImage());
    System.out.println("DALL-E 2 by: " + SurveyModels.DALL_E_2.developers());
    System.out.println("JSON round trip equal: " + jsonRoundTrip(all).equals(all));
  }
}
