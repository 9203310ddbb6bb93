package io.github.genaitaxonomy.core;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Thrown when one attribute of a value type breaks that type's invariant: names the type and the
 * attribute, so that a caller (the JSON reader, an importer) can say where the value came from
 * without reading the message.
 *
 * <pre>{@code
 * try {
 *   Organization.builder().id("Deep Mind").name("DeepMind").kind(OrganizationKind.COMPANY).build();
 * } catch (InvalidAttributeException e) {
 *   e.type();       // "Organization"
 *   e.attribute();  // "id"
 * }
 * }</pre>
 *
 * <p>It is an {@link IllegalArgumentException}, so code that catches that keeps working.
 */
public final class InvalidAttributeException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String type;
  private final String attribute;

  /**
   * @param type the value type's simple name, such as {@code "Organization"}
   * @param attribute the attribute's name as its accessor spells it, such as {@code "id"}
   * @param message the whole message a user sees; by convention it starts with {@code
   *     type.attribute}
   */
  public InvalidAttributeException(String type, String attribute, String message) {
    super(checkNotNull(message, "message"));
    this.type = checkNotNull(type, "type");
    this.attribute = checkNotNull(attribute, "attribute");
  }

  /** The value type's simple name, such as {@code Organization}. */
  public String type() {
    return type;
  }

  /** The attribute whose value broke the invariant, such as {@code id}. */
  public String attribute() {
    return attribute;
  }
}
