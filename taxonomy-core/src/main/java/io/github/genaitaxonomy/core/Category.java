package io.github.genaitaxonomy.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import io.github.genaitaxonomy.core.internal.Ids;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A category of generative models by input and output modality.
 *
 * <p>The survey's nine categories are constants ({@link #TEXT_TO_IMAGE} ... {@link #OTHER}, listed
 * in {@link #survey()}); every other pair is a category of its own, named by {@link #of(ModalityPair)}
 * with the id {@code <input>-to-<output>}:
 *
 * <pre>{@code
 * Category.of(ModalityPair.parse("text->image"));   // TEXT_TO_IMAGE, the survey's section 3.1
 * Category.of(ModalityPair.parse("audio->text"));   // "audio-to-text", not a survey category
 * Category.fromId("text-to-3d");                    // TEXT_TO_3D
 * }</pre>
 */
@Value.Immutable
public abstract class Category {
  Category() {}

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

  /** Text to code: Codex, AlphaTensor. Survey section 3.7. */
  public static final Category TEXT_TO_CODE =
      survey("text-to-code", "Text-to-Code", Modality.TEXT, Modality.CODE, "3.7");

  /** Text to science: Galactica, Minerva. Survey section 3.8. */
  public static final Category TEXT_TO_SCIENCE =
      survey("text-to-science", "Text-to-Science", Modality.TEXT, Modality.SCIENTIFIC_TEXT, "3.8");

  /** Everything else the survey covers: Gato, human motion diffusion, ... Survey section 3.9. */
  public static final Category OTHER =
      ImmutableCategory.builder()
          .id("other")
          .displayName("Other")
          .surveySection("3.9")
          .build();

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

  private static final ImmutableMap<String, Category> SURVEY_BY_ID =
      Maps.uniqueIndex(SURVEY, Category::id);

  private static final String TO = "-to-";

  /** The stable kebab-case id: {@code text-to-image}, {@code audio-to-text}. */
  public abstract String id();

  /** A human-readable name: {@code Text-to-Image}. */
  public abstract String displayName();

  /** The modality pair; absent only for {@link #OTHER}. */
  public abstract Optional<ModalityPair> pair();

  /** The survey section that covers this category ({@code 3.1} ... {@code 3.9}), if it is one. */
  public abstract Optional<String> surveySection();

  /** Whether this is one of the survey's nine categories. */
  public final boolean isSurveyCategory() {
    return surveySection().isPresent();
  }

  @Value.Check
  void check() {
    Ids.checkKebabCase(id(), "Category", "id");
    Ids.checkNotBlank(displayName(), "Category", "displayName");
    if (pair().isEmpty() && !id().equals("other")) {
      throw new IllegalArgumentException(
          "Category.pair must be present for every category but 'other', was absent for '"
              + id()
              + "'");
    }
  }

  /** The survey's nine categories, in the order of its sections. */
  public static ImmutableList<Category> survey() {
    return SURVEY;
  }

  /**
   * The category of exactly this pair: the survey's constant when the survey names this pair, a
   * category of its own otherwise.
   */
  public static Category of(ModalityPair pair) {
    for (Category category : SURVEY) {
      if (category.pair().filter(pair::equals).isPresent()) {
        return category;
      }
    }
    String in = pair.input().displayName();
    String out = pair.output().displayName();
    return ImmutableCategory.builder()
        .id(pair.input().id() + TO + pair.output().id())
        .displayName(in + "-to-" + out)
        .pair(pair)
        .build();
  }

  /** The category with this id: a survey id, or {@code <input>-to-<output>} of modality ids. */
  public static Optional<Category> find(String id) {
    Category survey = SURVEY_BY_ID.get(id);
    if (survey != null) {
      return Optional.of(survey);
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
                    "Unknown category id '"
                        + id
                        + "'; allowed: "
                        + String.join(", ", SURVEY_BY_ID.keySet())
                        + ", or <input>-to-<output> of modality ids"));
  }

  @Override
  public String toString() {
    return id();
  }

  private static Category survey(
      String id, String name, Modality input, Modality output, String section) {
    return ImmutableCategory.builder()
        .id(id)
        .displayName(name)
        .pair(ModalityPair.of(input, output))
        .surveySection(section)
        .build();
  }
}
