package io.github.genaitaxonomy.data;

import io.github.genaitaxonomy.core.Organization;
import io.github.genaitaxonomy.core.OrganizationKind;
import io.github.genaitaxonomy.core.Source;

/**
 * The organizations behind the catalog's models.
 *
 * <p>Ordering: parents before their children, then alphabetical by id within each group.
 */
public final class Organizations {
  private Organizations() {}

  // Companies

  /** OpenAI, the San Francisco lab behind GPT-3, DALL-E 2 and ChatGPT. Source: openai.com. */
  public static final Organization OPENAI =
      Organization.builder()
          .id("openai")
          .name("OpenAI")
          .kind(OrganizationKind.COMPANY)
          .country("US")
          .addSources(Source.url("https://openai.com/about/"))
          .build();
}
