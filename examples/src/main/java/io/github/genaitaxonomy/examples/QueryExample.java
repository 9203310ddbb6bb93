package io.github.genaitaxonomy.examples;

import io.github.genaitaxonomy.core.Access;
import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.Category;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.Modality;
import io.github.genaitaxonomy.core.ModelQuery;
import io.github.genaitaxonomy.data.Edition;
import io.github.genaitaxonomy.data.Organizations;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Queries the built-in catalog by category, organization and modality, and prints each result.
 *
 * <pre>{@code
 * Catalog catalog = Edition.ALL.catalog();
 * catalog.query().surveyCategory(Category.TEXT_TO_IMAGE).list();
 * catalog.query().developer("openai").output(Modality.IMAGE).ids();
 * catalog.query().input(Modality.AUDIO).list();   // speech and music models too
 * }</pre>
 *
 * <p>Run it with {@code ./mvnw -q -pl examples -am compile exec:java
 * -Dexec.mainClass=io.github.genaitaxonomy.examples.QueryExample}.
 */
public final class QueryExample {
  private QueryExample() {}

  /** Prints the results of a few queries over {@link Edition#ALL}. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Catalog catalog = Edition.ALL.catalog();
    out.println("Catalog: " + catalog);

    // By category: as the survey files the models, and as their true signatures fall.
    show(out, catalog.query().surveyCategory(Category.TEXT_TO_IMAGE));
    show(out, catalog.query().classifiedAs(Category.TEXT_TO_TEXT));

    // By organization: one organization, or one and everything below it (Alphabet: Google and
    // DeepMind).
    show(out, catalog.query().developer(Organizations.OPENAI.id()));
    catalog
        .organizations()
        .find("alphabet")
        .ifPresent(a -> show(out, catalog.query().developerWithin(a.id())));

    // By modality: narrower forms count, so AUDIO finds speech and music models.
    show(out, catalog.query().input(Modality.IMAGE));
    show(out, catalog.query().output(Modality.AUDIO));

    // Conditions combine; the query object is immutable and reusable.
    ModelQuery openText = catalog.query().output(Modality.TEXT).access(Access.OPEN_WEIGHTS);
    show(out, openText);

    out.println();
    out.println("Models per survey category:");
    for (Map.Entry<Category, Integer> entry :
        catalog.statistics().modelsBySurveyCategory().entrySet()) {
      out.printf("  %-16s %3d%n", entry.getKey().displayName(), entry.getValue());
    }
  }

  private static void show(PrintStream out, ModelQuery query) {
    out.println();
    out.println(query + ": " + query.count());
    for (GenerativeModel model : query.list()) {
      out.println(
          "  "
              + model.name()
              + "  ("
              + model.signature()
              + ", "
              + String.join(", ", model.developers())
              + ", "
              + model.released()
              + ")");
    }
  }
}
