package io.github.genaitaxonomy.imports.internal;

import io.github.genaitaxonomy.core.Source;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Values read from another catalog's record text, empty when the text is not one. */
public final class RecordValues {
  private RecordValues() {}

  /** The URL as a source, empty when it is not an absolute http(s) URL {@link Source} accepts. */
  public static Optional<Source> url(String link) {
    try {
      return Optional.of(Source.url(link));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The month of {@code 2022-08-22} or {@code 2022-08}, empty for anything else. */
  public static Optional<YearMonth> month(String date) {
    String text = date.strip();
    try {
      return Optional.of(YearMonth.from(LocalDate.parse(text)));
    } catch (DateTimeParseException e) {
      try {
        return Optional.of(YearMonth.parse(text));
      } catch (DateTimeParseException notAMonth) {
        return Optional.empty();
      }
    }
  }
}
