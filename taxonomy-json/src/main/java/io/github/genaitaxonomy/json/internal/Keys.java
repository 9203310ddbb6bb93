package io.github.genaitaxonomy.json.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;

/**
 * The keys an object of the format may hold, which of them are required, and how a core attribute
 * name maps to its key.
 */
public final class Keys {
  /** The top-level document. */
  public static final Keys DOCUMENT =
      of("a catalog document", "format!", "organizations!", "techniques!", "models!");

  /** The header line of JSON Lines. */
  public static final Keys HEADER = of("a JSON Lines header", "format!", "kind!");

  private final String what;
  private final ImmutableList<String> names;
  private final ImmutableSet<String> required;
  private final ImmutableMap<String, String> renames;
  private final PropertyNameMatcher matcher;

  private Keys(
      String what,
      ImmutableList<String> names,
      ImmutableSet<String> required,
      ImmutableMap<String, String> renames) {
    this.what = what;
    this.names = names;
    this.required = required;
    this.renames = renames;
    List<Named> named = new ArrayList<>(names.size());
    for (String name : names) {
      named.add(Named.fromString(name));
    }
    // As JsonFactory.constructNameMatcher makes it for its byte parsers; other parsers match the
    // name's string.
    this.matcher = BinaryNameMatcher.constructFrom(named, false, false);
  }

  /** Keys of the object described by {@code what}; a name ending in {@code !} is required. */
  static Keys of(String what, String... specs) {
    ImmutableList.Builder<String> names = ImmutableList.builder();
    ImmutableSet.Builder<String> required = ImmutableSet.builder();
    for (String spec : specs) {
      String name = spec.endsWith("!") ? spec.substring(0, spec.length() - 1) : spec;
      names.add(name);
      if (!name.equals(spec)) {
        required.add(name);
      }
    }
    return new Keys(what, names.build(), required.build(), ImmutableMap.of());
  }

  /** The keys {@code names} in order, of which {@code required} must be present. */
  static Keys of(
      String what, List<String> names, List<String> required, Map<String, String> renames) {
    return new Keys(
        what,
        ImmutableList.copyOf(names),
        ImmutableSet.copyOf(required),
        ImmutableMap.copyOf(renames));
  }

  /** These keys, plus the optional key {@code name}. */
  public Keys plus(String name) {
    return new Keys(
        what, ImmutableList.<String>builder().addAll(names).add(name).build(), required, renames);
  }

  /** What the object is, with its article: {@code a model}. */
  public String what() {
    return what;
  }

  /** Every key, in the order the format writes them. */
  public ImmutableList<String> names() {
    return names;
  }

  /** The keys that must be present. */
  public ImmutableSet<String> required() {
    return required;
  }

  /** Whether {@code name} is one of the keys. */
  public boolean contains(String name) {
    return indexOf(name) >= 0;
  }

  /** The position of {@code name} in {@link #names()}, or -1 when it is not one of the keys. */
  public int indexOf(String name) {
    int i = matcher.matchName(name);
    return i < 0 ? -1 : i;
  }

  /**
   * Matches a key as the parser reads it to its position in {@link #names()}, without making a
   * string of it (see {@link tools.jackson.core.JsonParser#nextNameMatch}).
   */
  PropertyNameMatcher matcher() {
    return matcher;
  }

  /**
   * The key that holds the core attribute {@code attribute}: {@code surveyCategory -> category}.
   */
  public String keyOf(String attribute) {
    return renames.getOrDefault(attribute, attribute);
  }
}
