package io.github.genaitaxonomy.data;

import io.github.genaitaxonomy.core.Access;
import io.github.genaitaxonomy.core.Category;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.ModalitySignature;
import io.github.genaitaxonomy.core.Paper;
import io.github.genaitaxonomy.core.Source;
import java.time.YearMonth;

/**
 * The models the survey arXiv 2301.04655 describes.
 *
 * <p>Ordering: by survey section (3.1 to 3.9), then in the order the survey presents them.
 */
public final class SurveyModels {
  private SurveyModels() {}

  // 3.1 Text-to-image

  /** DALL-E 2, OpenAI's CLIP-latent diffusion model. Source: arXiv 2204.06125. */
  public static final GenerativeModel DALL_E_2 =
      GenerativeModel.builder()
          .id("dall-e-2")
          .name("DALL·E 2")
          .addAliases("DALL-E 2", "unCLIP")
          .surveyCategory(Category.TEXT_TO_IMAGE)
          .signature(ModalitySignature.parse("text->image"))
          .addDevelopers("openai")
          .released(YearMonth.of(2022, 4))
          .addAccess(Access.WAITLIST)
          .paper(
              Paper.arxiv(
                  "2204.06125", "Hierarchical Text-Conditional Image Generation with CLIP Latents"))
          .addSources(Source.arxiv("2204.06125"), Source.seed("001_16f3bec8d293b44f.txt"))
          .summary(
              "A text-to-image system that maps a caption to a CLIP image embedding with a prior and"
                  + " decodes that embedding into an image with a diffusion model.")
          .build();
}
