package io.github.genaitaxonomy.data;

import com.google.common.collect.ImmutableList;
import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.Organization;
import io.github.genaitaxonomy.core.Technique;
import java.util.EnumMap;
import java.util.Map;

/**
 * Every constant of the holders, listed once, and the editions built from them.
 *
 * <p>The editions are built and validated when this class initialises: a duplicate id or a
 * dangling reference fails then, with every problem listed.
 */
public final class Registry {
  private Registry() {}

  /** Every organization, in holder order. */
  public static final ImmutableList<Organization> ORGANIZATIONS =
      ImmutableList.of(Organizations.OPENAI);

  /** Every technique, in holder order. */
  public static final ImmutableList<Technique> TECHNIQUES = ImmutableList.of();

  /** Every model the survey describes, in survey order. */
  public static final ImmutableList<GenerativeModel> SURVEY_MODELS =
      ImmutableList.of(SurveyModels.DALL_E_2);

  /** Models that survey entries build on but the survey does not describe. */
  public static final ImmutableList<GenerativeModel> BASE_MODELS = ImmutableList.of();

  /** The 2023 follow-ups. */
  public static final ImmutableList<GenerativeModel> MODELS_2023 = ImmutableList.of();

  private static final Map<Edition, Catalog> EDITIONS = new EnumMap<>(Edition.class);

  static {
    Catalog survey =
        Catalog.builder()
            .addOrganizations(ORGANIZATIONS)
            .addTechniques(TECHNIQUES)
            .addModels(SURVEY_MODELS)
            .addModels(BASE_MODELS)
            .build();
    Catalog supplement =
        Catalog.builder()
            .addOrganizations(ORGANIZATIONS)
            .addTechniques(TECHNIQUES)
            .addModels(MODELS_2023)
            .build();
    EDITIONS.put(Edition.SURVEY_2022, survey);
    EDITIONS.put(Edition.SUPPLEMENT_2023, supplement);
    EDITIONS.put(Edition.ALL, Catalog.union(survey, supplement));
  }

  static Catalog catalog(Edition edition) {
    return EDITIONS.get(edition);
  }
}
