package io.github.genaitaxonomy.core;

import com.google.common.collect.ImmutableList;
import io.github.genaitaxonomy.core.internal.Ids;
import io.github.genaitaxonomy.core.internal.Text;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A company, university, lab or other body that builds models.
 *
 * <pre>{@code
 * Organization deepMind = Organization.builder()
 *     .id("deepmind").name("DeepMind").kind(OrganizationKind.RESEARCH_LAB)
 *     .country("GB").parent("alphabet")
 *     .addSources(Source.url("https://deepmind.google/about/"))
 *     .build();
 * }</pre>
 *
 * <p>{@link #parent()} is an id; a {@link Catalog} checks that it resolves.
 */
@Value.Immutable
public abstract class Organization {
  Organization() {}

  /** Stable kebab-case id: {@code deepmind}. */
  public abstract String id();

  /** Name as the organization writes it: {@code DeepMind}. */
  public abstract String name();

  /** What kind of body it is. */
  public abstract OrganizationKind kind();

  /** ISO 3166-1 alpha-2 code of the country of its headquarters: {@code GB}. */
  public abstract Optional<String> country();

  /** Id of the organization this one belongs to: DeepMind to {@code alphabet}. */
  public abstract Optional<String> parent();

  /** Where the facts about this organization come from. */
  public abstract ImmutableList<Source> sources();

  @Value.Check
  void check() {
    Ids.checkKebabCase(id(), "Organization", "id");
    Text.checkName(name(), "Organization", "name");
    Optional<String> country = country();
    if (country.isPresent() && !isAlpha2(country.get())) {
      throw new InvalidAttributeException(
          "Organization",
          "country",
          "Organization.country must be an ISO 3166-1 alpha-2 code such as 'US' but was '"
              + country.get()
              + "'");
    }
    Optional<String> parent = parent();
    if (parent.isPresent()) {
      Ids.checkKebabCase(parent.get(), "Organization", "parent");
    }
    if (parent.isPresent() && parent.get().equals(id())) {
      throw new InvalidAttributeException(
          "Organization",
          "parent",
          "Organization.parent must not be the organization itself ('" + id() + "')");
    }
  }

  /** Two letters from A to Z. */
  private static boolean isAlpha2(String code) {
    return code.length() == 2 && isUpperAscii(code.charAt(0)) && isUpperAscii(code.charAt(1));
  }

  private static boolean isUpperAscii(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /** A fresh builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Organization}.
   *
   * <p>Required: {@code id}, {@code name}, {@code kind}. Optional: {@code country}, {@code parent},
   * {@code sources}.
   *
   * <pre>{@code
   * Organization deepmind = Organization.builder()
   *     .id("deepmind")
   *     .name("DeepMind")
   *     .kind(OrganizationKind.RESEARCH_LAB)
   *     .country("GB")
   *     .parent("alphabet")
   *     .build();
   * }</pre>
   */
  public static final class Builder extends ImmutableOrganization.Builder {}
}
