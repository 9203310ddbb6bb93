package io.github.genaitaxonomy.examples.internal;

import com.google.common.graph.ImmutableValueGraph;
import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.Category;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.LineageRelation;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Mermaid flowcharts of a catalog, as text to paste into a Markdown {@code mermaid} block.
 *
 * <pre>{@code
 * String taxonomy = Mermaid.taxonomy(catalog);   // flowchart LR: categories, then models
 * String lineage = Mermaid.lineage(catalog);     // flowchart RL: bases left, derived right
 * }</pre>
 */
public final class Mermaid {
  private Mermaid() {}

  /** The nine categories as a tree under one root, each with its models. */
  public static String taxonomy(Catalog catalog) {
    Facts facts = new Facts(catalog);
    StringBuilder out = new StringBuilder("flowchart LR\n");
    out.append("  root([\"Generative AI models\"])\n");
    boolean anyOutside = false;
    for (Category category : Category.survey()) {
      String id = "c_" + safe(category.id());
      out.append("  root --> ")
          .append(id)
          .append("[\"")
          .append(label(category.displayName() + " (§" + category.surveySection().orElse("") + ")"))
          .append("\"]\n");
      for (GenerativeModel model : catalog.models()) {
        if (!Facts.placement(model).equals(category)) {
          continue;
        }
        out.append("  ")
            .append(id)
            .append(" --> ")
            .append(modelId(model.id()))
            .append("[\"")
            .append(label(model.name()))
            .append("<br/>")
            .append(
                label(
                    facts.organizationName(Facts.lead(model))
                        + " · "
                        + Facts.month(model.released())))
            .append("\"]\n");
        if (Facts.placedBySignature(model)) {
          out.append("  class ").append(modelId(model.id())).append(" outside\n");
          anyOutside = true;
        }
      }
    }
    out.append("  classDef category fill:#37474f,color:#ffffff,stroke:#37474f\n");
    out.append("  class ")
        .append(
            Category.survey().stream()
                .map(c -> "c_" + safe(c.id()))
                .collect(Collectors.joining(",")))
        .append(" category\n");
    if (anyOutside) {
      out.append("  classDef outside stroke-dasharray:5 3\n");
    }
    return out.toString();
  }

  /** The lineage: an edge from each model to what it came from, labelled with the relation. */
  public static String lineage(Catalog catalog) {
    Facts facts = new Facts(catalog);
    ImmutableValueGraph<String, LineageRelation> graph = catalog.lineage();
    StringBuilder out = new StringBuilder("flowchart RL\n");
    for (String node : graph.nodes()) {
      if (graph.degree(node) == 0) {
        continue;
      }
      String name = label(facts.nodeName(node));
      if (facts.isTechnique(node)) {
        out.append("  ").append(nodeId(node, facts)).append("([\"").append(name).append("\"])\n");
      } else {
        out.append("  ").append(nodeId(node, facts)).append("[\"").append(name).append("\"]\n");
      }
    }
    graph
        .edges()
        .forEach(
            edge ->
                out.append("  ")
                    .append(nodeId(edge.source(), facts))
                    .append(" -->|")
                    .append(graph.edgeValue(edge).orElseThrow().id())
                    .append("| ")
                    .append(nodeId(edge.target(), facts))
                    .append('\n'));
    List<String> isolated =
        catalog.models().stream()
            .filter(m -> graph.degree(m.id()) == 0)
            .map(GenerativeModel::id)
            .toList();
    if (!isolated.isEmpty()) {
      out.append("  %% no lineage recorded: ").append(String.join(", ", isolated)).append('\n');
    }
    return out.toString();
  }

  private static String nodeId(String id, Facts facts) {
    if (facts.catalog().find(id).isPresent()) {
      return modelId(id);
    }
    return (facts.isTechnique(id) ? "t_" : "n_") + safe(id);
  }

  private static String modelId(String id) {
    return "m_" + safe(id);
  }

  /** Kebab-case ids have no underscore, so this is one to one. */
  private static String safe(String id) {
    return id.replace('-', '_');
  }

  /** Mermaid's entity codes for the characters that would end or mark up a quoted label. */
  private static String label(String text) {
    return text.replace("#", "#35;")
        .replace("\"", "#34;")
        .replace("&", "#38;")
        .replace("<", "#60;")
        .replace(">", "#62;");
  }
}
