package io.github.genaitaxonomy.examples.internal;

import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.Category;
import io.github.genaitaxonomy.core.Claim;
import io.github.genaitaxonomy.core.Discrepancy;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.LineageRelation;
import io.github.genaitaxonomy.data.SeedArticle;
import java.io.PrintWriter;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The console tour of a catalog, in lines of at most {@value #WIDTH} characters: the nine
 * categories as a tree, the timeline, models per organization, the lineage and the survey's
 * discrepancies.
 *
 * <pre>{@code
 * TourText.print(Edition.ALL.catalog(), "all", new PrintWriter(System.out, true));
 * }</pre>
 */
public final class TourText {
  /** The widest line printed. */
  public static final int WIDTH = 100;

  private static final int NAME = 40;
  private static final int ORGANIZATION = 38;

  private TourText() {}

  /** Prints the tour of {@code catalog}, named {@code edition} in the heading. */
  public static void print(Catalog catalog, String edition, PrintWriter out) {
    Facts facts = new Facts(catalog);
    out.println("genai-taxonomy: a tour of the catalog, edition " + edition);
    wrapped(
        out,
        TaxonomyPicture.count(catalog.models().size(), "model")
            + ", "
            + TaxonomyPicture.count(catalog.organizations().size(), "organization")
            + ", "
            + TaxonomyPicture.count(catalog.techniques().size(), "technique")
            + ", classified after the survey arXiv 2301.04655.",
        "");
    out.println();
    categories(catalog, facts, out);
    timeline(catalog, out);
    organizations(catalog, facts, out);
    lineage(catalog, facts, out);
    discrepancies(catalog, out);
    out.println();
    FieldProgress.print(catalog, "6. How the field moved", out);
    seeds(out);
  }

  private static void categories(Catalog catalog, Facts facts, PrintWriter out) {
    out.println(Columns.rule("1. The nine categories", WIDTH));
    if (catalog.models().stream().anyMatch(Facts::placedBySignature)) {
      out.println("Each model under the category the survey gives it; * marks a model the survey");
      out.println("does not cover, placed by its modalities.");
    }
    for (Category category : Category.survey()) {
      List<GenerativeModel> models =
          catalog.models().stream().filter(m -> Facts.placement(m).equals(category)).toList();
      out.println(
          category.displayName()
              + " (§"
              + category.surveySection().orElse("")
              + ", "
              + (models.isEmpty() ? "no model" : TaxonomyPicture.count(models.size(), "model"))
              + ")");
      for (int i = 0; i < models.size(); i++) {
        GenerativeModel model = models.get(i);
        boolean outside = Facts.placedBySignature(model);
        boolean last = i == models.size() - 1;
        List<String> developers = Columns.wrap(facts.developerNames(model), ORGANIZATION, "");
        out.println(
            (last ? "└── " : "├── ")
                + Columns.fit(model.name() + (outside ? " *" : ""), NAME)
                + "  "
                + Columns.fit(developers.get(0), ORGANIZATION)
                + "  "
                + Facts.month(model.released()));
        for (String more : developers.subList(1, developers.size())) {
          out.println((last ? "    " : "│   ") + " ".repeat(NAME + 2) + more);
        }
      }
    }
    out.println();
  }

  private static void timeline(Catalog catalog, PrintWriter out) {
    out.println(Columns.rule("2. Timeline", WIDTH));
    Map<YearMonth, String> byMonth =
        catalog.models().stream()
            .collect(
                Collectors.groupingBy(
                    GenerativeModel::released,
                    java.util.TreeMap::new,
                    Collectors.mapping(GenerativeModel::name, Collectors.joining(", "))));
    if (byMonth.isEmpty()) {
      out.println("(no model)");
    }
    byMonth.forEach((month, names) -> wrapped(out, month + "  " + names, "         "));
    out.println();
  }

  private static void organizations(Catalog catalog, Facts facts, PrintWriter out) {
    out.println(Columns.rule("3. Models per organization", WIDTH));
    Map<String, Integer> counts = catalog.statistics().modelsByOrganization();
    if (catalog.models().size() == 0) {
      out.println("(no model)");
    }
    Map<String, List<GenerativeModel>> rows = new LinkedHashMap<>();
    counts.keySet().forEach(id -> rows.put(id, catalog.query().developer(id).list()));
    if (!facts.unknownMaker().isEmpty()) {
      rows.put(Facts.UNKNOWN, facts.unknownMaker());
    }
    int nameWidth =
        Math.min(
            30,
            rows.keySet().stream()
                .mapToInt(id -> facts.organizationName(id).length())
                .max()
                .orElse(0));
    rows.forEach(
        (id, models) -> {
          String names =
              models.stream().map(GenerativeModel::name).collect(Collectors.joining(", "));
          wrapped(
              out,
              Columns.fit(facts.organizationName(id), nameWidth)
                  + " "
                  + String.format(Locale.ROOT, "%3d", models.size())
                  + "  "
                  + names,
              " ".repeat(nameWidth + 6));
        });
    out.println();
  }

  private static void lineage(Catalog catalog, Facts facts, PrintWriter out) {
    out.println(Columns.rule("4. Lineage (model ──relation──> what it came from)", WIDTH));
    var graph = catalog.lineage();
    if (graph.edges().isEmpty()) {
      out.println("(no lineage recorded)");
    }
    for (String node : graph.nodes()) {
      if (graph.outDegree(node) == 0) {
        continue;
      }
      out.println(Columns.cut(facts.nodeName(node), WIDTH));
      List<String> targets = List.copyOf(graph.successors(node));
      for (int i = 0; i < targets.size(); i++) {
        String target = targets.get(i);
        LineageRelation relation = graph.edgeValue(node, target).orElseThrow();
        String branch = i == targets.size() - 1 ? "└──" : "├──";
        out.println(
            Columns.cut(
                branch
                    + relation.id()
                    + "──> "
                    + facts.nodeName(target)
                    + (facts.isTechnique(target) ? " (technique)" : ""),
                WIDTH));
      }
    }
    List<String> without =
        catalog.models().stream()
            .filter(m -> graph.degree(m.id()) == 0)
            .map(GenerativeModel::name)
            .toList();
    if (!without.isEmpty()) {
      wrapped(out, "No lineage recorded: " + String.join(", ", without), "  ");
    }
    out.println();
  }

  private static void discrepancies(Catalog catalog, PrintWriter out) {
    out.println(Columns.rule("5. Where the survey and the primary sources disagree", WIDTH));
    var discrepancies = catalog.discrepancies();
    if (discrepancies.isEmpty()) {
      out.println("(none recorded)");
    }
    for (String id : discrepancies.keySet()) {
      GenerativeModel model = catalog.get(id);
      for (Discrepancy discrepancy : discrepancies.get(id)) {
        out.println(
            Columns.cut(
                model.name()
                    + ": "
                    + discrepancy.kind().id()
                    + " ("
                    + discrepancy.claimed().attribute()
                    + ")",
                WIDTH));
        claim(out, "claimed", discrepancy.claimed());
        claim(out, "actual ", discrepancy.actual());
      }
    }
  }

  private static void seeds(PrintWriter out) {
    out.println();
    out.println(Columns.rule("7. The seed articles behind the seed: sources", WIDTH));
    wrapped(out, "The survey itself is cited as arxiv:2301.04655.", "");
    for (SeedArticle article : SeedArticle.values()) {
      wrapped(out, article.source() + "  " + article.title(), "");
      String outlet = article.outlet().orElse("outlet not stated");
      String date = article.published().map(Object::toString).orElse("date not stated");
      wrapped(
          out,
          "  "
              + outlet
              + " · "
              + article.language()
              + " · "
              + date
              + article.url().map(u -> " · " + u).orElse(""),
          "  ");
      wrapped(out, "  " + article.about(), "  ");
    }
  }

  private static void claim(PrintWriter out, String label, Claim claim) {
    wrapped(
        out,
        "  "
            + label
            + "  "
            + claim.value()
            + "  ["
            + claim.source()
            + ", "
            + claim.confidence().id()
            + "]"
            + claim.note().map(n -> " " + n).orElse(""),
        " ".repeat(13));
  }

  private static void wrapped(PrintWriter out, String text, String indent) {
    Columns.wrap(text, WIDTH, indent).forEach(out::println);
  }
}
