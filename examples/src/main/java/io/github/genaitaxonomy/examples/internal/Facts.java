package io.github.genaitaxonomy.examples.internal;

import io.github.genaitaxonomy.core.ArxivId;
import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.Category;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.Organization;
import io.github.genaitaxonomy.core.Paper;
import io.github.genaitaxonomy.core.Source;
import io.github.genaitaxonomy.core.Technique;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Small readings of a catalog shared by the tour, the exports and the pictures.
 *
 * <pre>{@code
 * Facts facts = new Facts(catalog);
 * facts.placement(model);          // the survey's category, or where the signature falls
 * facts.organizationName("openai") // "OpenAI"
 * }</pre>
 */
public final class Facts {
  /**
   * The key that stands for the maker of a model no source names (its developers are empty); not
   * kebab-case, so no organization id can be equal to it.
   */
  public static final String UNKNOWN = "(unknown)";

  private final Catalog catalog;

  /** Facts about {@code catalog}. */
  public Facts(Catalog catalog) {
    this.catalog = catalog;
  }

  /** The catalog. */
  public Catalog catalog() {
    return catalog;
  }

  /**
   * The survey category a model is shown under: the survey's own filing, or for a model the survey
   * does not cover, the category its signature falls in.
   */
  public static Category placement(GenerativeModel model) {
    return model.surveyCategory().orElseGet(() -> model.classification().surveyCategory());
  }

  /** Whether the model is shown by its signature because the survey does not cover it. */
  public static boolean placedBySignature(GenerativeModel model) {
    return model.surveyCategory().isEmpty();
  }

  /** The id of the lead developer, or {@link #UNKNOWN} when no source names one. */
  public static String lead(GenerativeModel model) {
    return model.developers().isEmpty() ? UNKNOWN : model.developers().get(0);
  }

  /** The organization's name, or its id when the catalog does not hold it. */
  public String organizationName(String id) {
    if (id.equals(UNKNOWN)) {
      return "Maker unknown";
    }
    return catalog.organizations().find(id).map(Organization::name).orElse(id);
  }

  /** The names of every developer, lead first, joined with commas; "Maker unknown" if none. */
  public String developerNames(GenerativeModel model) {
    if (model.developers().isEmpty()) {
      return organizationName(UNKNOWN);
    }
    return model.developers().stream()
        .map(this::organizationName)
        .collect(Collectors.joining(", "));
  }

  /** The models no source names a maker for. */
  public List<GenerativeModel> unknownMaker() {
    return catalog.models().stream().filter(m -> m.developers().isEmpty()).toList();
  }

  /** Lead developers in catalog order of their first model, {@link #UNKNOWN} among them. */
  public Set<String> leadOrganizations() {
    Set<String> leads = new LinkedHashSet<>();
    catalog.models().forEach(m -> leads.add(lead(m)));
    return leads;
  }

  /** The name of a lineage node: a model's or technique's name, or the id itself. */
  public String nodeName(String id) {
    return catalog
        .find(id)
        .map(GenerativeModel::name)
        .or(() -> catalog.techniques().find(id).map(Technique::name))
        .orElse(id);
  }

  /** Whether the id names a technique rather than a model. */
  public boolean isTechnique(String id) {
    return catalog.find(id).isEmpty() && catalog.techniques().contains(id);
  }

  /**
   * Joins label parts with a middle dot that stays on the line of the part before it, so that a
   * wrapped label reads "OpenAI ·" then "2022-04", never a line starting with the dot.
   */
  public static String dotted(String first, String second) {
    return first + "\u00a0· " + second;
  }

  /** {@code 2022-04}. */
  public static String month(YearMonth month) {
    return month.toString();
  }

  /** The parameter count as {@code 175B}, {@code 1.5B}, {@code 340M}; empty when unknown. */
  public static String parametersShort(GenerativeModel model) {
    return model.parameters().map(p -> humanize(p.quantity().amount())).orElse("");
  }

  /** The exact parameter count; empty when unknown. */
  public static String parametersExact(GenerativeModel model) {
    return model.parameters().map(p -> p.quantity().amount().toPlainString()).orElse("");
  }

  /** An amount as {@code 175B}, {@code 1.5B}, {@code 340M}. */
  public static String humanize(BigDecimal amount) {
    String[] suffixes = {"", "K", "M", "B", "T"};
    BigDecimal value = amount;
    int i = 0;
    while (value.compareTo(BigDecimal.valueOf(1000)) >= 0 && i < suffixes.length - 1) {
      value = value.divide(BigDecimal.valueOf(1000));
      i++;
    }
    value = value.setScale(value.compareTo(BigDecimal.TEN) < 0 ? 1 : 0, RoundingMode.HALF_UP);
    return value.stripTrailingZeros().toPlainString() + suffixes[i];
  }

  /** The paper's source in its text form, {@code arxiv:2204.06125}; empty when there is none. */
  public static String paperSource(GenerativeModel model) {
    return model.paper().map(Paper::source).map(Source::toString).orElse("");
  }

  /**
   * A web address for the source: arXiv and DOI become their resolvers' pages; seeds and catalog
   * records have none.
   */
  public static String link(Source source) {
    return switch (source.kind()) {
      case ARXIV -> ArxivId.of(source.reference()).url();
      case DOI -> "https://doi.org/" + source.reference();
      case URL -> source.reference();
      case SEED, CATALOG -> "";
    };
  }
}
