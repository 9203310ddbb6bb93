package io.github.genaitaxonomy.core;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a {@link ModalitySignature} falls in the taxonomy: the survey category it would be filed
 * under, and the exact category of each of its (input, output) pairs.
 *
 * <pre>{@code
 * Classification c = Classification.of(ModalitySignature.parse("text+image+video->text"));
 * c.surveyCategory();   // IMAGE_TO_TEXT
 * c.pairCategories();   // [text-to-text, image-to-text, video-to-text]
 * c.exact();            // Optional.empty(): the signature is not a single pair
 * }</pre>
 *
 * <p>The survey category is chosen from the signature's pairs in the survey's terms (speech and
 * music count as audio, see {@link Modality#surveyModality()}): a pair whose input is not text wins
 * over one whose output is not text, which wins over text-to-text; a signature with no pair the
 * survey names is {@link Category#OTHER}.
 */
@Value.Immutable
public abstract class Classification {
  Classification() {}

  /** The signature that was classified. */
  public abstract ModalitySignature signature();

  /** The survey category the signature would be filed under; {@link Category#OTHER} if none fits. */
  public abstract Category surveyCategory();

  /** The exact category of each (input, output) pair of the signature, inputs first. */
  public abstract ImmutableList<Category> pairCategories();

  /** The exact category when the signature is a single pair. */
  public final Optional<Category> exact() {
    return signature().asPair().map(Category::of);
  }

  /** Classifies a signature. */
  public static Classification of(ModalitySignature signature) {
    Category best = Category.OTHER;
    int bestRank = Integer.MAX_VALUE;
    ImmutableList.Builder<Category> exact = ImmutableList.builder();
    for (ModalityPair pair : signature.pairs()) {
      exact.add(Category.of(pair));
      Category survey = Category.of(pair.toSurveyTerms());
      if (survey.isSurveyCategory()) {
        int rank = pair.input() != Modality.TEXT ? 0 : pair.output() != Modality.TEXT ? 1 : 2;
        if (rank < bestRank) {
          best = survey;
          bestRank = rank;
        }
      }
    }
    return ImmutableClassification.builder()
        .signature(signature)
        .surveyCategory(best)
        .pairCategories(exact.build())
        .build();
  }
}
