package io.github.genaitaxonomy.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.genaitaxonomy.core.internal.Ids;
import io.github.genaitaxonomy.core.internal.Text;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A generative AI model: what it takes in and gives out, who built it and when, what it is built
 * from, and where each fact comes from.
 *
 * <pre>{@code
 * GenerativeModel codex = GenerativeModel.builder()
 *     .id("codex").name("Codex")
 *     .surveyCategory(Category.TEXT_TO_CODE)
 *     .signature(ModalitySignature.parse("text->code"))
 *     .addDevelopers("openai")
 *     .released(YearMonth.of(2021, 7))
 *     .paper(Paper.arxiv("2107.03374", "Evaluating Large Language Models Trained on Code"))
 *     .addLineage(LineageEdge.of(LineageRelation.FINE_TUNED_FROM, "gpt-3",
 *         Source.arxiv("2107.03374")))
 *     .addSources(Source.arxiv("2107.03374"))
 *     .summary("A GPT-3 model fine-tuned on public code ...")
 *     .build();
 * }</pre>
 *
 * <p>Ids of developers, techniques and lineage targets are checked by the {@link Catalog} that
 * holds the model; the model itself checks only its own invariants and names the attribute when one
 * fails.
 */
@Value.Immutable
public abstract class GenerativeModel {
  GenerativeModel() {}

  /** Stable kebab-case id: {@code dall-e-2}. */
  public abstract String id();

  /** Name as its makers write it: {@code DALL·E 2}. */
  public abstract String name();

  /** Other names: {@code DALL-E 2}, {@code unCLIP}. */
  public abstract ImmutableList<String> aliases();

  /** The category the survey files the model under; absent when the survey does not cover it. */
  public abstract Optional<Category> surveyCategory();

  /** What the model truly takes in and gives out. */
  public abstract ModalitySignature signature();

  /**
   * Ids of the organizations that built it, lead first; empty only when no source names the maker
   * (the summary then says so). A catalog never invents a stand-in organization.
   */
  public abstract ImmutableList<String> developers();

  /** The month it was first made public, by paper or announcement. */
  public abstract YearMonth released();

  /** How it could be used when it came out; empty when not known. */
  public abstract ImmutableSet<Access> access();

  /** Ids of the techniques it is built with. */
  public abstract ImmutableList<String> techniques();

  /** Where it came from: base models and techniques. */
  public abstract ImmutableList<LineageEdge> lineage();

  /** The primary publication; when absent, {@link #paperAbsentReason()} says why. */
  public abstract Optional<Paper> paper();

  /** Why there is no primary publication: {@code OpenAI published a blog post only}. */
  public abstract Optional<String> paperAbsentReason();

  /** The parameter count, in {@link Unit#PARAMETERS}; absent when no primary source states it. */
  public abstract Optional<Measurement> parameters();

  /** Facts about the training data: sizes in tokens, hours, images, bytes. */
  public abstract ImmutableList<Measurement> trainingData();

  /** Reported results: preference rates, speed-ups, timings. */
  public abstract ImmutableList<Measurement> results();

  /** Where the survey or a write-up disagrees with the primary sources. */
  public abstract ImmutableList<Discrepancy> discrepancies();

  /**
   * What a source says about an attribute that the typed attributes above do not hold, such as a
   * licence, or a catalog's explanation of a value it gives ({@code "The date the model was
   * released"}) in the claim's note.
   */
  public abstract ImmutableList<Claim> claims();

  /** Where the model's general facts come from; never empty. */
  public abstract ImmutableList<Source> sources();

  /** One paragraph on what the model is. */
  public abstract String summary();

  /** Where the model's true signature falls in the taxonomy; computed once. */
  @Value.Lazy
  public Classification classification() {
    return Classification.of(signature());
  }

  @Value.Check
  void check() {
    String type = "GenerativeModel";
    Ids.checkKebabCase(id(), type, "id");
    Text.checkName(name(), type, "name");
    Text.check(summary(), type, "summary");
    for (int i = 0; i < aliases().size(); i++) {
      Text.checkName(aliases().get(i), type, "aliases[" + i + "]");
    }
    checkIds(developers(), "developers");
    checkIds(techniques(), "techniques");
    if (sources().isEmpty()) {
      throw new InvalidAttributeException(
          type,
          "sources",
          type + ".sources must not be empty: every model needs a source (model '" + id() + "')");
    }
    if (paper().isPresent() == paperAbsentReason().isPresent()) {
      throw new InvalidAttributeException(
          type,
          "paper",
          type
              + ".paper and "
              + type
              + ".paperAbsentReason: exactly one must be present (model '"
              + id()
              + "')");
    }
    if (paperAbsentReason().isPresent()) {
      Text.check(paperAbsentReason().get(), type, "paperAbsentReason");
    }
    Optional<Measurement> parameters = parameters();
    if (parameters.isPresent() && parameters.get().quantity().unit() != Unit.PARAMETERS) {
      throw new InvalidAttributeException(
          type,
          "parameters",
          type + ".parameters must be in parameters but was " + parameters.get().quantity());
    }
    if (access().contains(Access.CLOSED) && access().size() > 1) {
      throw new InvalidAttributeException(
          type,
          "access",
          type + ".access must not combine 'closed' with other access but was " + access());
    }
    List<String> targets = new ArrayList<>(lineage().size());
    for (LineageEdge edge : lineage()) {
      targets.add(edge.target());
    }
    // The first problem by position: a repeat at i follows targets already checked.
    int repeat = Ids.firstRepeat(targets);
    for (int i = 0; i < (repeat < 0 ? targets.size() : repeat); i++) {
      if (targets.get(i).equals(id())) {
        throw new InvalidAttributeException(
            type,
            "lineage[" + i + "]",
            type + ".lineage[" + i + "] must not point at the model itself ('" + id() + "')");
      }
    }
    if (repeat >= 0) {
      throw new InvalidAttributeException(
          type,
          "lineage[" + repeat + "]",
          type + ".lineage[" + repeat + "] repeats the target '" + targets.get(repeat) + "'");
    }
  }

  private void checkIds(List<String> ids, String attribute) {
    // The first problem by position: a repeat at i follows ids already checked.
    int repeat = Ids.firstRepeat(ids);
    for (int i = 0; i < (repeat < 0 ? ids.size() : repeat); i++) {
      String id = ids.get(i);
      if (!Ids.isKebabCase(id)) {
        Ids.checkKebabCase(id, "GenerativeModel", attribute + "[" + i + "]");
      }
    }
    if (repeat >= 0) {
      String name = attribute + "[" + repeat + "]";
      throw new InvalidAttributeException(
          "GenerativeModel",
          name,
          "GenerativeModel." + name + " repeats '" + ids.get(repeat) + "'");
    }
  }

  /** A fresh builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link GenerativeModel}.
   *
   * <p>Required: {@code id}, {@code name}, {@code signature}, {@code released}, {@code summary}, at
   * least one of {@code sources}, and exactly one of {@code paper} and {@code paperAbsentReason}.
   * Optional: {@code aliases}, {@code surveyCategory}, {@code developers}, {@code access}, {@code
   * techniques}, {@code lineage}, {@code parameters}, {@code trainingData}, {@code results}, {@code
   * discrepancies}, {@code claims}. {@code build()} names the first attribute missing or invalid
   * ({@link InvalidAttributeException} for an invalid one).
   *
   * <pre>{@code
   * GenerativeModel model = GenerativeModel.builder()
   *     .id("dall-e-2")
   *     .name("DALL-E 2")
   *     .signature(ModalitySignature.parse("text->image"))
   *     .addDevelopers("openai")
   *     .released(YearMonth.of(2022, 4))
   *     .paper(Paper.arxiv("2204.06125", "Hierarchical Text-Conditional Image Generation with CLIP Latents"))
   *     .addSources(Source.arxiv("2204.06125"))
   *     .summary("OpenAI's second text-to-image system.")
   *     .build();
   * }</pre>
   */
  public static final class Builder extends ImmutableGenerativeModel.Builder {}
}
