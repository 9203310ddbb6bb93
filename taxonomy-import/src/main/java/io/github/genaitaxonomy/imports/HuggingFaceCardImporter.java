package io.github.genaitaxonomy.imports;

import com.google.common.collect.ImmutableMap;
import io.github.genaitaxonomy.core.LineageRelation;
import io.github.genaitaxonomy.core.OrganizationKind;
import io.github.genaitaxonomy.core.Source;
import io.github.genaitaxonomy.core.interop.HuggingFaceTask;
import io.github.genaitaxonomy.core.interop.HuggingFaceTasks;
import io.github.genaitaxonomy.imports.internal.Assembler;
import io.github.genaitaxonomy.imports.internal.Draft;
import io.github.genaitaxonomy.imports.internal.FrontMatter;
import io.github.genaitaxonomy.imports.internal.Notations;
import io.github.genaitaxonomy.imports.internal.RecordValues;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads the YAML front matter of Hugging Face model cards ({@code README.md}) into a catalog: one
 * card, or every card under a directory, one card at a time.
 *
 * <p><b>Model id.</b> A card's model id, {@code <owner>/<name>}, comes from where it lies: a card
 * in a directory named {@code <owner>--<name>} has that id; otherwise the card's directory is the
 * name and the directory above it the owner ({@code meta-llama/Llama-2-7b-hf/README.md}). The id is
 * the model's name, its developer is the owner, and its source is the card's page {@code
 * https://huggingface.co/<owner>/<name>}.
 *
 * <p><b>Front matter.</b> The first line is exactly {@code ---} (after a byte order mark, if any);
 * the front matter runs up to the next line that is exactly {@code ---}; YAML errors name the line
 * of the card file. A card whose first line is not {@code ---} is skipped with that reason.
 *
 * <p><b>Release month.</b> A card states no release date, and the catalog needs a month, so a card
 * is imported only when the caller gives its month by model id ({@link #read(Path, ImportMode,
 * Map)}); otherwise it is skipped with the reason {@code no release month}. No month is guessed.
 *
 * <p><b>Fields.</b> {@code pipeline_tag} gives the signature through {@link HuggingFaceTasks}; a
 * task that is not generative skips the card ({@code not generative: ...}), a missing or unknown
 * tag, or one that fixes no signature, skips it as {@code unclassified: ...}. {@code base_model} (a
 * string or a list) becomes lineage by {@code base_model_relation}: {@code finetune} is {@code
 * fine-tuned-from}, {@code adapter} {@code built-on} (the adapter uses the frozen base as a
 * component), {@code quantized} {@code variant-of} (the same model at a smaller size); {@code
 * merge}, which the catalog has no relation for, and an absent relation, which the Hub infers from
 * repository files a card does not carry, are reported and the edges left out. {@code license},
 * {@code datasets}, {@code library_name}, {@code language}, {@code tags} and {@code model-index}
 * have no attribute in the catalog and are reported as left out.
 *
 * <pre>{@code
 * ImportResult result = HuggingFaceCardImporter.read(
 *     Path.of("cards"), ImportMode.LENIENT,
 *     Map.of("meta-llama/Llama-2-7b-hf", YearMonth.of(2023, 7)));
 * result.report().imported();
 * }</pre>
 */
public final class HuggingFaceCardImporter {
  /** The catalog id in the sources this importer writes. */
  public static final String CATALOG = "huggingface";

  private static final String CARD = "README.md";

  private static final Map<String, LineageRelation> RELATIONS =
      ImmutableMap.of(
          "finetune", LineageRelation.FINE_TUNED_FROM,
          "adapter", LineageRelation.BUILT_ON,
          "quantized", LineageRelation.VARIANT_OF);

  private static final Map<String, String> LEFT_OUT =
      ImmutableMap.of(
          "license", "no license attribute in the catalog",
          "datasets", "training data needs a measured quantity, a card names datasets only",
          "library_name", "no attribute in the catalog",
          "language", "no attribute in the catalog",
          "tags", "no attribute in the catalog",
          "model-index", "evaluation results are not read");

  private HuggingFaceCardImporter() {}

  /**
   * Reads one card or a directory of cards, leniently; with no release months every card is
   * skipped, so this mostly serves to check and report on cards.
   *
   * @throws ImportException naming the file, the card and the line when a card's front matter is
   *     malformed
   */
  public static ImportResult read(Path path) {
    return read(path, ImportMode.LENIENT);
  }

  /**
   * Reads one card or a directory of cards with no release months given: every card that is
   * otherwise importable is skipped with {@code no release month}.
   *
   * @throws ImportException naming the file, the card and the line when a card's front matter is
   *     malformed, or, in {@link ImportMode#STRICT}, at the first card that cannot be imported
   */
  public static ImportResult read(Path path, ImportMode mode) {
    return read(path, mode, Map.of());
  }

  /**
   * Reads one card or a directory of cards ({@code README.md} files, in path order).
   *
   * @param released the release month of each model, by model id ({@code owner/name}), taken by the
   *     caller from its own source
   * @throws ImportException naming the file, the card and the line when a card's front matter is
   *     malformed or a field has the wrong type, or, in {@link ImportMode#STRICT}, at the first
   *     card that cannot be imported
   */
  public static ImportResult read(Path path, ImportMode mode, Map<String, YearMonth> released) {
    Assembler out = new Assembler(mode);
    cards(path).forEach(card -> read(card, released, out));
    return out.finish();
  }

  /**
   * Streams one card or a directory of cards to {@code sink}, holding one card at a time: the cards
   * are read twice, first to give every card its id and learn which import, then to give the sink
   * the organizations and each model in path order.
   *
   * @param released the release month of each model, by model id ({@code owner/name})
   * @return the counts of the report, whose entries went to the sink
   * @throws ImportException as {@link #read(Path, ImportMode, Map)} does, and when a card changes
   *     between the two readings; in {@link ImportMode#STRICT} before the sink is given anything
   */
  public static ImportSummary read(
      Path path, ImportMode mode, Map<String, YearMonth> released, ImportSink sink) {
    List<Path> cards = cards(path);
    return Assembler.stream(
        mode, sink, String.valueOf(path), out -> cards.forEach(card -> read(card, released, out)));
  }

  /** The card itself, or the cards of a directory in path order. */
  private static List<Path> cards(Path path) {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    List<Path> cards = new ArrayList<>();
    try (Stream<Path> s = Files.walk(path)) {
      s.filter(p -> p.getFileName() != null && p.getFileName().toString().equals(CARD))
          .filter(Files::isRegularFile)
          .sorted()
          .forEach(cards::add);
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new ImportException(String.valueOf(path), "", 0, "cannot list the directory", e);
    }
    return cards;
  }

  private static void read(Path card, Map<String, YearMonth> released, Assembler out) {
    String file = String.valueOf(card);
    Optional<String> id = modelId(card);
    String record = id.orElse(file);
    Optional<FrontMatter> matter = FrontMatter.read(card, record);
    if (id.isEmpty()) {
      out.skip(file, record, 0, "no model id: the card is not in an <owner>/<name> directory");
      return;
    }
    if (matter.isEmpty()) {
      out.skip(file, record, 1, "no front matter: the first line is not ---");
      return;
    }
    FrontMatter m = matter.get();
    Optional<String> tag = m.string("pipeline_tag");
    if (tag.isEmpty()) {
      out.skip(file, record, 1, "unclassified: no pipeline_tag");
      return;
    }
    long tagLine = m.line("pipeline_tag");
    Optional<HuggingFaceTask> task = HuggingFaceTasks.find(tag.get());
    if (task.isEmpty()) {
      out.skip(
          file,
          record,
          tagLine,
          "unclassified: pipeline_tag '"
              + Notations.shorten(tag.get())
              + "' is no tag of @huggingface/tasks "
              + HuggingFaceTasks.sourceVersion());
      return;
    }
    if (!task.get().generative()) {
      out.skip(
          file,
          record,
          tagLine,
          "not generative: pipeline_tag '" + tag.get() + "': " + task.get().note());
      return;
    }
    if (task.get().signature().isEmpty()) {
      out.skip(
          file,
          record,
          tagLine,
          "unclassified: pipeline_tag '" + tag.get() + "' fixes no signature");
      return;
    }
    YearMonth month = released.get(id.get());
    if (month == null) {
      out.skip(file, record, 0, "no release month: a model card states no release date");
      return;
    }
    String owner = id.get().substring(0, id.get().indexOf('/'));
    Source source =
        RecordValues.url("https://huggingface.co/" + id.get())
            .orElseGet(() -> Source.catalog(CATALOG, "README.md", id.get()));
    Draft draft = new Draft(record, id.get(), source, file, 1);
    draft
        .builder()
        .signature(task.get().signature().get())
        .released(month)
        .paperAbsentReason("its Hugging Face model card names no paper in its metadata")
        .summary(
            id.get()
                + " is a model on the Hugging Face Hub whose card gives the task "
                + tag.get()
                + ".");
    draft.addDeveloper(owner, OrganizationKind.UNKNOWN);
    lineage(m, draft);
    LEFT_OUT.forEach(
        (field, reason) -> {
          if (m.has(field)) {
            draft.leftOut(field + ": " + reason);
          }
        });
    out.add(draft);
  }

  private static void lineage(FrontMatter m, Draft draft) {
    List<String> bases = m.strings("base_model");
    if (bases.isEmpty()) {
      return;
    }
    Optional<String> relation = m.string("base_model_relation");
    if (relation.isEmpty()) {
      draft.leftOut(
          "base_model "
              + bases
              + " without base_model_relation: the Hub infers it from repository files a card"
              + " does not carry");
      return;
    }
    LineageRelation mapped = RELATIONS.get(relation.get());
    if (mapped == null) {
      draft.leftOut(
          "base_model "
              + bases
              + ": base_model_relation '"
              + Notations.shorten(relation.get())
              + "' has no lineage relation in the catalog");
      return;
    }
    for (String base : bases) {
      draft.addLineage(mapped, base);
    }
  }

  /** {@code owner/name} from {@code owner--name/README.md} or {@code owner/name/README.md}. */
  static Optional<String> modelId(Path card) {
    Path dir = card.toAbsolutePath().getParent();
    if (dir == null || dir.getFileName() == null) {
      return Optional.empty();
    }
    String name = dir.getFileName().toString();
    int dashes = name.indexOf("--");
    if (dashes > 0 && dashes + 2 < name.length()) {
      return Optional.of(name.substring(0, dashes) + "/" + name.substring(dashes + 2));
    }
    Path ownerDir = dir.getParent();
    if (ownerDir == null || ownerDir.getFileName() == null) {
      return Optional.empty();
    }
    return Optional.of(ownerDir.getFileName() + "/" + name);
  }
}
