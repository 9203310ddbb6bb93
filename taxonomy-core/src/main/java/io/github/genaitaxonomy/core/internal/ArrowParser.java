package io.github.genaitaxonomy.core.internal;

import com.google.common.collect.ImmutableList;
import io.github.genaitaxonomy.core.Modality;
import io.github.genaitaxonomy.core.NotationException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Parses the canonical arrow notation {@code text+image->text}: modality ids joined by {@code +},
 * inputs and outputs separated by {@code ->}. Strict: lower case, no spaces, no duplicates. The
 * input side may be empty ({@code ->image}, an unconditional generator); the output side may not.
 */
public final class ArrowParser {
  /** The notation's name in error messages. */
  public static final String NOTATION = "arrow";

  private static final String ARROW = "->";

  private final String notation;
  private final Function<String, List<Modality>> vocabulary;

  /**
   * @param notation the notation's name in errors
   * @param vocabulary maps a token to the modalities it stands for; empty list when unknown
   */
  public ArrowParser(String notation, Function<String, List<Modality>> vocabulary) {
    this.notation = notation;
    this.vocabulary = vocabulary;
  }

  /** The strict parser of our canonical form. */
  public static ArrowParser canonical() {
    return new ArrowParser(NOTATION, id -> Modality.find(id).map(List::of).orElse(List.of()));
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
    if (text.isEmpty()) {
      throw new NotationException(notation, text, 0, "", "expected inputs->outputs but was empty");
    }
    int arrow = text.indexOf(ARROW);
    if (arrow < 0) {
      throw new NotationException(
          notation, text, text.length(), "", "missing '->' between inputs and outputs");
    }
    int second = text.indexOf(ARROW, arrow + ARROW.length());
    if (second >= 0) {
      throw new NotationException(notation, text, second, ARROW, "more than one '->'");
    }
    ImmutableList<Modality> inputs = arrow == 0 ? ImmutableList.of() : side(text, 0, arrow, "input");
    ImmutableList<Modality> outputs = side(text, arrow + ARROW.length(), text.length(), "output");
    return new Sides(inputs, outputs);
  }

  private ImmutableList<Modality> side(String text, int start, int end, String what) {
    if (start == end) {
      throw new NotationException(notation, text, start, "", "expected at least one " + what);
    }
    Set<Modality> seen = EnumSet.noneOf(Modality.class);
    List<Modality> result = new ArrayList<>();
    int tokenStart = start;
    for (int i = start; i <= end; i++) {
      if (i == end || text.charAt(i) == '+') {
        String token = text.substring(tokenStart, i);
        if (token.isEmpty()) {
          throw new NotationException(
              notation, text, tokenStart, "", "expected a modality id before '+' or '->'");
        }
        if (!token.equals(token.strip()) || token.chars().anyMatch(Character::isWhitespace)) {
          throw new NotationException(
              notation, text, tokenStart, token, "whitespace is not allowed");
        }
        List<Modality> modalities = vocabulary.apply(token);
        if (modalities.isEmpty()) {
          String hint =
              vocabulary.apply(token.toLowerCase(java.util.Locale.ROOT)).isEmpty()
                  ? "unknown modality; allowed: " + String.join(", ", Modality.ids())
                  : "modality ids are lower case";
          throw new NotationException(notation, text, tokenStart, token, hint);
        }
        for (Modality modality : modalities) {
          if (!seen.add(modality)) {
            throw new NotationException(
                notation, text, tokenStart, token, "duplicate " + what + " modality");
          }
          result.add(modality);
        }
        tokenStart = i + 1;
      }
    }
    return ImmutableList.copyOf(result);
  }
}
