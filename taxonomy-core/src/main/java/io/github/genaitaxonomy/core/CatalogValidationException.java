package io.github.genaitaxonomy.core;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Thrown when a {@link Catalog} would break its rules: every problem found is listed, not just the
 * first.
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
    for (Violation violation : violations) {
      text.append(System.lineSeparator()).append("  - ").append(violation);
    }
    return text.toString();
  }

  /** Every problem found, in catalog order. */
  public ImmutableList<Violation> violations() {
    return violations;
  }
}
