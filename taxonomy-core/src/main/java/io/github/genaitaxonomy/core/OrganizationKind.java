package io.github.genaitaxonomy.core;

import com.google.common.collect.ImmutableList;
import io.github.genaitaxonomy.core.internal.IdLookup;
import java.util.Optional;

/**
 * What kind of body an {@link Organization} is.
 *
 * <p>Each constant has a stable kebab-case {@link #id() id}, used in JSON and notations.
 *
 * <pre>{@code
 * OrganizationKind.fromId("company")
 * }</pre>
 */
public enum OrganizationKind {
  /** A for-profit company. */
  COMPANY("company"),
  /** A university or one of its schools. */
  UNIVERSITY("university"),
  /** A research laboratory or group, inside a company or university or on its own. */
  RESEARCH_LAB("research-lab"),
  /** A non-profit organization or foundation. */
  NONPROFIT("nonprofit"),
  /** A government body or national laboratory. */
  GOVERNMENT("government"),
  /** An open community or collective of volunteers. */
  COMMUNITY("community"),
  /** Not stated by any source: an organization known only by name, as another catalog lists it. */
  UNKNOWN("unknown");

  private static final IdLookup<OrganizationKind> IDS = IdLookup.of(OrganizationKind.class);

  private final String id;

  OrganizationKind(String id) {
    this.id = id;
  }

  /** The stable kebab-case id. */
  public String id() {
    return id;
  }

  /** The constant with this id. */
  public static Optional<OrganizationKind> find(String id) {
    return IDS.find(id);
  }

  /**
   * The constant with this id.
   *
   * @throws IllegalArgumentException naming the id and the allowed ids
   */
  public static OrganizationKind fromId(String id) {
    return IDS.fromId(id);
  }

  /** Every id, in declaration order. */
  public static ImmutableList<String> ids() {
    return IDS.ids();
  }

  @Override
  public String toString() {
    return id;
  }
}
