package io.github.genaitaxonomy.imports.internal;

import io.github.genaitaxonomy.imports.ImportException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The YAML front matter of a Markdown file: the first line is exactly {@code ---} (after a byte
 * order mark, if any), and the front matter runs up to the next line that is exactly {@code ---}.
 * Only those lines are read; the body is never loaded. Line numbers are the file's own.
 */
public final class FrontMatter {
  private static final YAMLMapper MAPPER = YAMLMapper.builder().build();
  private static final String FENCE = "---";

  private final String file;
  private final String record;
  private final JsonNode root;
  private final Map<String, Long> lines;

  private FrontMatter(String file, String record, JsonNode root, Map<String, Long> lines) {
    this.file = file;
    this.record = record;
    this.root = root;
    this.lines = lines;
  }

  /**
   * The front matter of the file, empty when its first line is not {@code ---}.
   *
   * @throws ImportException when the file cannot be read, the front matter is never closed, its
   *     YAML is malformed or it is not a mapping
   */
  public static Optional<FrontMatter> read(Path path, String record) {
    String file = String.valueOf(path);
    StringBuilder yaml = new StringBuilder();
    try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      String first = in.readLine();
      if (first != null && first.startsWith("\uFEFF")) {
        first = first.substring(1);
      }
      if (first == null || !first.equals(FENCE)) {
        return Optional.empty();
      }
      boolean closed = false;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.equals(FENCE)) {
          closed = true;
          break;
        }
        yaml.append(line).append('\n');
      }
      if (!closed) {
        throw new ImportException(
            file, record, 1, "the front matter opened on line 1 is never closed by ---", null);
      }
    } catch (IOException e) {
      throw new ImportException(file, record, 0, "cannot read the file: " + e.getMessage(), e);
    }
    String text = yaml.toString();
    Map<String, Long> lines = new HashMap<>();
    JsonNode root;
    try {
      try (JsonParser p = MAPPER.createParser(text)) {
        int depth = 0;
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
          if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            depth++;
          } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
            depth--;
          } else if (t == JsonToken.PROPERTY_NAME && depth == 1) {
            lines.putIfAbsent(p.currentName(), p.currentTokenLocation().getLineNr() + 1L);
          }
        }
      }
      root = MAPPER.readTree(text);
    } catch (JacksonException e) {
      long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr() + 1L;
      throw new ImportException(
          file, record, line, "malformed YAML front matter: " + e.getOriginalMessage(), e);
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return Optional.of(new FrontMatter(file, record, MAPPER.createObjectNode(), lines));
    }
    if (!root.isObject()) {
      throw new ImportException(
          file, record, 2, "the front matter is not a YAML mapping of metadata fields", null);
    }
    return Optional.of(new FrontMatter(file, record, root, lines));
  }

  /** Whether the field is present with a value. */
  public boolean has(String field) {
    JsonNode v = root.path(field);
    return !v.isMissingNode() && !v.isNull();
  }

  /** The line of the field in the file, or 1 (the opening line) when not known. */
  public long line(String field) {
    return lines.getOrDefault(field, 1L);
  }

  /**
   * A scalar field's text, empty when absent or blank.
   *
   * @throws ImportException naming the field's line when it is a list or a mapping
   */
  public Optional<String> string(String field) {
    JsonNode v = root.path(field);
    if (v.isMissingNode() || v.isNull()) {
      return Optional.empty();
    }
    if (v.isContainer()) {
      throw wrongType(field, "a single value");
    }
    String text = v.asString().strip();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  /**
   * A field that is one value or a list of values, as a list; empty when absent.
   *
   * @throws ImportException naming the field's line when it is a mapping or a list holds one
   */
  public List<String> strings(String field) {
    JsonNode v = root.path(field);
    List<String> out = new ArrayList<>();
    if (v.isMissingNode() || v.isNull()) {
      return out;
    }
    if (v.isObject()) {
      throw wrongType(field, "a value or a list of values");
    }
    if (!v.isArray()) {
      string(field).ifPresent(out::add);
      return out;
    }
    for (JsonNode item : v) {
      if (item.isContainer()) {
        throw wrongType(field, "a list of values");
      }
      String text = item.asString().strip();
      if (!text.isEmpty()) {
        out.add(text);
      }
    }
    return out;
  }

  private ImportException wrongType(String field, String expected) {
    return new ImportException(
        file,
        record,
        line(field),
        field + " must be " + expected + ", not " + kind(root.path(field)),
        null);
  }

  private static String kind(JsonNode v) {
    return v.isObject() ? "a mapping" : v.isArray() ? "a list" : "a value";
  }
}
