package io.github.genaitaxonomy.json.internal;

import io.github.genaitaxonomy.core.Access;
import io.github.genaitaxonomy.core.ClaimAttribute;
import io.github.genaitaxonomy.core.Confidence;
import io.github.genaitaxonomy.core.DiscrepancyKind;
import io.github.genaitaxonomy.core.LineageRelation;
import io.github.genaitaxonomy.core.Modality;
import io.github.genaitaxonomy.core.OrganizationKind;
import io.github.genaitaxonomy.core.SourceKind;
import io.github.genaitaxonomy.core.TechniqueKind;
import io.github.genaitaxonomy.core.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One closed vocabulary of the format, read from its ids: what it is called in messages, how an id
 * is found, and every allowed id, listed only when an id is unknown.
 *
 * <pre>{@code
 * Access access = Choice.ACCESS.read(decoder);                 // "open-weights"
 * List<Modality> inputs = Choice.MODALITY.distinct(decoder, false);
 * }</pre>
 *
 * @param what the vocabulary, for messages: {@code access}, {@code lineage relation}
 * @param find the constant of an id
 * @param ids every id, in order
 * @param <E> the constants' type
 */
public record Choice<E>(
    String what, Function<String, Optional<E>> find, Supplier<? extends List<String>> ids) {

  /** Modalities. */
  public static final Choice<Modality> MODALITY =
      new Choice<>("modality", Modality::find, Modality::ids);

  /** Access. */
  public static final Choice<Access> ACCESS = new Choice<>("access", Access::find, Access::ids);

  /** Confidence. */
  public static final Choice<Confidence> CONFIDENCE =
      new Choice<>("confidence", Confidence::find, Confidence::ids);

  /** Units. */
  public static final Choice<Unit> UNIT = new Choice<>("unit", Unit::find, Unit::ids);

  /** Lineage relations. */
  public static final Choice<LineageRelation> RELATION =
      new Choice<>("lineage relation", LineageRelation::find, LineageRelation::ids);

  /** Discrepancy kinds. */
  public static final Choice<DiscrepancyKind> DISCREPANCY_KIND =
      new Choice<>("discrepancy kind", DiscrepancyKind::find, DiscrepancyKind::ids);

  /** Organization kinds. */
  public static final Choice<OrganizationKind> ORGANIZATION_KIND =
      new Choice<>("organization kind", OrganizationKind::find, OrganizationKind::ids);

  /** Technique kinds. */
  public static final Choice<TechniqueKind> TECHNIQUE_KIND =
      new Choice<>("technique kind", TechniqueKind::find, TechniqueKind::ids);

  /** Source kinds. */
  public static final Choice<SourceKind> SOURCE_KIND =
      new Choice<>("source kind", SourceKind::find, SourceKind::ids);

  /** Claim attributes. */
  public static final Choice<ClaimAttribute> CLAIM_ATTRIBUTE =
      new Choice<>("claim attribute", ClaimAttribute::find, ClaimAttribute::ids);

  /** The constant named by the string at the decoder's current token. */
  public E read(Decoder d) {
    String id = d.string();
    Optional<E> value = find.apply(id);
    if (value.isEmpty()) {
      throw d.error(
          "unknown "
              + what
              + " "
              + Decoder.quote(id)
              + "; allowed: "
              + String.join(", ", ids.get()));
    }
    return value.get();
  }

  /** The array of distinct constants at the decoder's current token; not empty when asked. */
  public List<E> distinct(Decoder d, boolean nonEmpty) {
    d.beginArray(what + " ids");
    List<E> values = new ArrayList<>();
    while (d.nextElement()) {
      E value = read(d);
      if (values.contains(value)) {
        throw d.error("repeats the " + what + " " + Decoder.quote(d.parser().getString()));
      }
      values.add(value);
    }
    if (nonEmpty && values.isEmpty()) {
      // On the array's end: its path is the array's.
      throw d.error("expected at least one " + what + " but the array is empty");
    }
    return values;
  }
}
