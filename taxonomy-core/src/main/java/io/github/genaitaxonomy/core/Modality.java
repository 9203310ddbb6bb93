package io.github.genaitaxonomy.core;

import com.google.common.collect.ImmutableList;
import io.github.genaitaxonomy.core.internal.IdLookup;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A kind of content a generative model takes in or gives out, with a stable kebab-case {@link #id()
 * id}.
 *
 * <p>Some modalities are narrower forms of another: {@link #SPEECH} and {@link #MUSIC} are {@link
 * #AUDIO}, {@link #CODE} and {@link #SCIENTIFIC_TEXT} are written {@link #TEXT}. The survey's
 * categories are stated in its own, coarser terms; see {@link #surveyModality()}.
 *
 * <pre>{@code
 * Modality.fromId("3d")         // THREE_D
 * Modality.SPEECH.broader()     // Optional[AUDIO]
 * }</pre>
 *
 * <p>New constants may be added in later versions; ids never change once released.
 */
public enum Modality {
  /** Natural-language text. */
  TEXT("text", "Text", null),
  /** Still images, including masks and depth maps rendered as images. */
  IMAGE("image", "Image", null),
  /** Moving images. */
  VIDEO("video", "Video", null),
  /** Any sound. */
  AUDIO("audio", "Audio", null),
  /** Spoken language, a form of audio. */
  SPEECH("speech", "Speech", AUDIO),
  /** Music, a form of audio. */
  MUSIC("music", "Music", AUDIO),
  /** Three-dimensional shapes and scenes: meshes, radiance fields, point clouds. */
  THREE_D("3d", "3D", null),
  /** Program source code. */
  CODE("code", "Code", TEXT),
  /** Scientific notation: formulas, chemical and protein sequences, citations. */
  SCIENTIFIC_TEXT("scientific-text", "Scientific text", TEXT),
  /** Human or character motion sequences. */
  MOTION("motion", "Motion", null),
  /** Actions of an agent or robot: joint torques, button presses. */
  ACTION("action", "Action", null),
  /** Algorithms, such as a matrix multiplication scheme. */
  ALGORITHM("algorithm", "Algorithm", null),
  /** Recordings of brain activity: EEG, MEG, fMRI. */
  BRAIN_SIGNALS("brain-signals", "Brain signals", null),
  /** Tables of records. */
  TABULAR("tabular", "Tabular data", null),
  /** Numeric series over time. */
  TIME_SERIES("time-series", "Time series", null),
  /** Graphs of nodes and edges. */
  GRAPH("graph", "Graph", null);

  private static final IdLookup<Modality> IDS = IdLookup.of(Modality.class);

  private final String id;
  private final String displayName;
  private final @Nullable Modality broader;

  Modality(String id, String displayName, @Nullable Modality broader) {
    this.id = id;
    this.displayName = displayName;
    this.broader = broader;
  }

  /** The stable kebab-case id, as written in notations and JSON: {@code scientific-text}. */
  public String id() {
    return id;
  }

  /** A human-readable name: {@code Scientific text}. */
  public String displayName() {
    return displayName;
  }

  /** The broader modality this one is a form of, if any: {@code SPEECH -> AUDIO}. */
  public Optional<Modality> broader() {
    return Optional.ofNullable(broader);
  }

  /**
   * The modality in the survey's coarser terms. Speech and music are audio there; code and
   * scientific text keep their own categories, so they stay as they are.
   */
  public Modality surveyModality() {
    return this == SPEECH || this == MUSIC ? AUDIO : this;
  }

  /** Whether this is {@code other} or a narrower form of it: {@code SPEECH.isA(AUDIO)}. */
  public boolean isA(Modality other) {
    return this == other || (broader != null && broader.isA(other));
  }

  /** The modality with this id. */
  public static Optional<Modality> find(String id) {
    return IDS.find(id);
  }

  /**
   * The modality with this id.
   *
   * @throws IllegalArgumentException naming the id and the allowed ids
   */
  public static Modality fromId(String id) {
    return IDS.fromId(id);
  }

  /** Every id, in declaration order. */
  public static ImmutableList<String> ids() {
    return IDS.ids();
  }

  @Override
  public String toString() {
    return id;
  }
}
