package io.github.genaitaxonomy.core;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Thrown when a {@link Catalog} would break its rules: every problem found is listed in {@link
 * #violations()}, not just the first; the message shows the first {@value #SHOWN_VIOLATIONS} and
 * counts the others.
 *
 * <pre>{@code
 * try {
 *   catalog = builder.build();
 * } catch (CatalogValidationException e) {
 *   e.violations().forEach(System.err::println);
 * }
 * }</pre>
 */
public final class CatalogValidationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * How many violations the message shows; the others are counted. The "nearest known" suggestions
   * of a catalog's validation are computed for as many distinct unknown ids, so that every
   * violation shown carries them.
   */
  public static final int SHOWN_VIOLATIONS = 20;

  @SuppressWarnings("serial") // ImmutableList is serializable
  private final ImmutableList<Violation> violations;

  /** An exception listing {@code violations}, which must not be empty. */
  public CatalogValidationException(List<Violation> violations) {
    super(message(violations));
    this.violations = ImmutableList.copyOf(violations);
  }

  private static String message(List<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("A CatalogValidationException needs a violation");
    }
    StringBuilder text =
        new StringBuilder("Invalid catalog: ")
            .append(violations.size())
            .append(violations.size() == 1 ? " problem" : " problems");
    for (Violation violation :
        violations.subList(0, Math.min(SHOWN_VIOLATIONS, violations.size()))) {
      text.append(System.lineSeparator()).append("  - ").append(violation);
    }
    if (violations.size() > SHOWN_VIOLATIONS) {
      text.append(System.lineSeparator())
          .append("  - and ")
          .append(violations.size() - SHOWN_VIOLATIONS)
          .append(" more (see violations())");
    }
    return text.toString();
  }

  /** Every problem found, in catalog order. */
  public ImmutableList<Violation> violations() {
    return violations;
  }
}
