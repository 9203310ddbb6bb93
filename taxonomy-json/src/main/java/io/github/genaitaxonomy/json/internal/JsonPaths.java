package io.github.genaitaxonomy.json.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.TokenStreamContext;

/** JSON paths such as {@code $.models[3].released}, from a parser's context. */
public final class JsonPaths {
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private JsonPaths() {}

  /** The path of the parser's current value: {@code $} at the root. */
  public static String of(@Nullable TokenStreamContext context) {
    Deque<String> segments = new ArrayDeque<>();
    for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        if (c.hasCurrentIndex()) {
          segments.push("[" + c.getCurrentIndex() + "]");
        }
      } else {
        String name = c.currentName();
        if (name != null) {
          segments.push(member(name));
        }
      }
    }
    return "$" + String.join("", segments);
  }

  /** {@code .name}, or {@code ['na me']} when the name is not an identifier. */
  public static String member(String name) {
    return IDENTIFIER.matcher(name).matches()
        ? "." + name
        : "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }
}
