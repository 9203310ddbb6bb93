package io.github.genaitaxonomy.core.interop;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.genaitaxonomy.core.Classification;
import io.github.genaitaxonomy.core.ModalitySignature;
import io.github.genaitaxonomy.core.internal.Ids;
import io.github.genaitaxonomy.core.internal.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Hugging Face Hub's top-level pipeline tags, shipped as data, each mapped to a modality
 * signature or marked not generative with the reason.
 *
 * <pre>{@code
 * HuggingFaceTasks.get("text-to-speech").signature();          // Optional[text->speech]
 * HuggingFaceTasks.get("image-classification").generative();   // false
 * HuggingFaceTasks.classify("image-text-to-text")
 *     .map(Classification::surveyCategory);                    // Optional[image-to-text]
 * HuggingFaceTasks.classify("any-to-any");                     // Optional.empty
 * HuggingFaceTasks.sourceVersion();                            // "0.21.54"
 * }</pre>
 *
 * <p>The tags are the keys of {@code PIPELINE_DATA} in the npm package {@code @huggingface/tasks}
 * at {@link #sourceVersion()}, read from the resource {@code huggingface-pipeline-tags.tsv} next to
 * this class; nothing is fetched at run time. Decisions worth knowing:
 *
 * <ul>
 *   <li><b>Code.</b> The Hub has no code tag: code models are filed under {@code text-generation}.
 *       The tag alone therefore gives {@code text->text}; refining a model to {@code text->code}
 *       needs evidence from the model itself (its card, its tags, its training data), which this
 *       class does not see.
 *   <li><b>{@code any-to-any}</b> and {@code reinforcement-learning} are generative but fix no
 *       signature: {@link #classify(String)} gives empty, as for tasks that are not generative.
 *       Take the signature from the model. A policy generates actions, as {@code robotics} does
 *       (other under the policy), from observations of no fixed modality.
 *   <li><b>Text with another input.</b> {@code image-text-to-text}, {@code video-text-to-text} and
 *       {@code audio-text-to-text} each keep the text prompt among the inputs; under the
 *       classification policy the non-text input decides, so the first two are image-to-text and
 *       the third other (audio-to-text, which the survey does not name).
 *   <li><b>Not generative</b> are tasks whose output is a label, score, span of the input, box,
 *       mask, measurement, vector or ranking: classification, extractive question answering
 *       (including {@code document-question-answering}, whose output is a span of the page's
 *       words), {@code depth-estimation} and {@code mask-generation} (annotations of the input
 *       image, like segmentation), embeddings and retrieval; also {@code other}, which names no
 *       task.
 *   <li>A tag's signature is the least one every model under it shares ({@code robotics} is {@code
 *       image->action}; a language-conditioned policy is {@code text+image->action}).
 * </ul>
 *
 * <p>Each task's {@link HuggingFaceTask#note() note} states the reason for its mapping.
 */
public final class HuggingFaceTasks {
  private static final String RESOURCE = "huggingface-pipeline-tags.tsv";
  private static final String VERSION_HEADER = "# source-version:";
  private static final String COLUMNS = "tag\tname\tmodality\tgenerative\tsignature\tnote";
  private static final String NO_SIGNATURE = "-";

  private static final Data DATA = load();

  private HuggingFaceTasks() {}

  /** Every shipped tag, in the order of {@code PIPELINE_DATA} (57 at version 0.21.54). */
  public static ImmutableList<HuggingFaceTask> all() {
    return DATA.byTag.values().asList();
  }

  /** The version of {@code @huggingface/tasks} the tags were taken from: {@code 0.21.54}. */
  public static String sourceVersion() {
    return DATA.version;
  }

  /** The task with exactly this tag (lower-case kebab-case, as the Hub writes it). */
  public static Optional<HuggingFaceTask> find(String tag) {
    checkNotNull(tag, "tag");
    return Optional.ofNullable(DATA.byTag.get(tag));
  }

  /**
   * The task with exactly this tag.
   *
   * @throws IllegalArgumentException naming the tag and the nearest known tags when it is unknown
   */
  public static HuggingFaceTask get(String tag) {
    return find(tag)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Unknown Hugging Face pipeline tag "
                        + Text.quote(tag)
                        + " (@huggingface/tasks "
                        + DATA.version
                        + ")"
                        + Ids.nearestKnown(tag, DATA.byTag.keySet(), tag)
                            .replace("known:", "known tags:")));
  }

  /**
   * Where the tag's signature falls in the taxonomy; empty when the task is not generative or fixes
   * no signature ({@code any-to-any}).
   *
   * @throws IllegalArgumentException naming the tag and the nearest known tags when it is unknown
   */
  public static Optional<Classification> classify(String tag) {
    return get(tag).classification();
  }

  static final class Data {
    final String version;

    /** Every task by its tag, in the order of the table. */
    final ImmutableMap<String, HuggingFaceTask> byTag;

    Data(String version, ImmutableMap<String, HuggingFaceTask> byTag) {
      this.version = version;
      this.byTag = byTag;
    }
  }

  private static Data load() {
    String text;
    try (InputStream in = HuggingFaceTasks.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "Missing resource " + RESOURCE + " next to HuggingFaceTasks");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE, e);
    }
    return parse(text);
  }

  /** Reads the shipped table; fails naming the line when it is malformed. Visible for tests. */
  static Data parse(String text) {
    String version = null;
    boolean columns = false;
    Map<String, HuggingFaceTask> tasks = new LinkedHashMap<>();
    List<String> lines = Splitter.on('\n').splitToList(text);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int number = i + 1;
      if (line.startsWith(VERSION_HEADER)) {
        version = line.substring(VERSION_HEADER.length()).strip();
      } else if (line.startsWith("#") || line.isEmpty()) {
        // a comment or a blank line
      } else if (!columns) {
        if (!line.equals(COLUMNS)) {
          throw malformed(number, "expected the column header '" + COLUMNS + "'");
        }
        columns = true;
      } else {
        HuggingFaceTask task = row(line, number);
        if (tasks.putIfAbsent(task.tag(), task) != null) {
          throw malformed(number, "duplicate tag '" + task.tag() + "'");
        }
      }
    }
    if (version == null || version.isEmpty()) {
      throw malformed(1, "missing '" + VERSION_HEADER + " <version>' header");
    }
    return new Data(version, ImmutableMap.copyOf(tasks));
  }

  private static HuggingFaceTask row(String line, int number) {
    List<String> cells = Splitter.on('\t').splitToList(line);
    if (cells.size() != 6) {
      throw malformed(number, "expected 6 tab-separated cells but found " + cells.size());
    }
    String generative = cells.get(3);
    if (!generative.equals("yes") && !generative.equals("no")) {
      throw malformed(number, "generative must be 'yes' or 'no' but was '" + generative + "'");
    }
    try {
      HuggingFaceTask.Builder task = HuggingFaceTask.builder();
      task.tag(cells.get(0))
          .huggingFaceName(cells.get(1))
          .huggingFaceModality(cells.get(2))
          .generative(generative.equals("yes"))
          .note(cells.get(5));
      if (!cells.get(4).equals(NO_SIGNATURE)) {
        task.signature(ModalitySignature.parse(cells.get(4)));
      }
      return task.build();
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(RESOURCE + " line " + number + ": " + e.getMessage(), e);
    }
  }

  private static IllegalStateException malformed(int line, String problem) {
    return new IllegalStateException(RESOURCE + " line " + line + ": " + problem);
  }
}
