package io.github.genaitaxonomy.examples;

import io.github.genaitaxonomy.core.Category;
import io.github.genaitaxonomy.core.Classification;
import io.github.genaitaxonomy.core.ModalitySignature;
import io.github.genaitaxonomy.core.NotationException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Parses modality signatures and prints where each falls in the survey's taxonomy.
 *
 * <pre>{@code
 * Classification c = Classification.of(ModalitySignature.parse("text+image+video->text"));
 * c.surveyCategory();   // IMAGE_TO_TEXT: for a text output, the image input decides
 * c.pairCategories();   // [text-to-text, image-to-text, video-to-text]
 * }</pre>
 *
 * <p>Give signatures as arguments, or run it without to see a few examples, one of them not
 * canonical to show the error: {@code ./mvnw -q -pl examples -am compile exec:java
 * -Dexec.mainClass=io.github.genaitaxonomy.examples.ClassifySignature -Dexec.args="speech->text"}.
 */
public final class ClassifySignature {
  private static final List<String> EXAMPLES =
      List.of(
          "text->image",
          "text+image+video->text",
          "text->speech",
          "speech->text",
          "text+image->action",
          "->image",
          "Text -> Image");

  private ClassifySignature() {}

  /** Classifies each argument, or a few examples when there is none. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    List<String> signatures = args.length == 0 ? EXAMPLES : List.of(args);
    int failures = 0;
    for (String text : signatures) {
      try {
        Classification classification = Classification.of(ModalitySignature.parse(text));
        out.println(text);
        out.println(
            "  survey category: "
                + classification.surveyCategory().displayName()
                + classification
                    .surveyCategory()
                    .surveySection()
                    .map(s -> " (§" + s + ")")
                    .orElse(""));
        out.println(
            "  exact category:  "
                + classification.exact().map(Category::id).orElse("none: not a single pair"));
        out.println(
            "  pairs:           "
                + (classification.pairCategories().isEmpty()
                    ? "none: no input"
                    : classification.pairCategories().stream()
                        .map(Category::id)
                        .collect(Collectors.joining(", "))));
      } catch (NotationException e) {
        out.println(text);
        out.println("  not a canonical signature: " + e.getMessage());
        failures++;
      }
    }
    // Only arguments the user gave make a failure; the built-in bad example is expected.
    if (args.length > 0 && failures > 0) {
      System.exit(1);
    }
  }
}
