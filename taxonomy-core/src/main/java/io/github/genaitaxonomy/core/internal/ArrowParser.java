package io.github.genaitaxonomy.core.internal;

import com.google.common.collect.ImmutableList;
import io.github.genaitaxonomy.core.Modality;
import io.github.genaitaxonomy.core.NotationException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Parses arrow notations such as our canonical {@code text+image->text}: tokens joined by {@code
 * +}, inputs and outputs separated by {@code ->}. Strict: tokens are matched exactly (so lower
 * case), no whitespace, no repeated token. The input side may be empty ({@code ->image}, an
 * unconditional generator); the output side may not.
 *
 * <p>Each side has its own {@link Vocabulary}. Two different tokens may stand for the same modality
 * (OpenRouter's {@code file} and {@code text} both read as text); their modalities are merged.
 */
public final class ArrowParser {
  /** The notation's name in error messages. */
  public static final String NOTATION = "arrow";

  private static final String ARROW = "->";
  private static final ArrowParser CANONICAL =
      new ArrowParser(NOTATION, Vocabulary.modalityIds(), Vocabulary.modalityIds());

  private final String notation;
  private final Vocabulary inputVocabulary;
  private final Vocabulary outputVocabulary;

  /**
   * @param notation the notation's name in errors
   * @param inputs the tokens the input side accepts
   * @param outputs the tokens the output side accepts
   */
  public ArrowParser(String notation, Vocabulary inputs, Vocabulary outputs) {
    this.notation = notation;
    this.inputVocabulary = inputs;
    this.outputVocabulary = outputs;
  }

  /** The strict parser of our canonical form. */
  public static ArrowParser canonical() {
    return CANONICAL;
  }

  /** The two sides of a parsed arrow notation. */
  public static final class Sides {
    public final ImmutableList<Modality> inputs;
    public final ImmutableList<Modality> outputs;

    Sides(ImmutableList<Modality> inputs, ImmutableList<Modality> outputs) {
      this.inputs = inputs;
      this.outputs = outputs;
    }
  }

  /**
   * Splits {@code text} into inputs and outputs.
   *
   * @throws NotationException naming the position and token of the first problem
   */
  public Sides parse(String text) {
    try {
      return read(text);
    } catch (NotationFailure failure) {
      throw failure.toException();
    }
  }

  /**
   * Splits {@code text} into inputs and outputs.
   *
   * @throws NotationFailure naming the kind, position and token of the first problem
   */
  public Sides read(String text) {
    if (text.isEmpty()) {
      throw new NotationFailure(
          NotationFailure.Kind.NO_DATA,
          notation,
          text,
          0,
          "",
          "expected inputs->outputs but was empty");
    }
    int arrow = text.indexOf(ARROW);
    if (arrow < 0) {
      LookAlikeArrows.find(notation, text)
          .ifPresent(
              e -> {
                throw new NotationFailure(notation, text, e.position(), e.token(), e.problem());
              });
      throw new NotationFailure(
          notation, text, text.length(), "", "missing '->' between inputs and outputs");
    }
    int second = text.indexOf(ARROW, arrow + ARROW.length());
    if (second >= 0) {
      throw new NotationFailure(notation, text, second, ARROW, "more than one '->'");
    }
    int outputsStart = arrow + ARROW.length();
    if (outputsStart == text.length()) {
      throw new NotationFailure(notation, text, outputsStart, "", "expected at least one output");
    }
    ImmutableList<Modality> inputs = arrow == 0 ? ImmutableList.of() : side(text, 0, arrow, true);
    ImmutableList<Modality> outputs = side(text, outputsStart, text.length(), false);
    return new Sides(inputs, outputs);
  }

  private static boolean hasWhitespace(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (Character.isWhitespace(token.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The modalities of the inputs ({@code input}) or outputs between {@code start} and {@code end}.
   */
  private ImmutableList<Modality> side(String text, int start, int end, boolean input) {
    Vocabulary vocabulary = input ? inputVocabulary : outputVocabulary;
    String what = input ? "input" : "output";
    Set<String> seenTokens = new HashSet<>();
    Set<Modality> seen = EnumSet.noneOf(Modality.class);
    ImmutableList.Builder<Modality> result = ImmutableList.builder();
    int tokenStart = start;
    for (int i = start; i <= end; i++) {
      if (i == end || text.charAt(i) == '+') {
        String token = text.substring(tokenStart, i);
        if (token.isEmpty()) {
          throw new NotationFailure(
              notation,
              text,
              tokenStart,
              "",
              "expected " + Ids.withArticle(vocabulary.what()) + " before '+' or '->'");
        }
        if (hasWhitespace(token)) {
          throw new NotationFailure(notation, text, tokenStart, token, "whitespace is not allowed");
        }
        ImmutableList<Modality> modalities = lookup(text, tokenStart, token, input);
        if (!seenTokens.add(token)) {
          throw new NotationFailure(
              notation, text, tokenStart, token, "duplicate " + what + " modality");
        }
        for (Modality modality : modalities) {
          if (seen.add(modality)) {
            result.add(modality);
          }
        }
        tokenStart = i + 1;
      }
    }
    return result.build();
  }

  private ImmutableList<Modality> lookup(String text, int position, String token, boolean input) {
    Vocabulary vocabulary = input ? inputVocabulary : outputVocabulary;
    Vocabulary otherSide = input ? outputVocabulary : inputVocabulary;
    String what = input ? "input" : "output";
    String otherWhat = input ? "output" : "input";
    Optional<ImmutableList<Modality>> modalities = vocabulary.modalities(token);
    if (modalities.isPresent()) {
      return modalities.get();
    }
    Optional<String> rejection = vocabulary.rejection(token);
    if (rejection.isPresent()) {
      throw new NotationFailure(
          NotationFailure.Kind.NOT_GENERATIVE, notation, text, position, token, rejection.get());
    }
    String lower = token.toLowerCase(Locale.ROOT);
    String problem;
    if (!lower.equals(token) && vocabulary.knows(lower)) {
      problem = "write the " + vocabulary.what() + " in lower case: '" + lower + "'";
    } else if (otherSide.knows(token)) {
      problem = "'" + token + "' is allowed only as an " + otherWhat + ", not as an " + what;
    } else {
      problem =
          "unknown " + vocabulary.what() + "; allowed: " + String.join(", ", vocabulary.tokens());
    }
    throw new NotationFailure(notation, text, position, token, problem);
  }
}
