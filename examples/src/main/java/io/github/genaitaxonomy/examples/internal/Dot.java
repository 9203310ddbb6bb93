package io.github.genaitaxonomy.examples.internal;

import com.google.common.graph.ImmutableValueGraph;
import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.Category;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.LineageRelation;

/**
 * Graphviz DOT graphs of a catalog: render them with {@code dot -Tsvg}.
 *
 * <pre>{@code
 * String taxonomy = Dot.taxonomy(catalog);   // root, categories, models, left to right
 * String lineage = Dot.lineage(catalog);     // bases left, derived right
 * }</pre>
 */
public final class Dot {
  private static final String FONT = "DejaVu Sans";

  private Dot() {}

  /** The nine categories under one root, each with its models, coloured by lead organization. */
  public static String taxonomy(Catalog catalog) {
    Facts facts = new Facts(catalog);
    Palette palette = Palette.of(facts);
    StringBuilder out = new StringBuilder("digraph taxonomy {\n");
    out.append("  graph [rankdir=LR, fontname=").append(quote(FONT)).append("];\n");
    out.append("  node [shape=box, style=\"rounded,filled\", fontname=")
        .append(quote(FONT))
        .append(", fontsize=11];\n");
    out.append("  edge [color=\"#90a4ae\"];\n");
    out.append("  root [label=\"Generative AI models\", shape=oval, fillcolor=\"#eceff1\"];\n");
    for (Category category : Category.survey()) {
      String id = quote("category:" + category.id());
      out.append("  ")
          .append(id)
          .append(" [label=")
          .append(quote(category.displayName() + "\n§" + category.surveySection().orElse("")))
          .append(", fillcolor=\"#37474f\", fontcolor=\"#ffffff\"];\n");
      out.append("  root -> ").append(id).append(";\n");
      for (GenerativeModel model : catalog.models()) {
        if (!Facts.placement(model).equals(category)) {
          continue;
        }
        String lead = Facts.lead(model);
        out.append("  ")
            .append(quote(model.id()))
            .append(" [label=")
            .append(
                quote(
                    model.name()
                        + "\n"
                        + facts.organizationName(lead)
                        + " · "
                        + Facts.month(model.released())))
            .append(", fillcolor=")
            .append(quote(palette.fill(lead)))
            .append(", color=")
            .append(quote(palette.stroke(lead)))
            .append(Facts.placedBySignature(model) ? ", style=\"rounded,filled,dashed\"" : "")
            .append("];\n");
        out.append("  ").append(id).append(" -> ").append(quote(model.id())).append(";\n");
      }
    }
    return out.append("}\n").toString();
  }

  /** Every model and the models and techniques they came from, edges labelled by relation. */
  public static String lineage(Catalog catalog) {
    Facts facts = new Facts(catalog);
    Palette palette = Palette.of(facts);
    ImmutableValueGraph<String, LineageRelation> graph = catalog.lineage();
    StringBuilder out = new StringBuilder("digraph lineage {\n");
    out.append("  graph [rankdir=RL, fontname=").append(quote(FONT)).append("];\n");
    out.append("  node [shape=box, style=\"rounded,filled\", fontname=")
        .append(quote(FONT))
        .append(", fontsize=11];\n");
    out.append("  edge [fontname=").append(quote(FONT)).append(", fontsize=9];\n");
    for (String node : graph.nodes()) {
      out.append("  ").append(quote(node)).append(" [label=").append(quote(facts.nodeName(node)));
      if (facts.catalog().find(node).isPresent()) {
        String lead = Facts.lead(facts.catalog().get(node));
        out.append(", fillcolor=")
            .append(quote(palette.fill(lead)))
            .append(", color=")
            .append(quote(palette.stroke(lead)));
      } else {
        out.append(", shape=ellipse, fillcolor=\"#eceff1\"");
      }
      out.append("];\n");
    }
    graph
        .edges()
        .forEach(
            edge ->
                out.append("  ")
                    .append(quote(edge.source()))
                    .append(" -> ")
                    .append(quote(edge.target()))
                    .append(" [label=")
                    .append(quote(graph.edgeValue(edge).orElseThrow().id()))
                    .append("];\n"));
    return out.append("}\n").toString();
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }
}
