package io.github.genaitaxonomy.core.interop;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableList;
import io.github.genaitaxonomy.core.Classification;
import io.github.genaitaxonomy.core.Modality;
import io.github.genaitaxonomy.core.ModalitySignature;
import io.github.genaitaxonomy.core.NotationException;
import io.github.genaitaxonomy.core.internal.NotationFailure;
import io.github.genaitaxonomy.core.internal.Vocabulary;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads and writes the {@code modality} of a model in Stanford CRFM's Ecosystem Graphs: {@code
 * "image, text; text"}, inputs and outputs separated by {@code ;}, modalities inside a side by
 * {@code ,}.
 *
 * <pre>{@code
 * EcosystemGraphsNotation.parse("image, text; text");          // text+image->text
 * EcosystemGraphsNotation.parse(" Images,text ;robot trajectories ");   // text+image->action
 * EcosystemGraphsNotation.classify("text; code, text").surveyCategory();   // TEXT_TO_TEXT
 * EcosystemGraphsNotation.parse("text (English); code (Python)");   // text->code
 * EcosystemGraphsNotation.read("text (English)").kind();   // DIRECTION_UNKNOWN
 * EcosystemGraphsNotation.format(ModalitySignature.parse("text+image->text"));   // "image, text; text"
 * }</pre>
 *
 * <p>The values are written by hand, so reading is lenient: case is ignored, whitespace around
 * tokens and separators is ignored and runs of it inside a token count as one space, and {@code -}
 * or {@code _} inside a token count as a space ({@code time-series} is {@code time series}).
 * Positions in a {@link NotationException} still point at the offending token in the text as given,
 * after its surrounding whitespace. A trailing parenthesised qualifier is dropped: {@code text
 * (English)} is text, {@code code (Python)} is code. What stays an error: empty or blank text and
 * {@code unknown} (no data), a single list without {@code ;} (it does not say which modalities are
 * inputs and which outputs), more than one {@code ;}, no output, an empty item ({@code "text, ;
 * text"}), an unknown token, and a token repeated on one side ({@code "text, Text; text"}); two
 * different words for one modality ({@code image, vision}) merge. {@link #read(String)} tells these
 * apart without throwing.
 *
 * <p>Besides our own {@link Modality#id() modality ids}, it reads the words Ecosystem Graphs uses:
 *
 * <ul>
 *   <li>{@code images}, {@code vision}, {@code vector graphic}, {@code template design}: image;
 *       {@code videos}: video; {@code sound}: audio; {@code 3D}: 3d;
 *   <li>{@code API}: code (an API call is code);
 *   <li>{@code protein sequence}, {@code amino acid sequence}, {@code genome sequence}, {@code
 *       molecules}, {@code mathematical tokens}: scientific text, which covers chemical and
 *       biological sequences; {@code protein structure}: 3d, a molecule's shape in space;
 *   <li>{@code robotics trajectories}, {@code robot trajectories}, {@code in-game actions}, {@code
 *       actions}: action; {@code human trajectories}: motion;
 *   <li>{@code climate forecasts}: time series.
 * </ul>
 *
 * <p>{@code embeddings}, {@code vector(s)}, {@code depth map(s)}, {@code mask(s)}, {@code
 * label(s)}, {@code segmentation (masks)} and {@code bounding boxes} are refused as outputs ("not a
 * generative output"): such a model returns vectors or annotations of its input, not content, and
 * is outside the taxonomy. A blank input side ({@code "; image"}) is read as an unconditional
 * generator, {@code ->image}; Ecosystem Graphs has no such value, but this is how {@link
 * #format(ModalitySignature)} writes one. Values are read as written: a wrong value in the source
 * (Voicebox's {@code audio; text}) is not corrected here.
 */
public final class EcosystemGraphsNotation {
  /** The notation's name, as {@link NotationException#notation()} reports it. */
  public static final String NOTATION = "ecosystem-graphs";

  private static final char SIDES = ';';
  private static final char ITEMS = ',';
  private static final char FULL_WIDTH_SEMICOLON = '\uFF1B';
  private static final CharMatcher WHITESPACE = CharMatcher.whitespace();

  private static final String UNKNOWN = "unknown";

  /** Outputs that are not content: annotations or measurements of the input. */
  private static final ImmutableList<String> NOT_CONTENT =
      ImmutableList.of(
          "vector",
          "vectors",
          "depth",
          "depth map",
          "depth maps",
          "mask",
          "masks",
          "label",
          "labels",
          "segmentation",
          "segmentation masks",
          "bounding boxes");

  private static final Vocabulary INPUTS = vocabulary("input");
  private static final Vocabulary OUTPUTS = vocabulary("output");

  private EcosystemGraphsNotation() {}

  /**
   * Reads an Ecosystem Graphs model modality such as {@code "audio, image, text, video; text"}.
   *
   * @throws NotationException naming the zero-based position and the token of the first problem
   */
  public static ModalitySignature parse(String text) {
    checkNotNull(text, "text");
    try {
      return signature(text);
    } catch (NotationFailure failure) {
      throw failure.toException();
    }
  }

  /**
   * Reads an Ecosystem Graphs model modality without throwing: a signature where {@link
   * #parse(String)} returns one; {@link NotationResult.Kind#NO_DATA} for {@code unknown}, empty or
   * blank text; {@link NotationResult.Kind#DIRECTION_UNKNOWN} for a single list of known modalities
   * ({@code "text (English)"}); {@link NotationResult.Kind#NOT_GENERATIVE} for an output such as
   * embeddings or masks; otherwise {@link NotationResult.Kind#MALFORMED} with the position, token
   * and problem {@code parse} reports.
   */
  public static NotationResult read(String text) {
    checkNotNull(text, "text");
    try {
      return NotationResult.of(NOTATION, text, signature(text));
    } catch (NotationFailure failure) {
      return NotationResult.of(failure);
    }
  }

  private static ModalitySignature signature(String text) {
    int first = WHITESPACE.negate().indexIn(text);
    if (first < 0) {
      throw new NotationFailure(
          NotationFailure.Kind.NO_DATA,
          NOTATION,
          text,
          0,
          "",
          "expected 'inputs; outputs' but was " + (text.isEmpty() ? "empty" : "only whitespace"));
    }
    int semicolon = text.indexOf(SIDES);
    if (semicolon < 0) {
      int arrow = text.indexOf("->");
      if (arrow >= 0) {
        throw new NotationFailure(
            NOTATION, text, arrow, "->", "separate inputs from outputs with ';', not '->'");
      }
      int fullWidth = text.indexOf(FULL_WIDTH_SEMICOLON);
      if (fullWidth >= 0) {
        throw new NotationFailure(
            NOTATION,
            text,
            fullWidth,
            String.valueOf(FULL_WIDTH_SEMICOLON),
            "write ';', not the full-width '\uFF1B'");
      }
      int end = WHITESPACE.negate().lastIndexIn(text) + 1;
      String token = text.substring(first, end);
      if (normalize(token).equals(UNKNOWN)) {
        throw new NotationFailure(
            NotationFailure.Kind.NO_DATA,
            NOTATION,
            text,
            first,
            token,
            "'unknown' states no modality");
      }
      side(text, 0, text.length(), "input", INPUTS);
      throw new NotationFailure(
          NotationFailure.Kind.DIRECTION_UNKNOWN,
          NOTATION,
          text,
          end,
          "",
          "missing ';' between inputs and outputs (a single list does not say which modalities"
              + " are inputs and which are outputs)");
    }
    int second = text.indexOf(SIDES, semicolon + 1);
    if (second >= 0) {
      throw new NotationFailure(NOTATION, text, second, ";", "more than one ';'");
    }
    ImmutableList<Modality> inputs = side(text, 0, semicolon, "input", INPUTS);
    ImmutableList<Modality> outputs = side(text, semicolon + 1, text.length(), "output", OUTPUTS);
    return ModalitySignature.of(inputs, outputs);
  }

  /**
   * Classifies an Ecosystem Graphs model modality: {@code Classification.of(parse(text))}.
   *
   * @throws NotationException as {@link #parse(String)} does
   */
  public static Classification classify(String text) {
    return Classification.of(parse(text));
  }

  /**
   * Writes a signature the way Ecosystem Graphs does: {@code "image, text; text"}, each side in
   * alphabetical order, joined by {@code ", "}, sides separated by {@code "; "}. Modalities are
   * written as their {@link Modality#id() ids}, except 3d, which Ecosystem Graphs writes {@code
   * 3D}; an unconditional generator is written with a blank input side, {@code "; image"}. Every
   * signature can be written, and {@link #parse(String)} reads it back to an equal one.
   */
  public static String format(ModalitySignature signature) {
    checkNotNull(signature, "signature");
    String inputs = write(signature.inputs());
    return (inputs.isEmpty() ? ";" : inputs + ";") + " " + write(signature.outputs());
  }

  private static String write(Set<Modality> modalities) {
    return modalities.stream()
        .map(EcosystemGraphsNotation::written)
        .sorted(Comparator.comparing((String word) -> word.toLowerCase(Locale.ROOT)))
        .collect(Collectors.joining(ITEMS + " "));
  }

  private static ImmutableList<Modality> side(
      String text, int start, int end, String what, Vocabulary vocabulary) {
    if (WHITESPACE.matchesAllOf(text.subSequence(start, end))) {
      if (what.equals("input")) {
        return ImmutableList.of();
      }
      throw new NotationFailure(
          NOTATION, text, start, "", "expected at least one output after ';'");
    }
    String whole = normalize(WHITESPACE.trimFrom(text.subSequence(start, end)));
    if (whole.equals(UNKNOWN)) {
      int lead = start + WHITESPACE.negate().indexIn(text.subSequence(start, end));
      throw new NotationFailure(
          NotationFailure.Kind.NO_DATA,
          NOTATION,
          text,
          lead,
          WHITESPACE.trimFrom(text.subSequence(start, end)),
          "'unknown' states no " + what + " modality");
    }
    Set<String> seenTokens = new HashSet<>();
    Set<Modality> seen = EnumSet.noneOf(Modality.class);
    ImmutableList.Builder<Modality> result = ImmutableList.builder();
    int itemStart = start;
    for (int i = start; i <= end; i++) {
      if (i < end && text.charAt(i) != ITEMS) {
        continue;
      }
      String item = text.substring(itemStart, i);
      int lead = WHITESPACE.negate().indexIn(item);
      if (lead < 0) {
        if (i < end) {
          throw new NotationFailure(NOTATION, text, i, "", "expected a modality before ','");
        }
        throw new NotationFailure(NOTATION, text, itemStart, "", "expected a modality after ','");
      }
      int tokenStart = itemStart + lead;
      String token = WHITESPACE.trimFrom(item);
      String key = normalize(token);
      Optional<ImmutableList<Modality>> modalities = vocabulary.modalities(key);
      if (modalities.isEmpty()) {
        String problem =
            vocabulary
                .rejection(key)
                .orElseGet(
                    () ->
                        "unknown "
                            + vocabulary.what()
                            + "; known: "
                            + String.join(", ", vocabulary.tokens()));
        NotationFailure.Kind kind =
            what.equals("output") && vocabulary.rejection(key).isPresent()
                ? NotationFailure.Kind.NOT_GENERATIVE
                : NotationFailure.Kind.MALFORMED;
        throw new NotationFailure(kind, NOTATION, text, tokenStart, token, problem);
      }
      if (!seenTokens.add(key)) {
        throw new NotationFailure(
            NOTATION, text, tokenStart, token, "duplicate " + what + " modality");
      }
      for (Modality modality : modalities.get()) {
        if (seen.add(modality)) {
          result.add(modality);
        }
      }
      itemStart = i + 1;
    }
    return result.build();
  }

  /**
   * Lower case, {@code -} and {@code _} as spaces, runs of whitespace as one space, and a trailing
   * parenthesised qualifier dropped: {@code "Code (Python)"} is {@code code}.
   */
  private static String normalize(String token) {
    int open = token.indexOf('(');
    if (open > 0
        && token.charAt(token.length() - 1) == ')'
        && token.indexOf(')') == token.length() - 1) {
      token = token.substring(0, open);
    }
    String spaced = CharMatcher.anyOf("-_").replaceFrom(token.toLowerCase(Locale.ROOT), ' ');
    return WHITESPACE.trimAndCollapseFrom(spaced, ' ');
  }

  private static Vocabulary vocabulary(String side) {
    Vocabulary.Builder words = Vocabulary.builder("Ecosystem Graphs " + side + " modality");
    for (Modality modality : Modality.values()) {
      words.add(normalize(modality.id()), modality);
    }
    words
        .add("images", Modality.IMAGE)
        .add("vision", Modality.IMAGE)
        .add("vector graphic", Modality.IMAGE)
        .add("template design", Modality.IMAGE)
        .add("videos", Modality.VIDEO)
        .add("sound", Modality.AUDIO)
        .add("api", Modality.CODE)
        .add("protein sequence", Modality.SCIENTIFIC_TEXT)
        .add("amino acid sequence", Modality.SCIENTIFIC_TEXT)
        .add("genome sequence", Modality.SCIENTIFIC_TEXT)
        .add("molecules", Modality.SCIENTIFIC_TEXT)
        .add("mathematical tokens", Modality.SCIENTIFIC_TEXT)
        .add("protein structure", Modality.THREE_D)
        .add("robotics trajectories", Modality.ACTION)
        .add("robot trajectories", Modality.ACTION)
        .add("in game actions", Modality.ACTION)
        .add("actions", Modality.ACTION)
        .add("human trajectories", Modality.MOTION)
        .add("climate forecasts", Modality.TIME_SERIES);
    String embeddings =
        side.equals("output")
            ? OpenRouterNotation.EMBEDDING_OUTPUT
            : "not a modality: embeddings are vectors, not content";
    words.reject("embeddings", embeddings).reject("embedding", embeddings);
    String annotation =
        side.equals("output")
            ? "not a generative output: vectors, depth maps, masks and labels annotate or measure"
                + " the input; such a model is outside the taxonomy"
            : "not a modality a model takes in here: vectors, depth maps, masks and labels are"
                + " annotations";
    for (String word : NOT_CONTENT) {
      words.reject(word, annotation);
    }
    return words.build();
  }

  /** How a modality is written: its id, but {@code 3D} as the ecosystem graphs spell it. */
  private static String written(Modality modality) {
    return modality == Modality.THREE_D ? "3D" : modality.id();
  }
}
