package io.github.genaitaxonomy.examples.internal;

import com.google.common.collect.ImmutableMap;
import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.Category;
import io.github.genaitaxonomy.data.Edition;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The parts of the documentation that are drawn from the catalog: README.md's tour excerpt, count
 * tables and Mermaid diagram, {@code docs/taxonomy.mmd} and the {@code docs/*.svg} pictures.
 *
 * <p>In README.md each generated part lies between {@code <!-- generated:NAME -->} and {@code <!--
 * end generated -->}; the text outside the markers is left alone.
 *
 * <pre>{@code
 * GeneratedDocs.stale(Path.of("."));   // [] when README.md and docs/ match the catalog
 * GeneratedDocs.write(Path.of("."));   // rewrites the files that do not, and lists them
 * }</pre>
 */
public final class GeneratedDocs {
  /** Lines of the tour that README.md shows. */
  private static final int TOUR_LINES = 14;

  private static final String END = "<!-- end generated -->";

  private GeneratedDocs() {}

  /** The generated files, by path relative to the project root, with their expected content. */
  public static ImmutableMap<Path, String> files(Path root) throws IOException {
    Catalog all = Edition.ALL.catalog();
    return ImmutableMap.<Path, String>builder()
        .put(Path.of("README.md"), readme(read(root.resolve("README.md"))))
        .put(Path.of("docs", "taxonomy.mmd"), Mermaid.taxonomy(all))
        .put(Path.of("docs", "taxonomy.svg"), TaxonomyPicture.render(all))
        .put(Path.of("docs", "timeline.svg"), TimelinePicture.render(all))
        .put(Path.of("docs", "organizations.svg"), OrganizationPicture.render(all))
        .put(Path.of("docs", "lineage.svg"), LineagePicture.render(all))
        .put(Path.of("docs", "taxonomy-overview.svg"), TaxonomyOverview.render(all))
        .put(Path.of("docs", "years.svg"), ChartPicture.modelsPerCategory(all))
        .put(Path.of("docs", "concentration.svg"), ChartPicture.concentration(all))
        .buildOrThrow();
  }

  /** The generated files under the root whose content differs from the catalog's. */
  public static List<Path> stale(Path root) throws IOException {
    List<Path> stale = new ArrayList<>();
    for (Map.Entry<Path, String> file : files(root).entrySet()) {
      Path path = root.resolve(file.getKey());
      if (!Files.exists(path) || !read(path).equals(file.getValue())) {
        stale.add(file.getKey());
      }
    }
    return stale;
  }

  /** Rewrites the stale files under the root and returns them. */
  public static List<Path> write(Path root) throws IOException {
    List<Path> stale = stale(root);
    Map<Path, String> files = files(root);
    for (Path file : stale) {
      Files.writeString(root.resolve(file), files.get(file), StandardCharsets.UTF_8);
    }
    return stale;
  }

  /** README.md with every generated part replaced by the catalog's current text. */
  static String readme(String readme) throws IOException {
    String text = readme;
    text = replace(text, "tour", "```text\n" + tourExcerpt() + "...\n```\n");
    text =
        replace(
            text, "mermaid", "```mermaid\n" + Mermaid.taxonomy(Edition.ALL.catalog()) + "```\n");
    text = replace(text, "counts", categoryTable() + "\n" + editionTable());
    return text;
  }

  /** The first lines of the tour of edition {@code all}. */
  static String tourExcerpt() {
    StringWriter text = new StringWriter();
    TourText.print(Edition.ALL.catalog(), Edition.ALL.id(), new PrintWriter(text, true));
    StringBuilder excerpt = new StringBuilder();
    List<String> lines = text.toString().lines().limit(TOUR_LINES).toList();
    for (String line : lines) {
      excerpt.append(line.stripTrailing()).append('\n');
    }
    return excerpt.toString();
  }

  /** Models per category: filed by the survey, and classified by true signature per edition. */
  static String categoryTable() {
    StringBuilder table =
        new StringBuilder(
            "| category | filed there by the survey | classified there by true signature:"
                + " survey-2022 | supplement-2023 | all |\n"
                + "| --- | ---: | ---: | ---: | ---: |\n");
    Catalog survey = Edition.SURVEY_2022.catalog();
    for (Category category : Category.survey()) {
      table
          .append("| ")
          .append(category.id())
          .append(" | ")
          .append(survey.query().surveyCategory(category).count());
      for (Edition edition : Edition.values()) {
        table.append(" | ").append(edition.catalog().query().classifiedAs(category).count());
      }
      table.append(" |\n");
    }
    table
        .append("| **models** | ")
        .append(survey.models().size() - survey.statistics().modelsOutsideSurvey());
    for (Edition edition : Edition.values()) {
      table.append(" | ").append(edition.catalog().models().size());
    }
    return table.append(" |\n").toString();
  }

  /** The size of each edition. */
  static String editionTable() {
    StringBuilder table =
        new StringBuilder(
            """
            | edition | organizations | techniques | models | discrepancies recorded |
            | --- | ---: | ---: | ---: | ---: |
            """);
    for (Edition edition : Edition.values()) {
      Catalog catalog = edition.catalog();
      table
          .append("| `")
          .append(edition.id())
          .append("` | ")
          .append(catalog.organizations().size())
          .append(" | ")
          .append(catalog.techniques().size())
          .append(" | ")
          .append(catalog.models().size())
          .append(" | ")
          .append(catalog.discrepancies().size())
          .append(" |\n");
    }
    return table.toString();
  }

  private static String replace(String text, String name, String content) throws IOException {
    String begin = "<!-- generated:" + name + " -->\n";
    int from = text.indexOf(begin);
    int to = from < 0 ? -1 : text.indexOf(END, from);
    if (from < 0 || to < 0) {
      throw new IOException(
          "README.md has no generated part '"
              + name
              + "': expected "
              + begin.strip()
              + " ... "
              + END);
    }
    return text.substring(0, from + begin.length()) + content + text.substring(to);
  }

  private static String read(Path path) throws IOException {
    return Files.readString(path, StandardCharsets.UTF_8);
  }
}
