package io.github.genaitaxonomy.core;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.genaitaxonomy.core.internal.Text;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * An exact, non-negative amount in a {@link Unit}: 137 billion parameters, 680,000 hours, 61.7
 * percent.
 *
 * <p>Amounts are decimal, never floating point, and are kept without trailing zeros, so {@code
 * 1.50} and {@code 1.5} give equal quantities. An amount has at most 30 digits before the point and
 * 12 after it, and is written with at most 100 digits (trailing zeros included). Every violation is
 * an {@link InvalidAttributeException} naming {@code Quantity.amount}; its message quotes at most
 * {@value io.github.genaitaxonomy.core.internal.Text#MAX_QUOTED} characters of the amount.
 *
 * <pre>{@code
 * Quantity.of(137_000_000_000L, Unit.PARAMETERS).toString();   // "137000000000 parameters"
 * Quantity.of(new BigDecimal("715.1e9"), Unit.BYTES)           // 715.1 GB
 * }</pre>
 */
@Value.Immutable(builder = false)
public abstract class Quantity implements Comparable<Quantity> {
  /** Far above any real count: 10^30 is more than every token ever written. */
  private static final int MAX_INTEGER_DIGITS = 30;

  private static final int MAX_DECIMALS = 12;

  /** Digits as written, trailing zeros included: bounds the work before the zeros are stripped. */
  private static final int MAX_WRITTEN_DIGITS = 100;

  /** The longest amount text read: the digits, a sign, a point and an exponent. */
  private static final int MAX_TEXT_LENGTH = 128;

  Quantity() {}

  /** The amount, without trailing zeros. */
  @Value.Parameter
  public abstract BigDecimal amount();

  /** The unit. */
  @Value.Parameter
  public abstract Unit unit();

  /**
   * Checks the bounds from {@code precision} and {@code scale} alone, in {@code long} arithmetic,
   * before anything expands the amount: an exponent such as {@code 1e2147483647} is rejected
   * without building its digits.
   */
  @Value.Check
  @SuppressWarnings("BigDecimalEquals") // scale matters: equal only when already normalized
  Quantity normalize() {
    BigDecimal amount = amount();
    if (amount.signum() < 0) {
      throw invalid("must not be negative but was " + describe(amount));
    }
    if (amount.signum() == 0) {
      return amount.scale() == 0 ? this : ImmutableQuantity.of(BigDecimal.ZERO, unit());
    }
    // The number of digits before the point, as long: precision - scale cannot overflow a long.
    long integerDigits = (long) amount.precision() - amount.scale();
    if (integerDigits > MAX_INTEGER_DIGITS) {
      throw invalid(
          "must have at most "
              + MAX_INTEGER_DIGITS
              + " digits before the point but was "
              + describe(amount));
    }
    if (amount.precision() > MAX_WRITTEN_DIGITS) {
      throw invalid(
          "must be written with at most "
              + MAX_WRITTEN_DIGITS
              + " digits but was "
              + describe(amount));
    }
    // At most MAX_WRITTEN_DIGITS digits and 30 before the point: nothing below can expand.
    BigDecimal stripped = amount.stripTrailingZeros();
    if (stripped.scale() > MAX_DECIMALS) {
      throw invalid(
          "must have at most "
              + MAX_DECIMALS
              + " digits after the point but was "
              + describe(amount));
    }
    if (stripped.scale() < 0) {
      stripped = stripped.setScale(0);
    }
    return stripped.equals(amount) ? this : ImmutableQuantity.of(stripped, unit());
  }

  /**
   * The amount for a message, never expanded: its plain form when short, its scientific form when
   * its digits are few, otherwise only its number of digits and its magnitude.
   */
  private static String describe(BigDecimal amount) {
    long integerDigits = (long) amount.precision() - amount.scale();
    if (amount.precision() <= Text.MAX_QUOTED
        && Math.abs(amount.scale()) <= Text.MAX_QUOTED
        && integerDigits <= Text.MAX_QUOTED) {
      return amount.toPlainString();
    }
    if (amount.precision() <= Text.MAX_QUOTED) {
      return amount.toString();
    }
    // Far too many digits to print, or even to convert: the size and the magnitude are enough.
    return "a number of " + amount.precision() + " digits, about 10^" + (integerDigits - 1);
  }

  private static InvalidAttributeException invalid(String problem) {
    return new InvalidAttributeException("Quantity", "amount", "Quantity.amount " + problem);
  }

  /**
   * The quantity.
   *
   * @throws InvalidAttributeException naming {@code Quantity.amount} when the amount is negative or
   *     out of bounds
   */
  public static Quantity of(BigDecimal amount, Unit unit) {
    return ImmutableQuantity.of(checkNotNull(amount, "amount"), checkNotNull(unit, "unit"));
  }

  /**
   * The quantity.
   *
   * @throws InvalidAttributeException naming {@code Quantity.amount} when the amount is negative or
   *     out of bounds
   */
  public static Quantity of(long amount, Unit unit) {
    return of(BigDecimal.valueOf(amount), unit);
  }

  /**
   * The quantity, read from decimal text such as {@code 1.56e12} of at most 128 characters.
   *
   * @throws InvalidAttributeException naming {@code Quantity.amount} when the text is not a decimal
   *     number, or the amount is negative or out of bounds
   */
  public static Quantity of(String amount, Unit unit) {
    checkNotNull(amount, "amount");
    checkNotNull(unit, "unit");
    if (amount.length() > MAX_TEXT_LENGTH) {
      // Checked before parsing: BigDecimal's parser takes quadratic time in the digits.
      throw new InvalidAttributeException(
          "Quantity",
          "amount",
          "Quantity.amount must be written with at most "
              + MAX_TEXT_LENGTH
              + " characters but was "
              + Text.quote(amount));
    }
    BigDecimal parsed;
    try {
      parsed = new BigDecimal(amount);
    } catch (NumberFormatException e) {
      throw new InvalidAttributeException(
          "Quantity",
          "amount",
          "Quantity.amount must be a decimal number but was " + Text.quote(amount));
    }
    return of(parsed, unit);
  }

  /** Compares amounts of the same unit. */
  @Override
  public int compareTo(Quantity other) {
    checkNotNull(other, "other");
    if (unit() != other.unit()) {
      throw new IllegalArgumentException(
          "Cannot compare " + unit().id() + " with " + other.unit().id());
    }
    return amount().compareTo(other.amount());
  }

  /** {@code 680000 hours}. */
  @Override
  public String toString() {
    return amount().toPlainString() + " " + unit().id();
  }
}
