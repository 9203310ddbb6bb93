package io.github.genaitaxonomy.examples;

import com.google.common.collect.ImmutableList;
import io.github.genaitaxonomy.core.Access;
import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.Modality;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A small service built on a catalog: which models turn one modality into another, the most usable
 * first.
 *
 * <pre>{@code
 * ModelRecommender recommender = new ModelRecommender(Edition.ALL.catalog());
 * recommender.recommend(Modality.TEXT, Modality.IMAGE);   // [Stable Diffusion, ..., DALL·E 2, ...]
 * recommender.best(Modality.TEXT, Modality.SPEECH);       // Optional of the best fit
 * }</pre>
 *
 * <p>A model fits when it takes {@code input} (or a narrower form of it) and gives {@code output}
 * (or a narrower form): asking for audio finds speech and music models. Fits are ranked by how
 * openly they could be used when they came out (open weights, then an API, a product, published
 * code, a demo, a waitlist, and closed or unknown last), then newest first, then in catalog order.
 */
public final class ModelRecommender {
  private static final List<Access> OPENNESS =
      List.of(
          Access.OPEN_WEIGHTS,
          Access.API,
          Access.PRODUCT,
          Access.CODE,
          Access.DEMO,
          Access.WAITLIST,
          Access.CLOSED);

  private final Catalog catalog;

  /** A recommender over {@code catalog}. */
  public ModelRecommender(Catalog catalog) {
    this.catalog = catalog;
  }

  /** Every model that turns {@code input} into {@code output}, the most usable first. */
  public ImmutableList<GenerativeModel> recommend(Modality input, Modality output) {
    List<GenerativeModel> fits = catalog.query().input(input).output(output).list();
    // A stable sort: ties stay in catalog order.
    return fits.stream()
        .sorted(
            Comparator.comparingInt(ModelRecommender::openness)
                .thenComparing(GenerativeModel::released, Comparator.reverseOrder()))
        .collect(ImmutableList.toImmutableList());
  }

  /** The most usable model that turns {@code input} into {@code output}, if any does. */
  public Optional<GenerativeModel> best(Modality input, Modality output) {
    return recommend(input, output).stream().findFirst();
  }

  /** 0 for open weights up to 6 for closed; unknown access counts as closed. */
  static int openness(GenerativeModel model) {
    return model.access().stream().mapToInt(OPENNESS::indexOf).min().orElse(OPENNESS.size() - 1);
  }
}
