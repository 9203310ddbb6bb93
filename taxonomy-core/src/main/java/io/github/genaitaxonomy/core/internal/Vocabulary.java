package io.github.genaitaxonomy.core.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.genaitaxonomy.core.Modality;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The tokens one side of a notation accepts: each token stands for one or more modalities, or is
 * known but rejected with a stated reason (an embedding is not a generative output).
 *
 * <p>Tokens are matched exactly; a parser that is lenient about case or spacing normalises the
 * token before it asks.
 */
public final class Vocabulary {
  private final String what;
  private final ImmutableMap<String, ImmutableList<Modality>> terms;
  private final ImmutableMap<String, String> rejected;

  private Vocabulary(
      String what,
      ImmutableMap<String, ImmutableList<Modality>> terms,
      ImmutableMap<String, String> rejected) {
    this.what = what;
    this.terms = terms;
    this.rejected = rejected;
  }

  /** The vocabulary of our canonical modality ids. */
  public static Vocabulary modalityIds() {
    Builder builder = builder("modality id");
    for (Modality modality : Modality.values()) {
      builder.add(modality.id(), modality);
    }
    return builder.build();
  }

  /** A builder for a vocabulary described as {@code what}, such as "OpenRouter input modality". */
  public static Builder builder(String what) {
    return new Builder(what);
  }

  /** What a token of this vocabulary is, for messages: {@code modality id}. */
  public String what() {
    return what;
  }

  /** The modalities {@code token} stands for; empty when the token is unknown or rejected. */
  public Optional<ImmutableList<Modality>> modalities(String token) {
    return Optional.ofNullable(terms.get(token));
  }

  /** Why {@code token} is known but refused; empty when it is accepted or unknown. */
  public Optional<String> rejection(String token) {
    return Optional.ofNullable(rejected.get(token));
  }

  /** Whether the token is accepted or known-and-rejected. */
  public boolean knows(String token) {
    return terms.containsKey(token) || rejected.containsKey(token);
  }

  /** The accepted tokens, in the order they were added. */
  public ImmutableList<String> tokens() {
    return terms.keySet().asList();
  }

  /** Collects the tokens of a {@link Vocabulary}. */
  public static final class Builder {
    private final String what;
    private final Map<String, ImmutableList<Modality>> terms = new LinkedHashMap<>();
    private final Map<String, String> rejected = new LinkedHashMap<>();

    private Builder(String what) {
      this.what = what;
    }

    /** Accepts {@code token} as the given modalities. */
    public Builder add(String token, Modality first, Modality... rest) {
      check(token);
      terms.put(token, ImmutableList.<Modality>builder().add(first).add(rest).build());
      return this;
    }

    /** Knows {@code token} but refuses it, explaining why. */
    public Builder reject(String token, String reason) {
      check(token);
      rejected.put(token, reason);
      return this;
    }

    private void check(String token) {
      if (terms.containsKey(token) || rejected.containsKey(token)) {
        throw new IllegalArgumentException("Duplicate " + what + " token '" + token + "'");
      }
    }

    /** The vocabulary. */
    public Vocabulary build() {
      return new Vocabulary(what, ImmutableMap.copyOf(terms), ImmutableMap.copyOf(rejected));
    }
  }
}
