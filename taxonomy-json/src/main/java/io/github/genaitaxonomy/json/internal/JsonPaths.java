package io.github.genaitaxonomy.json.internal;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.TokenStreamContext;

/** JSON paths such as {@code $.models[3].released}, from a parser's context. */
public final class JsonPaths {
  private JsonPaths() {}

  /** The path of the parser's current value: {@code $} at the root. */
  public static String of(@Nullable TokenStreamContext context) {
    int depth = 0;
    for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      depth++;
    }
    if (depth == 0) {
      return "$";
    }
    // Outermost first: fill from the end, since the walk goes from the innermost context out.
    TokenStreamContext[] chain = new TokenStreamContext[depth];
    int i = depth;
    for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      chain[--i] = c;
    }
    StringBuilder path = new StringBuilder(16 + 8 * depth).append('$');
    for (TokenStreamContext c : chain) {
      if (c.inArray()) {
        if (c.hasCurrentIndex()) {
          path.append('[').append(c.getCurrentIndex()).append(']');
        }
      } else {
        String name = c.currentName();
        if (name != null) {
          appendMember(path, name);
        }
      }
    }
    return path.toString();
  }

  /** {@code .name}, or {@code ['na me']} when the name is not an identifier. */
  public static String member(String name) {
    return appendMember(new StringBuilder(name.length() + 4), name).toString();
  }

  private static StringBuilder appendMember(StringBuilder path, String name) {
    if (isIdentifier(name)) {
      return path.append('.').append(name);
    }
    path.append("['");
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '\\' || c == '\'') {
        path.append('\\');
      }
      path.append(c);
    }
    return path.append("']");
  }

  /** Whether {@code name} matches {@code [A-Za-z_][A-Za-z0-9_]*}. */
  private static boolean isIdentifier(String name) {
    int length = name.length();
    if (length == 0 || !isIdentifierStart(name.charAt(0))) {
      return false;
    }
    for (int i = 1; i < length; i++) {
      char c = name.charAt(i);
      if (!isIdentifierStart(c) && (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isIdentifierStart(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
  }
}
