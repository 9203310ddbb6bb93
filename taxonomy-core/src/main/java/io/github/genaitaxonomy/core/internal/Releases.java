package io.github.genaitaxonomy.core.internal;

import io.github.genaitaxonomy.core.GenerativeModel;
import java.time.YearMonth;
import java.util.Optional;

/** The one place analytics and reconciliation read a model's release month. */
public final class Releases {
  private Releases() {}

  /** The month the model was first made public, when known. */
  public static Optional<YearMonth> of(GenerativeModel model) {
    return Optional.of(model.released());
  }

  /** The quarter of a month: {@code 2022-Q3}. */
  public static String quarter(YearMonth month) {
    return month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1);
  }
}
