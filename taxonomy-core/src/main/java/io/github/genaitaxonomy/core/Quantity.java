package io.github.genaitaxonomy.core;

import java.math.BigDecimal;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * An exact, non-negative amount in a {@link Unit}: 137 billion parameters, 680,000 hours, 61.7
 * percent.
 *
 * <p>Amounts are decimal, never floating point, and are kept without trailing zeros, so
 * {@code 1.50} and {@code 1.5} give equal quantities. An amount has at most 30 digits before the
 * point and 12 after it.
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

  Quantity() {}

  /** The amount, without trailing zeros. */
  @Value.Parameter
  public abstract BigDecimal amount();

  /** The unit. */
  @Value.Parameter
  public abstract Unit unit();

  @Value.Check
  Quantity normalize() {
    if (amount().signum() < 0) {
      throw new IllegalArgumentException(
          "Quantity.amount must not be negative but was " + amount().toPlainString());
    }
    if (amount().precision() - amount().scale() > MAX_INTEGER_DIGITS) {
      throw new IllegalArgumentException(
          "Quantity.amount must have at most " + MAX_INTEGER_DIGITS + " digits before the point");
    }
    BigDecimal stripped = amount().stripTrailingZeros();
    if (stripped.scale() > MAX_DECIMALS) {
      throw new IllegalArgumentException(
          "Quantity.amount must have at most " + MAX_DECIMALS + " digits after the point");
    }
    if (stripped.scale() < 0) {
      stripped = stripped.setScale(0);
    }
    return stripped.scale() == amount().scale() ? this : ImmutableQuantity.of(stripped, unit());
  }

  /** The quantity. */
  public static Quantity of(BigDecimal amount, Unit unit) {
    return ImmutableQuantity.of(amount, unit);
  }

  /** The quantity. */
  public static Quantity of(long amount, Unit unit) {
    return of(BigDecimal.valueOf(amount), unit);
  }

  /** The quantity, read from decimal text such as {@code 1.56e12}. */
  public static Quantity of(String amount, Unit unit) {
    Objects.requireNonNull(unit, "unit");
    try {
      return of(new BigDecimal(amount), unit);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "Quantity.amount must be a decimal number but was '" + amount + "'", e);
    }
  }

  /** Compares amounts of the same unit. */
  @Override
  public int compareTo(Quantity other) {
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
