package io.github.genaitaxonomy.core.analytics;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.genaitaxonomy.core.InvalidAttributeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * How concentrated a set of models is among the organizations that developed them.
 *
 * <pre>{@code
 * Concentration c = Concentration.of(Map.of("openai", 3.0, "google", 1.0));
 * c.top1Share();   // 0.75
 * c.hhi();         // 0.625 = 0.75² + 0.25²
 * }</pre>
 *
 * <p>Shares are fractions from 0 to 1 of the counted weight; the Herfindahl–Hirschman index is the
 * sum of the squared shares, from 1/n (n equal organizations) to 1 (one organization).
 */
@Value.Immutable
public abstract class Concentration {
  /** The cumulative share {@link #orgsFor80Percent()} must reach. */
  public static final double COVERAGE = 0.8;

  private static final double EPSILON = 1e-9;
  private static final int TOP = 6;

  Concentration() {}

  /** Number of organizations with a positive weight. */
  public abstract int organizations();

  /** The largest organization's share, 0 when there is none. */
  public abstract double top1Share();

  /** The combined share of the six largest organizations. */
  public abstract double top6Share();

  /** The Herfindahl–Hirschman index: the sum of the squared shares, 0 to 1. */
  public abstract double hhi();

  /** The fewest organizations whose shares, largest first, add up to at least 80 %. */
  public abstract int orgsFor80Percent();

  /** The organization ids, largest weight first, then by id. */
  public abstract ImmutableList<String> ranking();

  /**
   * The concentration of the weights, one per organization id.
   *
   * @throws InvalidAttributeException when a weight is negative or not finite
   */
  public static Concentration of(Map<String, Double> weights) {
    checkNotNull(weights, "weights");
    List<Map.Entry<String, Double>> entries = new ArrayList<>();
    double total = 0;
    for (Map.Entry<String, Double> entry : weights.entrySet()) {
      double weight = entry.getValue();
      if (!(weight >= 0) || Double.isInfinite(weight)) {
        throw new InvalidAttributeException(
            "Concentration",
            "weights",
            "Concentration.weights must be finite and not negative but was "
                + weight
                + " for '"
                + entry.getKey()
                + "'");
      }
      if (weight > 0) {
        entries.add(entry);
        total += weight;
      }
    }
    entries.sort(
        Map.Entry.<String, Double>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()));
    double top1 = 0;
    double top6 = 0;
    double hhi = 0;
    double cumulative = 0;
    int for80 = 0;
    ImmutableList.Builder<String> ranking = ImmutableList.builder();
    for (int i = 0; i < entries.size(); i++) {
      double share = entries.get(i).getValue() / total;
      ranking.add(entries.get(i).getKey());
      if (i == 0) {
        top1 = share;
      }
      if (i < TOP) {
        top6 += share;
      }
      hhi += share * share;
      if (cumulative < COVERAGE - EPSILON) {
        cumulative += share;
        for80 = i + 1;
      }
    }
    return ImmutableConcentration.builder()
        .organizations(entries.size())
        .top1Share(top1)
        .top6Share(Math.min(1, top6))
        .hhi(hhi)
        .orgsFor80Percent(for80)
        .ranking(ranking.build())
        .build();
  }
}
