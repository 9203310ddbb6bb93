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
  /**
   * The models of the survey arXiv 2301.04655 and the base models they build on, with the
   * organizations and techniques they reference (and their parents).
   */
  SURVEY_2022("survey-2022"),
  /**
   * The notable 2023 follow-ups of seed 004, with every entry they reference, including the 2022
   * models their lineage points to, so that it validates on its own.
   */
  SUPPLEMENT_2023("supplement-2023"),
  /** Both editions together, plus the techniques and organizations no model references. */
  ALL("all");

  private final String id;

  Edition(String id) {
    this.id = id;
  }

  /** The stable kebab-case id: {@code survey-2022}. */
  public String id() {
    return id;
  }

  /** The edition's catalog, built and validated on first use (that edition only), then shared. */
  public Catalog catalog() {
    return Registry.catalog(this);
  }

  @Override
  public String toString() {
    return id;
  }
}
