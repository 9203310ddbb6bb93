package io.github.genaitaxonomy.core.analytics;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.Organization;
import io.github.genaitaxonomy.core.Source;
import io.github.genaitaxonomy.core.internal.Releases;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The survey's claims about the field, tested against a catalog's true developers and release
 * months.
 *
 * <pre>{@code
 * for (SurveyClaim c : SurveyClaims.test(Edition.SURVEY_2022.catalog())) {
 *   System.out.println(c.claim() + ": " + c.fact() + (c.holds() ? " (holds)" : " (does not hold)"));
 * }
 * }</pre>
 *
 * <p>The survey's models are the catalog's models with a survey category. Three claims are tested:
 *
 * <ul>
 *   <li>{@code six-organisations}: the survey's models come from exactly the six organisations it
 *       names, counting every true developer;
 *   <li>{@code six-organisations-rolled-up}: the same with every unit counted as its topmost parent
 *       (Google Brain and DeepMind as Alphabet), the six named ones rolled up alike;
 *   <li>{@code all-from-2022}: every one of the survey's models was released in 2022.
 * </ul>
 */
public final class SurveyClaims {
  /** Ids of the six organisations the survey names, in its order. */
  public static final ImmutableList<String> SIX =
      ImmutableList.of("openai", "google", "deepmind", "meta", "runway", "nvidia");

  private static final Source SURVEY = Source.arxiv("2301.04655");
  private static final int YEAR = 2022;

  private SurveyClaims() {}

  /** Tests each claim against the catalog, in the order listed above. */
  public static ImmutableList<SurveyClaim> test(Catalog catalog) {
    checkNotNull(catalog, "catalog");
    List<GenerativeModel> survey =
        catalog.models().stream().filter(m -> m.surveyCategory().isPresent()).toList();
    return ImmutableList.of(
        organisations(catalog, survey, false), organisations(catalog, survey, true), year(survey));
  }

  private static SurveyClaim organisations(
      Catalog catalog, List<GenerativeModel> survey, boolean rollUp) {
    Set<String> named = new LinkedHashSet<>();
    SIX.forEach(id -> named.add(rollUp ? topmost(catalog, id) : id));
    Set<String> actual = new TreeSet<>();
    for (GenerativeModel model : survey) {
      model.developers().forEach(d -> actual.add(rollUp ? topmost(catalog, d) : d));
    }
    Set<String> beyond = new TreeSet<>(actual);
    beyond.removeAll(named);
    Set<String> unused = new TreeSet<>(named);
    unused.removeAll(actual);
    StringBuilder fact = new StringBuilder();
    fact.append(actual.size())
        .append(
            rollUp ? " organisations after rolling units up to their parents" : " organisations")
        .append(" develop the survey's ")
        .append(survey.size())
        .append(" models");
    if (rollUp) {
      fact.append("; the six named become ")
          .append(named.size())
          .append(": ")
          .append(names(catalog, named));
    }
    if (!beyond.isEmpty()) {
      fact.append("; beyond the named: ").append(names(catalog, beyond));
    }
    if (!unused.isEmpty()) {
      fact.append("; named but developing none: ").append(names(catalog, unused));
    }
    boolean holds = actual.equals(new TreeSet<>(named)) && actual.size() == SIX.size();
    return ImmutableSurveyClaim.builder()
        .id(rollUp ? "six-organisations-rolled-up" : "six-organisations")
        .claim(
            "only six organisations (OpenAI, Google, DeepMind, Meta, Runway, Nvidia)"
                + (rollUp ? ", units rolled up to their parents" : ""))
        .fact(fact.toString())
        .holds(holds)
        .source(SURVEY)
        .build();
  }

  private static SurveyClaim year(List<GenerativeModel> survey) {
    List<String> outside = new ArrayList<>();
    int undated = 0;
    for (GenerativeModel model : survey) {
      Optional<YearMonth> released = Releases.of(model);
      if (released.isEmpty()) {
        undated++;
      } else if (released.get().getYear() != YEAR) {
        outside.add(model.name() + " (" + released.get() + ")");
      }
    }
    String fact =
        (survey.size() - outside.size() - undated)
            + " of the survey's "
            + survey.size()
            + " models were released in 2022"
            + (outside.isEmpty() ? "" : "; not in 2022: " + String.join(", ", outside))
            + (undated == 0 ? "" : "; release month unknown: " + undated);
    return ImmutableSurveyClaim.builder()
        .id("all-from-2022")
        .claim("all models are from 2022")
        .fact(fact)
        .holds(outside.isEmpty() && undated == 0)
        .source(SURVEY)
        .build();
  }

  private static String names(Catalog catalog, Set<String> ids) {
    List<String> names = new ArrayList<>();
    for (String id : ids) {
      names.add(catalog.organizations().find(id).map(Organization::name).orElse(id));
    }
    return String.join(", ", names);
  }

  static String topmost(Catalog catalog, String organizationId) {
    String current = organizationId;
    Set<String> seen = new LinkedHashSet<>();
    while (seen.add(current)) {
      Optional<String> parent = catalog.organizations().find(current).flatMap(Organization::parent);
      if (parent.isEmpty()) {
        break;
      }
      current = parent.get();
    }
    return current;
  }
}
