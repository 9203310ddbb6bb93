package io.github.genaitaxonomy.examples.internal;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import io.github.genaitaxonomy.core.Access;
import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.Category;
import io.github.genaitaxonomy.core.Discrepancy;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.LineageEdge;
import io.github.genaitaxonomy.core.Modality;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A self-contained static site of a catalog: {@code index.html} with a table of every model (a
 * search box, filters by category, organization, modality, year and access, sortable columns), a
 * card per model and the pictures, written next to it as SVG files. It needs no network and opens
 * from {@code file://}.
 *
 * <pre>{@code
 * Site.write(Edition.ALL.catalog(), Path.of("target/site"));
 * }</pre>
 *
 * <p>The page comes from the Mustache template {@code site.mustache}, which escapes every value.
 * Each table row carries its facts as {@code data-} attributes, which the page's one script filters
 * and sorts.
 */
public final class Site {
  /** The pictures written next to the page, by file name. */
  private static final Map<String, Function<Catalog, String>> PICTURES =
      Map.of(
          "taxonomy.svg", TaxonomyPicture::render,
          "timeline.svg", TimelinePicture::render,
          "organizations.svg", OrganizationPicture::render,
          "lineage.svg", LineagePicture::render,
          "years.svg", ChartPicture::modelsPerCategory,
          "concentration.svg", ChartPicture::concentration);

  private static final Mustache TEMPLATE = template();

  private Site() {}

  /** Writes {@code index.html} and the pictures into {@code folder}, creating it when needed. */
  public static void write(Catalog catalog, Path folder) throws IOException {
    Files.createDirectories(folder);
    for (Map.Entry<String, Function<Catalog, String>> picture : PICTURES.entrySet()) {
      Files.writeString(
          folder.resolve(picture.getKey()),
          picture.getValue().apply(catalog),
          StandardCharsets.UTF_8);
    }
    try (Writer writer =
        Files.newBufferedWriter(folder.resolve("index.html"), StandardCharsets.UTF_8)) {
      writer.write(page(catalog));
    }
  }

  /** The page's HTML. */
  public static String page(Catalog catalog) {
    Facts facts = new Facts(catalog);
    Map<String, Object> scope = new LinkedHashMap<>();
    scope.put("title", "Generative AI models");
    scope.put(
        "summary",
        TaxonomyPicture.count(catalog.models().size(), "model")
            + " of the survey's taxonomy, with their facts, sources, lineage and discrepancies.");
    List<Map<String, Object>> models = new ArrayList<>();
    for (GenerativeModel model : catalog.models()) {
      models.add(model(model, facts));
    }
    scope.put("models", models);
    scope.put(
        "categories",
        options(
            catalog.models().stream()
                .map(Facts::placement)
                .collect(Collectors.toMap(Category::id, Category::displayName, (a, b) -> a))));
    Map<String, String> organizations = new LinkedHashMap<>();
    Map<String, String> modalities = new LinkedHashMap<>();
    Map<String, String> years = new LinkedHashMap<>();
    Map<String, String> accesses = new LinkedHashMap<>();
    for (GenerativeModel model : catalog.models()) {
      model.developers().forEach(id -> organizations.put(id, facts.organizationName(id)));
      modalities(model).forEach(m -> modalities.put(m.id(), m.id()));
      String year = Integer.toString(model.released().getYear());
      years.put(year, year);
      model.access().forEach(a -> accesses.put(a.id(), a.id()));
    }
    scope.put("organizations", options(organizations));
    scope.put("modalities", options(modalities));
    scope.put("years", options(years));
    scope.put("accesses", options(accesses));
    List<Map<String, Object>> pictures = new ArrayList<>();
    pictures.add(Map.of("file", "taxonomy.svg", "caption", "The survey's categories"));
    pictures.add(Map.of("file", "timeline.svg", "caption", "Release timeline"));
    pictures.add(Map.of("file", "organizations.svg", "caption", "Models by organization"));
    pictures.add(Map.of("file", "lineage.svg", "caption", "Lineage"));
    pictures.add(Map.of("file", "years.svg", "caption", "Models per category per year"));
    pictures.add(
        Map.of("file", "concentration.svg", "caption", "Organization concentration per year"));
    scope.put("pictures", pictures);
    StringWriter out = new StringWriter();
    TEMPLATE.execute(out, scope);
    return out.toString();
  }

  private static Map<String, Object> model(GenerativeModel model, Facts facts) {
    Map<String, Object> row = new LinkedHashMap<>();
    Category category = Facts.placement(model);
    row.put("id", model.id());
    row.put("name", model.name());
    row.put(
        "search",
        (model.name() + " " + model.id() + " " + String.join(" ", model.aliases()))
            .toLowerCase(Locale.ROOT));
    row.put("category", category.id());
    row.put("categoryName", category.displayName());
    row.put("signature", model.signature().toString());
    row.put("organizationIds", String.join(" ", model.developers()));
    row.put("organizations", facts.developerNames(model));
    row.put(
        "modalityIds",
        modalities(model).stream().map(Modality::id).collect(Collectors.joining(" ")));
    row.put("year", Integer.toString(model.released().getYear()));
    row.put("released", Facts.month(model.released()));
    row.put("accessIds", model.access().stream().map(Access::id).collect(Collectors.joining(" ")));
    row.put("access", model.access().stream().map(Access::id).collect(Collectors.joining(", ")));
    String exact = Facts.parametersExact(model);
    row.put("parameters", Facts.parametersShort(model));
    row.put("parametersSort", exact.isEmpty() ? "-1" : exact);
    row.put("paper", Facts.paperSource(model));
    row.put("summary", model.summary());
    List<Map<String, String>> lineage = new ArrayList<>();
    for (LineageEdge edge : model.lineage()) {
      lineage.add(
          Map.of("relation", edge.relation().id(), "target", facts.nodeName(edge.target())));
    }
    row.put("hasLineage", !lineage.isEmpty());
    row.put("lineage", lineage);
    List<Map<String, String>> discrepancies = new ArrayList<>();
    for (Discrepancy discrepancy : model.discrepancies()) {
      discrepancies.add(
          Map.of(
              "kind", discrepancy.kind().id(),
              "claimed",
                  discrepancy.claimed().attribute()
                      + " "
                      + discrepancy.claimed().value()
                      + " ("
                      + discrepancy.claimed().source()
                      + ")",
              "actual",
                  discrepancy.actual().attribute()
                      + " "
                      + discrepancy.actual().value()
                      + " ("
                      + discrepancy.actual().source()
                      + ")"
                      + discrepancy.actual().note().map(n -> ". " + n).orElse("")));
    }
    row.put("hasDiscrepancies", !discrepancies.isEmpty());
    row.put("discrepancies", discrepancies);
    List<String> sources = model.sources().stream().map(Object::toString).toList();
    row.put("hasSources", !sources.isEmpty());
    row.put("sources", sources);
    return row;
  }

  /** Every modality of the model's inputs and outputs, each once. */
  private static List<Modality> modalities(GenerativeModel model) {
    TreeSet<Modality> all = new TreeSet<>();
    model.signature().inputs().forEach(all::add);
    model.signature().outputs().forEach(all::add);
    return List.copyOf(all);
  }

  private static List<Map<String, String>> options(Map<String, String> byId) {
    return byId.entrySet().stream()
        .sorted(Map.Entry.comparingByValue())
        .map(e -> Map.of("id", e.getKey(), "name", e.getValue()))
        .toList();
  }

  private static Mustache template() {
    try (InputStream in =
        Objects.requireNonNull(Site.class.getResourceAsStream("site.mustache"), "site.mustache")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new DefaultMustacheFactory().compile(new StringReader(text), "site");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the template site.mustache", e);
    }
  }
}
