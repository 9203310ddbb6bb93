package io.github.genaitaxonomy.imports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectMapper;

/**
 * The line of a value in a file already read as a tree, found again only when a message needs it:
 * the file is streamed once more and the line of the first token at the pointer is returned.
 */
public final class Lines {
  private Lines() {}

  /**
   * The one-based line of the value at {@code pointer} in {@code file}, or 0 when the file cannot
   * be read again or has no such value.
   */
  public static long of(ObjectMapper mapper, Path file, JsonPointer pointer) {
    try (InputStream in = Files.newInputStream(file);
        JsonParser parser = mapper.createParser(in)) {
      for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
        if (t != JsonToken.PROPERTY_NAME
            && parser.streamReadContext().pathAsPointer().equals(pointer)) {
          return Math.max(0, parser.currentTokenLocation().getLineNr());
        }
      }
    } catch (IOException | JacksonException e) {
      return 0;
    }
    return 0;
  }
}
