package io.github.genaitaxonomy.benchmarks;

import io.github.genaitaxonomy.core.Category;
import io.github.genaitaxonomy.data.Edition;

/** Loads the built-in catalog and answers one query; measured by {@link ColdStartBenchmark}. */
public final class ColdStartMain {
  private ColdStartMain() {}

  /** Prints how many models the survey files under text-to-image. */
  public static void main(String[] args) {
    System.out.println(
        Edition.ALL.catalog().query().surveyCategory(Category.TEXT_TO_IMAGE).count());
  }
}
