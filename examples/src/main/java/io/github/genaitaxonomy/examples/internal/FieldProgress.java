package io.github.genaitaxonomy.examples.internal;

import io.github.genaitaxonomy.core.Access;
import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.Category;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.analytics.Concentration;
import io.github.genaitaxonomy.core.analytics.CountingRule;
import io.github.genaitaxonomy.core.analytics.ProgressAnalytics;
import io.github.genaitaxonomy.core.analytics.SurveyClaim;
import io.github.genaitaxonomy.core.analytics.SurveyClaims;
import java.io.PrintWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The figures of how the field moved: the tour's section and the {@code --export analytics} JSON.
 *
 * <pre>{@code
 * FieldProgress.print(catalog, out);         // the tour section
 * FieldProgress.writeJson(catalog, writer);  // the JSON export
 * }</pre>
 *
 * <p>Models with several developers count 1/k for each of their k developers ({@link
 * CountingRule#FRACTIONAL}); shares are fractions of 0 to 1, rounded to four decimals in the JSON.
 */
public final class FieldProgress {
  /** The counting rule of every figure here. */
  public static final CountingRule RULE = CountingRule.FRACTIONAL;

  private static final double ROUND = 1e4;

  private FieldProgress() {}

  /** Prints the section "How the field moved", lines at most {@link TourText#WIDTH} wide. */
  public static void print(Catalog catalog, String heading, PrintWriter out) {
    ProgressAnalytics plain = ProgressAnalytics.of(catalog, RULE, false);
    ProgressAnalytics rolled = ProgressAnalytics.of(catalog, RULE, true);
    out.println(Columns.rule(heading, TourText.WIDTH));
    out.println("Models per year by true category:");
    plain.modelsByYear().forEach((year, row) -> wrap(out, "  " + year + "  " + row(row)));
    out.println("First and latest model of each category:");
    plain
        .firstModels()
        .forEach(
            (category, first) -> {
              GenerativeModel latest = plain.latestModels().get(category);
              wrap(
                  out,
                  "  "
                      + category.id()
                      + ": "
                      + first.name()
                      + " ("
                      + released(first)
                      + ") .. "
                      + (latest == null ? "" : latest.name() + " (" + released(latest) + ")"));
            });
    out.println(
        "Organizations per year ("
            + RULE.id()
            + " counting; rolled up to parents after"
            + " the slash):");
    out.println("  year  orgs     top1          top6          HHI           80 % by");
    plain
        .concentrationByYear()
        .forEach(
            (year, c) -> {
              Concentration r = rolled.concentrationByYear().get(year);
              out.println(
                  String.format(
                      Locale.ROOT,
                      "  %d  %3d/%-3d  %.3f/%.3f   %.3f/%.3f   %.3f/%.3f   %d/%d",
                      year,
                      c.organizations(),
                      r == null ? 0 : r.organizations(),
                      c.top1Share(),
                      r == null ? 0 : r.top1Share(),
                      c.top6Share(),
                      r == null ? 0 : r.top6Share(),
                      c.hhi(),
                      r == null ? 0 : r.hhi(),
                      c.orgsFor80Percent(),
                      r == null ? 0 : r.orgsFor80Percent()));
            });
    out.println("Access per year:");
    plain
        .accessByYear()
        .forEach(
            (year, row) -> {
              StringBuilder line = new StringBuilder("  " + year + " ");
              row.forEach(
                  (access, n) -> line.append(' ').append(access.id()).append(' ').append(n));
              wrap(out, line.toString());
            });
    int depth = plain.lineageDepth().values().stream().mapToInt(Integer::intValue).max().orElse(0);
    StringBuilder derived = new StringBuilder();
    plain.mostDerivedBaseModels().entrySet().stream()
        .limit(5)
        .forEach(
            e ->
                derived
                    .append(derived.length() == 0 ? "" : ", ")
                    .append(e.getKey())
                    .append(" ")
                    .append(e.getValue()));
    wrap(out, "Deepest lineage: " + depth + " steps; models most built on: " + derived);
    out.println("Median parameters per year by category:");
    plain
        .medianParameters()
        .forEach(
            (year, row) -> {
              StringBuilder line = new StringBuilder("  " + year + " ");
              row.forEach(
                  (category, median) ->
                      line.append(' ')
                          .append(category.id())
                          .append(' ')
                          .append(Facts.humanize(median)));
              wrap(out, line.toString());
            });
    out.println("The survey's claims tested:");
    for (SurveyClaim claim : SurveyClaims.test(catalog)) {
      wrap(out, "  claim: " + claim.claim() + " [" + claim.source() + "]");
      wrap(out, "  fact:  " + claim.fact() + (claim.holds() ? " (holds)" : " (does not hold)"));
    }
    out.println();
  }

  /** Writes the analytics JSON of the catalog, pretty-printed, keys in a fixed order. */
  public static void writeJson(Catalog catalog, Writer writer) {
    JsonMapper mapper = JsonMapper.builder().build();
    ProgressAnalytics plain = ProgressAnalytics.of(catalog, RULE, false);
    ProgressAnalytics rolled = ProgressAnalytics.of(catalog, RULE, true);
    ObjectNode root = mapper.createObjectNode();
    root.put("models", plain.modelCount());
    root.put("countingRule", RULE.id());
    ObjectNode byYear = root.putObject("byYear");
    plain.modelsByYear().forEach((year, row) -> counts(byYear.putObject(year.toString()), row));
    ObjectNode byQuarter = root.putObject("byQuarter");
    plain.modelsByQuarter().forEach((quarter, row) -> counts(byQuarter.putObject(quarter), row));
    ObjectNode first = root.putObject("firstModels");
    plain.firstModels().forEach((c, m) -> model(first.putObject(c.id()), m));
    ObjectNode latest = root.putObject("latestModels");
    plain.latestModels().forEach((c, m) -> model(latest.putObject(c.id()), m));
    concentration(root.putObject("concentration"), plain);
    concentration(root.putObject("concentrationRolledUp"), rolled);
    ObjectNode access = root.putObject("accessByYear");
    plain
        .accessByYear()
        .forEach(
            (year, row) -> {
              ObjectNode node = access.putObject(year.toString());
              for (Map.Entry<Access, Integer> e : row.entrySet()) {
                node.put(e.getKey().id(), e.getValue());
              }
            });
    ObjectNode depth = root.putObject("lineageDepth");
    plain.lineageDepth().forEach(depth::put);
    ObjectNode derived = root.putObject("mostDerivedBaseModels");
    plain.mostDerivedBaseModels().forEach(derived::put);
    ObjectNode medians = root.putObject("medianParameters");
    plain
        .medianParameters()
        .forEach(
            (year, row) -> {
              ObjectNode node = medians.putObject(year.toString());
              for (Map.Entry<Category, BigDecimal> e : row.entrySet()) {
                node.put(e.getKey().id(), e.getValue());
              }
            });
    ArrayNode claims = root.putArray("surveyClaims");
    for (SurveyClaim claim : SurveyClaims.test(catalog)) {
      ObjectNode node = claims.addObject();
      node.put("id", claim.id());
      node.put("claim", claim.claim());
      node.put("fact", claim.fact());
      node.put("holds", claim.holds());
      node.put("source", claim.source().toString());
    }
    mapper.writerWithDefaultPrettyPrinter().writeValue(writer, root);
  }

  private static void counts(ObjectNode node, Map<Category, Integer> row) {
    row.forEach((category, n) -> node.put(category.id(), n));
  }

  private static void model(ObjectNode node, GenerativeModel model) {
    node.put("id", model.id());
    node.put("released", released(model));
  }

  private static void concentration(ObjectNode node, ProgressAnalytics analytics) {
    analytics
        .concentrationByYear()
        .forEach(
            (year, c) -> {
              ObjectNode row = node.putObject(year.toString());
              row.put("organizations", c.organizations());
              row.put("top1Share", round(c.top1Share()));
              row.put("top6Share", round(c.top6Share()));
              row.put("hhi", round(c.hhi()));
              row.put("orgsFor80Percent", c.orgsFor80Percent());
            });
  }

  /** The one place this class reads a release month. */
  private static String released(GenerativeModel model) {
    return model.released().toString();
  }

  private static double round(double share) {
    return Math.round(share * ROUND) / ROUND;
  }

  private static String row(Map<Category, Integer> row) {
    StringBuilder text = new StringBuilder();
    row.forEach(
        (category, n) ->
            text.append(text.length() == 0 ? "" : ", ")
                .append(category.id())
                .append(' ')
                .append(n));
    return text.toString();
  }

  private static void wrap(PrintWriter out, String text) {
    Columns.wrap(text, TourText.WIDTH, "    ").forEach(out::println);
  }
}
