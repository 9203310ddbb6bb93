package io.github.genaitaxonomy.core.interop;

import io.github.genaitaxonomy.core.Classification;
import io.github.genaitaxonomy.core.ModalitySignature;
import io.github.genaitaxonomy.core.internal.Ids;
import io.github.genaitaxonomy.core.internal.Text;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One Hugging Face pipeline tag (a task such as {@code text-to-image}) and what it means in the
 * taxonomy: whether models under it are generative and, when the tag fixes it, their modality
 * signature. The shipped tags are in {@link HuggingFaceTasks}.
 *
 * <pre>{@code
 * HuggingFaceTask task = HuggingFaceTasks.get("image-text-to-text");
 * task.huggingFaceName();    // "Image-Text-to-Text"
 * task.generative();         // true
 * task.signature();          // Optional[text+image->text]
 * task.classification();     // IMAGE_TO_TEXT in the survey, [text-to-text, image-to-text] exactly
 * }</pre>
 *
 * <p>A tag describes a task, not a model, so its signature is the least one every model under the
 * tag shares: {@code text-generation} gives {@code text->text} even though code models carry it
 * too. Refine with evidence from the model itself; {@link #note()} says how.
 */
@Value.Immutable
public abstract class HuggingFaceTask {
  HuggingFaceTask() {}

  /**
   * The pipeline tag, as the Hub writes it in a model's {@code pipeline_tag}: {@code
   * text-to-image}.
   */
  public abstract String tag();

  /** Hugging Face's display name for the tag: {@code Text-to-Image}. */
  public abstract String huggingFaceName();

  /**
   * Hugging Face's coarse modality for the tag, copied as published: {@code nlp}, {@code cv},
   * {@code audio}, {@code multimodal}, {@code tabular}, {@code rl} or {@code other}. Not a {@link
   * io.github.genaitaxonomy.core.Modality}.
   */
  public abstract String huggingFaceModality();

  /**
   * Whether models under this tag generate content: new text, images, audio and so on, rather than
   * a label, score, span, box, mask, measurement, vector or ranking of their input.
   */
  public abstract boolean generative();

  /**
   * The modality signature the tag implies; absent when the task is not generative, and for a
   * generative tag that fixes no signature ({@code any-to-any}).
   */
  public abstract Optional<ModalitySignature> signature();

  /**
   * Why the tag maps as it does: the reason it is not generative, or how to refine its signature
   * for a given model.
   */
  public abstract String note();

  /** Where the tag's signature falls in the taxonomy; absent when there is no signature. */
  public final Optional<Classification> classification() {
    return signature().map(Classification::of);
  }

  @Value.Check
  void check() {
    String type = "HuggingFaceTask";
    Ids.checkKebabCase(tag(), type, "tag");
    Text.checkName(huggingFaceName(), type, "huggingFaceName");
    Ids.checkKebabCase(huggingFaceModality(), type, "huggingFaceModality");
    Text.check(note(), type, "note");
    if (!generative() && signature().isPresent()) {
      throw new IllegalArgumentException(
          type
              + ".signature must be absent when generative is false, but was '"
              + signature().get()
              + "' for tag '"
              + tag()
              + "'");
    }
  }

  /** A fresh builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link HuggingFaceTask}; {@link HuggingFaceTasks} holds the Hub's tasks already built.
   *
   * <p>Required: {@code tag}, {@code huggingFaceName}, {@code huggingFaceModality}, {@code
   * generative}, {@code note}. Optional: {@code signature} (absent for a task that is not
   * generative or fixes no signature).
   */
  public static final class Builder extends ImmutableHuggingFaceTask.Builder {}
}
