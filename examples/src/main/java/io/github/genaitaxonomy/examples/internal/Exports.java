package io.github.genaitaxonomy.examples.internal;

import com.google.common.collect.ImmutableList;
import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.Category;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.Modality;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The catalog as a table: CSV through Jackson's CSV data format, and Markdown; one row per model,
 * in catalog order.
 *
 * <pre>{@code
 * Exports.csv(catalog, writer);
 * String table = Exports.markdown(catalog);
 * }</pre>
 */
public final class Exports {
  /** The CSV columns, in order. Lists inside a cell are separated by {@value #LIST_SEPARATOR}. */
  public static final ImmutableList<String> CSV_COLUMNS =
      ImmutableList.of(
          "id",
          "name",
          "survey_category",
          "classified_category",
          "inputs",
          "outputs",
          "developers",
          "released",
          "parameters",
          "paper");

  /** Separates the items of a list inside one CSV cell. */
  public static final String LIST_SEPARATOR = ";";

  private Exports() {}

  /** The CSV schema of {@link #CSV_COLUMNS}, with a header line. */
  public static CsvSchema csvSchema() {
    CsvSchema.Builder schema = CsvSchema.builder();
    CSV_COLUMNS.forEach(schema::addColumn);
    return schema.build().withHeader();
  }

  /**
   * Writes a header line and one row per model: ids of categories, modalities and developers;
   * {@code released} as {@code 2022-04}; {@code parameters} as an exact number or empty; {@code
   * paper} as {@code arxiv:2204.06125}, a DOI or a URL, or empty.
   */
  public static void csv(Catalog catalog, Writer out) {
    CsvMapper mapper = new CsvMapper();
    try (SequenceWriter rows = mapper.writer(csvSchema()).writeValues(out)) {
      for (GenerativeModel model : catalog.models()) {
        rows.write(csvRow(model));
      }
    }
  }

  private static Map<String, String> csvRow(GenerativeModel model) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("id", model.id());
    row.put("name", model.name());
    row.put("survey_category", model.surveyCategory().map(Category::id).orElse(""));
    row.put("classified_category", model.classification().surveyCategory().id());
    row.put("inputs", ids(model.signature().inputs()));
    row.put("outputs", ids(model.signature().outputs()));
    row.put("developers", String.join(LIST_SEPARATOR, model.developers()));
    row.put("released", Facts.month(model.released()));
    row.put("parameters", Facts.parametersExact(model));
    row.put("paper", Facts.paperSource(model));
    return row;
  }

  private static String ids(Iterable<Modality> modalities) {
    StringBuilder ids = new StringBuilder();
    for (Modality modality : modalities) {
      ids.append(ids.length() == 0 ? "" : LIST_SEPARATOR).append(modality.id());
    }
    return ids.toString();
  }

  /** A Markdown table, one row per model, with links to the papers. */
  public static String markdown(Catalog catalog) {
    Facts facts = new Facts(catalog);
    StringBuilder table = new StringBuilder();
    table
        .append("| Model | Id | Survey category | Classified as | Signature | Developers |")
        .append(" Released | Parameters | Paper |\n")
        .append("|---|---|---|---|---|---|---|---:|---|\n");
    for (GenerativeModel model : catalog.models()) {
      table
          .append("| ")
          .append(cell(model.name()))
          .append(" | `")
          .append(model.id())
          .append("` | ")
          .append(cell(model.surveyCategory().map(Category::displayName).orElse("—")))
          .append(" | ")
          .append(cell(model.classification().surveyCategory().displayName()))
          .append(" | `")
          .append(model.signature())
          .append("` | ")
          .append(cell(facts.developerNames(model)))
          .append(" | ")
          .append(Facts.month(model.released()))
          .append(" | ")
          .append(cell(Facts.parametersShort(model)))
          .append(" | ")
          .append(
              model
                  .paper()
                  .map(
                      p -> {
                        String link = Facts.link(p.source());
                        String text = cell(p.source().toString());
                        return link.isEmpty() ? text : "[" + text + "](" + link + ")";
                      })
                  .orElse(""))
          .append(" |\n");
    }
    return table.toString();
  }

  private static String cell(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|").replaceAll("\\s+", " ").strip();
  }
}
