package io.github.genaitaxonomy.core;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the free-text sizes other catalogs write: {@code 7B parameters (dense)}, {@code 4.3B
 * parameters}, {@code 1.2T tokens}, {@code 570 GB}, {@code 175 billion}, {@code unknown}.
 *
 * <p>The grammar is a decimal number (commas between thousands allowed), an optional scale ({@code
 * K}, {@code M}, {@code B}, {@code T}, {@code thousand}, {@code million}, {@code billion}, {@code
 * trillion}, or a byte size {@code KB} to {@code PB} in powers of ten), an optional unit word
 * ({@code parameters}, {@code tokens}, {@code images}, ... in singular or plural) and an optional
 * trailing remark in parentheses, which is not part of the amount. Text without a unit takes the
 * caller's default unit. Nothing is guessed: text outside the grammar raises a {@link
 * NotationException}.
 *
 * <pre>{@code
 * QuantityParser.parse("7B parameters (dense)", Unit.PARAMETERS);  // 7000000000 parameters
 * QuantityParser.parse("570 GB", Unit.BYTES);                        // 570000000000 bytes
 * QuantityParser.parse("unknown", Unit.PARAMETERS);                  // Optional.empty()
 * }</pre>
 */
public final class QuantityParser {
  /** The notation name in {@link NotationException#notation()}. */
  public static final String NOTATION = "quantity";

  private static final int MAX_LENGTH = 200;

  private static final Pattern GRAMMAR =
      Pattern.compile(
          "(?<number>[0-9]{1,3}(?:,[0-9]{3})+(?:\\.[0-9]+)?|[0-9]+(?:\\.[0-9]+)?|\\.[0-9]+)"
              + "\\s*(?<scale>[A-Za-z]+)?"
              + "(?:\\s+(?<unit>[A-Za-z][A-Za-z-]*))?"
              + "(?:\\s*\\((?<remark>[^()]*)\\))?");

  private static final ImmutableMap<String, BigDecimal> SCALES =
      ImmutableMap.<String, BigDecimal>builder()
          .put("k", BigDecimal.TEN.pow(3))
          .put("thousand", BigDecimal.TEN.pow(3))
          .put("m", BigDecimal.TEN.pow(6))
          .put("million", BigDecimal.TEN.pow(6))
          .put("b", BigDecimal.TEN.pow(9))
          .put("bn", BigDecimal.TEN.pow(9))
          .put("billion", BigDecimal.TEN.pow(9))
          .put("t", BigDecimal.TEN.pow(12))
          .put("trillion", BigDecimal.TEN.pow(12))
          .buildOrThrow();

  private static final ImmutableMap<String, BigDecimal> BYTE_SCALES =
      ImmutableMap.<String, BigDecimal>builder()
          .put("b", BigDecimal.ONE)
          .put("kb", BigDecimal.TEN.pow(3))
          .put("mb", BigDecimal.TEN.pow(6))
          .put("gb", BigDecimal.TEN.pow(9))
          .put("tb", BigDecimal.TEN.pow(12))
          .put("pb", BigDecimal.TEN.pow(15))
          .buildOrThrow();

  private QuantityParser() {}

  /**
   * Reads one size.
   *
   * @param text the size as written, such as {@code 1.2T tokens}
   * @param defaultUnit the unit when the text names none, such as {@code 175 billion}
   * @return the quantity; empty when the text says the size is not known ({@code unknown}, {@code
   *     n/a}, {@code -} or blank)
   * @throws NotationException naming the text and position when the text is outside the grammar
   */
  public static Optional<Quantity> parse(String text, Unit defaultUnit) {
    checkNotNull(text, "text");
    checkNotNull(defaultUnit, "defaultUnit");
    String trimmed = text.strip();
    String lower = trimmed.toLowerCase(Locale.ROOT);
    if (lower.isEmpty() || lower.equals("unknown") || lower.equals("n/a") || lower.equals("-")) {
      return Optional.empty();
    }
    if (trimmed.length() > MAX_LENGTH) {
      throw new NotationException(
          NOTATION,
          trimmed.substring(0, 60) + "...",
          MAX_LENGTH,
          "",
          "a size has at most " + MAX_LENGTH + " characters");
    }
    Matcher m = GRAMMAR.matcher(trimmed);
    if (!m.matches()) {
      int at = m.lookingAt() ? m.end() : 0;
      throw new NotationException(
          NOTATION,
          trimmed,
          at,
          firstToken(trimmed, at),
          "expected a number, an optional scale such as 'B' or 'billion' and an optional unit");
    }
    BigDecimal amount = new BigDecimal(m.group("number").replace(",", ""));
    String scale = m.group("scale");
    String unitWord = m.group("unit");
    Unit unit = defaultUnit;
    BigDecimal factor = BigDecimal.ONE;
    if (scale != null) {
      String s = scale.toLowerCase(Locale.ROOT);
      if (BYTE_SCALES.containsKey(s) && !s.equals("b")) {
        factor = BYTE_SCALES.get(s);
        unit = Unit.BYTES;
      } else if (SCALES.containsKey(s)) {
        factor = SCALES.get(s);
      } else if (unitWord == null && unitOf(s).isPresent()) {
        unit = unitOf(s).get();
      } else {
        throw new NotationException(
            NOTATION, trimmed, m.start("scale"), scale, "unknown scale or unit");
      }
    }
    if (unitWord != null) {
      if (scale != null
          && BYTE_SCALES.containsKey(scale.toLowerCase(Locale.ROOT))
          && unit == Unit.BYTES) {
        throw new NotationException(
            NOTATION, trimmed, m.start("unit"), unitWord, "a byte size takes no further unit");
      }
      unit =
          unitOf(unitWord.toLowerCase(Locale.ROOT))
              .orElseThrow(
                  () ->
                      new NotationException(
                          NOTATION, trimmed, m.start("unit"), unitWord, "unknown unit"));
    }
    return Optional.of(Quantity.of(amount.multiply(factor), unit));
  }

  private static Optional<Unit> unitOf(String word) {
    Optional<Unit> unit = Unit.find(word);
    if (unit.isEmpty() && word.endsWith("s")) {
      return Optional.empty();
    }
    return unit.isPresent() ? unit : Unit.find(word + "s");
  }

  private static String firstToken(String text, int at) {
    int end = at;
    while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    return text.substring(at, Math.min(end, at + 20));
  }
}
