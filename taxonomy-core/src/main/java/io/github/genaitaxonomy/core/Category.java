package io.github.genaitaxonomy.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.genaitaxonomy.core.internal.Ids;
import io.github.genaitaxonomy.core.internal.Text;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * A category of generative models by input and output modality.
 *
 * <p>The survey's nine categories are constants ({@link #TEXT_TO_IMAGE} ... {@link #OTHER}, listed
 * in {@link #survey()}); every other pair is a category of its own, named by {@link
 * #of(ModalityPair)} with the id {@code <input>-to-<output>}:
 *
 * <pre>{@code
 * Category.of(ModalityPair.parse("text->image"));   // TEXT_TO_IMAGE, the survey's section 3.1
 * Category.of(ModalityPair.parse("audio->text"));   // "audio-to-text", not a survey category
 * Category.fromId("text-to-3d");                    // TEXT_TO_3D
 * }</pre>
 *
 * <p>Categories are equal when all their attributes are. This type is written by hand rather than
 * generated, so that its constants can be created while the class initialises without touching a
 * subclass (which could deadlock class initialisation across threads).
 */
public final class Category {
  private final String id;
  private final String displayName;
  private final @Nullable ModalityPair pair;
  private final @Nullable String surveySection;

  private Category(
      String id, String displayName, @Nullable ModalityPair pair, @Nullable String surveySection) {
    this.id = Ids.checkKebabCase(id, "Category", "id");
    this.displayName = Text.checkName(displayName, "Category", "displayName");
    this.pair = pair;
    this.surveySection = surveySection;
  }

  /** Text to image: DALL-E 2, Imagen, Stable Diffusion, Muse. Survey section 3.1. */
  public static final Category TEXT_TO_IMAGE =
      survey("text-to-image", "Text-to-Image", Modality.TEXT, Modality.IMAGE, "3.1");

  /** Text to 3D: DreamFusion, Magic3D. Survey section 3.2. */
  public static final Category TEXT_TO_3D =
      survey("text-to-3d", "Text-to-3D", Modality.TEXT, Modality.THREE_D, "3.2");

  /** Image to text: Flamingo, VisualGPT. Survey section 3.3. */
  public static final Category IMAGE_TO_TEXT =
      survey("image-to-text", "Image-to-Text", Modality.IMAGE, Modality.TEXT, "3.3");

  /** Text to video: Phenaki, Soundify. Survey section 3.4. */
  public static final Category TEXT_TO_VIDEO =
      survey("text-to-video", "Text-to-Video", Modality.TEXT, Modality.VIDEO, "3.4");

  /** Text to audio: AudioLM, Jukebox, Whisper. Survey section 3.5. */
  public static final Category TEXT_TO_AUDIO =
      survey("text-to-audio", "Text-to-Audio", Modality.TEXT, Modality.AUDIO, "3.5");

  /** Text to text: ChatGPT, LaMDA, PEER, Speech From Brain. Survey section 3.6. */
  public static final Category TEXT_TO_TEXT =
      survey("text-to-text", "Text-to-Text", Modality.TEXT, Modality.TEXT, "3.6");

  /** Text to code: Codex, AlphaCode. Survey section 3.7. */
  public static final Category TEXT_TO_CODE =
      survey("text-to-code", "Text-to-Code", Modality.TEXT, Modality.CODE, "3.7");

  /** Text to science: Galactica, Minerva. Survey section 3.8. */
  public static final Category TEXT_TO_SCIENCE =
      survey("text-to-science", "Text-to-Science", Modality.TEXT, Modality.SCIENTIFIC_TEXT, "3.8");

  /** Everything else the survey covers: Gato, human motion diffusion, ... Survey section 3.9. */
  public static final Category OTHER = new Category("other", "Other", null, "3.9");

  private static final ImmutableList<Category> SURVEY =
      ImmutableList.of(
          TEXT_TO_IMAGE,
          TEXT_TO_3D,
          IMAGE_TO_TEXT,
          TEXT_TO_VIDEO,
          TEXT_TO_AUDIO,
          TEXT_TO_TEXT,
          TEXT_TO_CODE,
          TEXT_TO_SCIENCE,
          OTHER);

  private static final ImmutableMap<String, Category> SURVEY_BY_ID = surveyById();

  private static final String TO = "-to-";

  /** The length of the longest {@code <input>-to-<output>} id. */
  private static final int MAX_PAIR_ID_LENGTH = 2 * longestModalityId() + TO.length();

  private static final int MODALITIES = Modality.values().length;

  /**
   * Every pair's category, indexed by {@code input.ordinal() * MODALITIES + output.ordinal()}: each
   * made the first time it is asked for, the same instance ever after, whichever thread asks.
   */
  private static final AtomicReferenceArray<Category> BY_PAIR =
      new AtomicReferenceArray<>(MODALITIES * MODALITIES);

  private static ImmutableMap<String, Category> surveyById() {
    ImmutableMap.Builder<String, Category> byId = ImmutableMap.builder();
    for (Category category : SURVEY) {
      byId.put(category.id(), category);
    }
    return byId.buildOrThrow();
  }

  private static int longestModalityId() {
    int longest = 0;
    for (Modality modality : Modality.values()) {
      longest = Math.max(longest, modality.id().length());
    }
    return longest;
  }

  /** The stable kebab-case id: {@code text-to-image}, {@code audio-to-text}. */
  public String id() {
    return id;
  }

  /** A human-readable name: {@code Text-to-Image}. */
  public String displayName() {
    return displayName;
  }

  /** The modality pair; absent only for {@link #OTHER}. */
  public Optional<ModalityPair> pair() {
    return Optional.ofNullable(pair);
  }

  /** The survey section that covers this category ({@code 3.1} ... {@code 3.9}), if it is one. */
  public Optional<String> surveySection() {
    return Optional.ofNullable(surveySection);
  }

  /** Whether this is one of the survey's nine categories. */
  public boolean isSurveyCategory() {
    return surveySection != null;
  }

  /** The survey's nine categories, in the order of its sections. */
  public static ImmutableList<Category> survey() {
    return SURVEY;
  }

  /**
   * The category of exactly this pair: the survey's constant when the survey names this pair, a
   * category of its own otherwise.
   */
  @SuppressWarnings("EnumOrdinal") // a private table indexed by ordinal, rebuilt with the enum
  public static Category of(ModalityPair pair) {
    int slot = pair.input().ordinal() * MODALITIES + pair.output().ordinal();
    Category category = BY_PAIR.get(slot);
    if (category == null) {
      Category created = create(pair);
      category = BY_PAIR.compareAndSet(slot, null, created) ? created : BY_PAIR.get(slot);
    }
    return category;
  }

  private static Category create(ModalityPair pair) {
    for (Category category : SURVEY) {
      if (pair.equals(category.pair)) {
        return category;
      }
    }
    String in = pair.input().displayName();
    String out = pair.output().displayName();
    return new Category(pair.input().id() + TO + pair.output().id(), in + "-to-" + out, pair, null);
  }

  /**
   * The category with this id: a survey id, or {@code <input>-to-<output>} of modality ids. Takes
   * time bounded by a constant: an id longer than the longest pair id is unknown without a look.
   */
  public static Optional<Category> find(String id) {
    Category survey = SURVEY_BY_ID.get(id);
    if (survey != null) {
      return Optional.of(survey);
    }
    if (id.length() > MAX_PAIR_ID_LENGTH) {
      return Optional.empty();
    }
    int to = id.indexOf(TO);
    while (to > 0) {
      Optional<Modality> input = Modality.find(id.substring(0, to));
      Optional<Modality> output = Modality.find(id.substring(to + TO.length()));
      if (input.isPresent() && output.isPresent()) {
        return Optional.of(of(ModalityPair.of(input.get(), output.get())));
      }
      to = id.indexOf(TO, to + 1);
    }
    return Optional.empty();
  }

  /**
   * The category with this id.
   *
   * @throws IllegalArgumentException naming the id and the survey's ids
   */
  public static Category fromId(String id) {
    return find(id)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Unknown category id "
                        + Text.quote(id)
                        + "; allowed: "
                        + String.join(", ", SURVEY_BY_ID.keySet())
                        + ", or <input>-to-<output> of modality ids"));
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Category that
        && id.equals(that.id)
        && displayName.equals(that.displayName)
        && Objects.equals(pair, that.pair)
        && Objects.equals(surveySection, that.surveySection);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, displayName, pair, surveySection);
  }

  /** The id: {@code text-to-image}. */
  @Override
  public String toString() {
    return id;
  }

  private static Category survey(
      String id, String name, Modality input, Modality output, String section) {
    return new Category(id, name, ModalityPair.of(input, output), section);
  }
}
