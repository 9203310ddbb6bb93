package io.github.genaitaxonomy.json.internal;

import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/** Constants of the wire format and its one layout. */
public final class Wire {
  /** The value of the {@code format} key. */
  public static final String FORMAT = "genai-taxonomy/1";

  /** The value of the {@code kind} key of the JSON Lines header. */
  public static final String HEADER_KIND = "header";

  /** The {@code type} of an organization record in JSON Lines. */
  public static final String ORGANIZATION = "organization";

  /** The {@code type} of a technique record in JSON Lines. */
  public static final String TECHNIQUE = "technique";

  /** The {@code type} of a model record in JSON Lines. */
  public static final String MODEL = "model";

  private Wire() {}

  /**
   * The layout of a document: two-space indent, {@code "\n"} line ends, {@code "key": value}, every
   * array element and object entry on its own line, empty arrays as {@code []}.
   */
  public static PrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    return new DefaultPrettyPrinter(separators)
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }
}
