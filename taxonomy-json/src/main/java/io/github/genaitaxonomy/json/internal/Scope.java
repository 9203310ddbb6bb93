package io.github.genaitaxonomy.json.internal;

import io.github.genaitaxonomy.core.InvalidAttributeException;
import io.github.genaitaxonomy.json.CatalogFormatException;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * The keys of one JSON object being read by a {@link Decoder}: which were seen, and where the
 * object starts. Its errors about the object as a whole are made after the object's end, where the
 * parser's context gives the object's path.
 *
 * <pre>{@code
 * Scope o = decoder.beginObject(keys);
 * while (o.next()) {
 *   switch (o.key()) { ... }      // the parser is on the key's value
 * }
 * o.finish();                      // a required key missing fails here
 * }</pre>
 */
public final class Scope {
  private final Decoder d;
  private final JsonParser p;
  private final Keys keys;
  private final TokenStreamLocation start;
  private final boolean[] seen;

  /** Every key read, when the decoder rejects repeated keys itself. */
  private final @Nullable Set<String> names;

  private String key = "";
  private int index = -1;

  Scope(Decoder d, Keys keys, TokenStreamLocation start) {
    this.d = d;
    this.p = d.parser();
    this.keys = keys;
    this.start = start;
    this.seen = new boolean[keys.names().size()];
    this.names = d.checksDuplicates() ? new HashSet<>() : null;
  }

  /** Marks {@code first}, one of the keys, as read, its value being the current token. */
  void resume(String first) {
    index = keys.indexOf(first);
    seen[index] = true;
    if (names != null) {
      names.add(first);
    }
    key = first;
  }

  /**
   * Moves to the value of the next known key and returns {@code true}, or returns {@code false} at
   * the end of the object. Rejects unknown keys, or skips them when lenient.
   */
  public boolean next() {
    while (true) {
      int i = p.nextNameMatch(keys.matcher());
      if (i == PropertyNameMatcher.MATCH_END_OBJECT || i == PropertyNameMatcher.MATCH_ODD_TOKEN) {
        return false;
      }
      String name = i >= 0 ? keys.names().get(i) : p.currentName();
      if (names != null && !names.add(name)) {
        throw d.error("duplicate key " + Decoder.quote(name) + " in " + keys.what());
      }
      if (i < 0) {
        if (!d.ignoresUnknownKeys()) {
          throw d.error(
              "unknown key "
                  + Decoder.quote(name)
                  + " in "
                  + keys.what()
                  + "; allowed keys: "
                  + String.join(", ", keys.names()));
        }
        p.nextToken();
        d.skipValue();
        continue;
      }
      seen[i] = true;
      p.nextToken();
      key = name;
      index = i;
      return true;
    }
  }

  /** The key whose value the parser is on. */
  public String key() {
    return key;
  }

  /** The position of {@link #key()} among the keys, in write order. */
  public int index() {
    return index;
  }

  /** Skips the value of the current key. */
  public void skip() {
    d.skipValue();
  }

  /** At the end of the object: fails on the first required key that is missing. */
  public void finish() {
    for (String name : keys.required()) {
      if (!seen[keys.indexOf(name)]) {
        throw missing(
            "missing required key "
                + Decoder.quote(name)
                + " in "
                + keys.what()
                + "; required: "
                + String.join(", ", keys.required()));
      }
    }
  }

  /** An error about the object as a whole, after its end: at its start. */
  public CatalogFormatException missing(String problem) {
    return Decoder.errorAt(d.path(), Position.of(start, d.lineOffset()), problem, null);
  }

  /**
   * An error at the value of {@code name}, after the object's end: at that key's path when it was
   * read, else at the object; located at the object's start.
   */
  public CatalogFormatException errorAt(String name, String problem) {
    return errorAt(name, "", problem, null);
  }

  private CatalogFormatException errorAt(
      String name, String suffix, String problem, @Nullable Throwable cause) {
    int i = keys.indexOf(name);
    String path = d.path();
    if (i >= 0 && seen[i]) {
      path = path + JsonPaths.member(name) + suffix;
    }
    return Decoder.errorAt(path, Position.of(start, d.lineOffset()), problem, cause);
  }

  /**
   * Builds the value, after the object's end; an invariant that fails ({@link
   * InvalidAttributeException}) is reported at the key of its attribute ({@code
   * GenerativeModel.lineage[2]} at {@code .lineage[2]}), any other refusal at the object.
   */
  public <T> T build(Supplier<T> builder) {
    try {
      return builder.get();
    } catch (InvalidAttributeException e) {
      String attribute = e.attribute();
      int bracket = attribute.indexOf('[');
      String name = bracket < 0 ? attribute : attribute.substring(0, bracket);
      String suffix = bracket < 0 ? "" : attribute.substring(bracket);
      throw errorAt(keys.keyOf(name), suffix, String.valueOf(e.getMessage()), e);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw Decoder.errorAt(
          d.path(), Position.of(start, d.lineOffset()), String.valueOf(e.getMessage()), e);
    }
  }
}
