package io.github.genaitaxonomy.data;

import io.github.genaitaxonomy.core.Catalog;

/**
 * The built-in catalogs.
 *
 * <pre>{@code
 * Catalog survey = Edition.SURVEY_2022.catalog();
 * survey.query().surveyCategory(Category.TEXT_TO_IMAGE).ids();
 * }</pre>
 */
public enum Edition {
  /** The models of the survey arXiv 2301.04655, with the base models their lineage points to. */
  SURVEY_2022("survey-2022"),
  /** The notable 2023 follow-ups of seed 004, with the entries their lineage points to. */
  SUPPLEMENT_2023("supplement-2023"),
  /** Both editions together. */
  ALL("all");

  private final String id;

  Edition(String id) {
    this.id = id;
  }

  /** The stable kebab-case id: {@code survey-2022}. */
  public String id() {
    return id;
  }

  /** The edition's catalog, built and validated once. */
  public Catalog catalog() {
    return Registry.catalog(this);
  }

  @Override
  public String toString() {
    return id;
  }
}
