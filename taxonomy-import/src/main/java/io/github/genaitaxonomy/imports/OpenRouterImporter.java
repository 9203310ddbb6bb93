package io.github.genaitaxonomy.imports;

import io.github.genaitaxonomy.core.Access;
import io.github.genaitaxonomy.core.OrganizationKind;
import io.github.genaitaxonomy.core.Source;
import io.github.genaitaxonomy.core.interop.NotationResult;
import io.github.genaitaxonomy.core.interop.OpenRouterNotation;
import io.github.genaitaxonomy.imports.internal.Assembler;
import io.github.genaitaxonomy.imports.internal.Draft;
import io.github.genaitaxonomy.imports.internal.Lines;
import io.github.genaitaxonomy.imports.internal.Notations;
import io.github.genaitaxonomy.imports.internal.RecordValues;
import io.github.genaitaxonomy.imports.internal.Slugs;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a saved response of OpenRouter's models API ({@code GET /api/v1/models}: {@code
 * {"data":[{"id":"vendor/model", ...}]}}) into a catalog.
 *
 * <p>Each entry of {@code data} is one record and one model. The vendor before the {@code /} of
 * {@code id} is the developer, under the name before the {@code :} of {@code name} ({@code
 * "Anthropic: Claude 3.5 Haiku"}) when there is one; its kind is unknown. The model's name is the
 * rest of {@code name}. {@code created} is the month OpenRouter listed the model, which is the
 * model's release month only as far as OpenRouter's listing dates it; core's release month carries
 * no confidence, so every model's summary says where the month comes from. {@code
 * architecture.modality} (or, without it, the two modality lists) goes through {@link
 * OpenRouterNotation}; the record's source is {@code https://openrouter.ai/<id>}.
 *
 * <pre>{@code
 * ImportResult result = OpenRouterImporter.read(Path.of("models.json"));
 * result.report().skipped();
 * }</pre>
 */
public final class OpenRouterImporter {
  /** The catalog id in the sources this importer writes. */
  public static final String CATALOG = "openrouter";

  private static final int MAX_ID = 200;

  /** 9999-12-31T23:59:59Z in seconds since 1970. */
  private static final long LAST_SECOND = 253_402_300_799L;

  private OpenRouterImporter() {}

  /**
   * Reads one saved models API response.
   *
   * @throws ImportException naming the file, the record and the line when the file is not JSON, not
   *     of the models API's shape, or a field has the wrong type
   */
  public static ImportResult read(Path path) {
    return read(path, ImportMode.LENIENT);
  }

  /**
   * Reads one saved models API response, skipping or stopping at an entry that cannot be imported
   * as {@code mode} says.
   *
   * @throws ImportException as {@link #read(Path)} does, or, in {@link ImportMode#STRICT}, at the
   *     first entry that cannot be imported
   */
  public static ImportResult read(Path path, ImportMode mode) {
    return assemble(path, mode).finish();
  }

  /**
   * Reads as {@link #read(Path, ImportMode)} does, but gives the organizations, models and report
   * entries to {@code sink} instead of building a catalog. The records are held in memory while
   * they are resolved (a OpenRouter models response is small).
   *
   * @return the counts of the report, whose entries went to the sink
   * @throws ImportException as {@link #read(Path)} does, or, in {@link ImportMode#STRICT}, at the
   *     first entry that cannot be imported
   */
  public static ImportSummary read(Path path, ImportMode mode, ImportSink sink) {
    return assemble(path, mode).finish(sink);
  }

  private static Assembler assemble(Path path, ImportMode mode) {
    JsonMapper mapper = JsonMapper.builder().build();
    String file = Slugs.fileName(String.valueOf(path.getFileName()));
    JsonNode root;
    try (InputStream in = Files.newInputStream(path)) {
      root = mapper.readTree(in);
    } catch (JacksonException e) {
      throw new ImportException(
          file,
          "",
          e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
          "malformed JSON: " + e.getOriginalMessage(),
          e);
    } catch (IOException e) {
      throw new ImportException(file, "", 0, "cannot read the file: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject() || !root.path("data").isArray()) {
      throw new ImportException(
          file,
          "",
          1,
          "not an OpenRouter models response: expected an object with a 'data' list",
          null);
    }
    Reader reader = new Reader(mapper, path, file, mode);
    Assembler out = new Assembler(mode);
    JsonNode data = root.path("data");
    for (int i = 0; i < data.size(); i++) {
      reader.entry(i, data.get(i), out);
    }
    return out;
  }

  /** Reads the entries of one file; knows where they are for messages. */
  private record Reader(JsonMapper mapper, Path path, String file, ImportMode mode) {
    void entry(int index, JsonNode n, Assembler out) {
      String at = "/data/" + index;
      if (!n.isObject()) {
        throw wrongType(at, "#" + index, "data[" + index + "] must be an object");
      }
      String id = text(n, at, "#" + index, "id").orElse("");
      String record = file + "#" + (id.isEmpty() ? String.valueOf(index) : id);
      int slash = id.indexOf('/');
      if (slash <= 0 || slash == id.length() - 1 || id.length() > MAX_ID) {
        out.skip(
            file,
            record,
            skipLine(at + "/id"),
            "id '" + Notations.shorten(id) + "' is not of the form vendor/model");
        return;
      }
      String vendor = id.substring(0, slash);
      String fullName = text(n, at, record, "name").orElse(id.substring(slash + 1));
      int colon = fullName.indexOf(": ");
      String vendorName = colon > 0 ? fullName.substring(0, colon) : vendor;
      String name = colon > 0 ? fullName.substring(colon + 2).strip() : fullName;
      NotationResult modalities = modalities(n, at, record);
      if (modalities.kind() == NotationResult.Kind.NOT_GENERATIVE) {
        out.skip(
            file,
            record,
            skipLine(at + "/architecture"),
            "not generative: " + modalities.problem());
        return;
      }
      if (modalities.signature().isEmpty()) {
        out.skip(
            file,
            record,
            skipLine(at + "/architecture"),
            "unclassified: modality '"
                + Notations.shorten(modalities.input())
                + "': "
                + modalities.problem());
        return;
      }
      JsonNode created = n.path("created");
      if (!created.isMissingNode() && !created.isNull() && !created.canConvertToLong()) {
        throw wrongType(at + "/created", record, "created must be a number of seconds");
      }
      if (!created.canConvertToLong()) {
        out.skip(file, record, skipLine(at), "no created date with a month");
        return;
      }
      if (created.asLong() < 0 || created.asLong() > LAST_SECOND) {
        throw wrongType(
            at + "/created",
            record,
            "created must be seconds from 1970 to 9999 but was " + created);
      }
      YearMonth month =
          YearMonth.from(Instant.ofEpochSecond(created.asLong()).atOffset(ZoneOffset.UTC));
      Source source =
          RecordValues.url("https://openrouter.ai/" + id)
              .orElseGet(() -> Source.catalog(CATALOG, file, id));
      Draft draft = new Draft(record, name, source, file, 0);
      draft.addDeveloper(vendorName, OrganizationKind.UNKNOWN);
      String description = text(n, at, record, "description").orElse("");
      draft
          .builder()
          .signature(modalities.signature().get())
          .released(month)
          .addAccess(Access.API)
          .paperAbsentReason("OpenRouter names no paper for this model")
          .summary(
              (description.isEmpty() ? name + " is served through OpenRouter." : description)
                  + " OpenRouter listed it in "
                  + month
                  + ", the month that stands for its release here.");
      if (!fullName.equals(name)) {
        draft.builder().addAliases(fullName);
      }
      if (n.path("context_length").canConvertToLong() && n.path("context_length").asLong() > 0) {
        draft.leftOut("context_length: no context-length attribute on a model");
      }
      text(n, at, record, "hugging_face_id")
          .ifPresent(
              h ->
                  draft.leftOut(
                      "hugging_face_id '"
                          + Notations.shorten(h)
                          + "': a model repository, not evidence of open weights"));
      out.add(draft);
    }

    private NotationResult modalities(JsonNode n, String at, String record) {
      JsonNode architecture = n.path("architecture");
      if (!architecture.isMissingNode() && !architecture.isObject()) {
        throw wrongType(at + "/architecture", record, "architecture must be an object");
      }
      Optional<String> modality = text(architecture, at + "/architecture", record, "modality");
      if (modality.isPresent()) {
        return OpenRouterNotation.read(modality.get());
      }
      List<String> inputs = tokens(architecture, at + "/architecture", record, "input_modalities");
      List<String> outputs =
          tokens(architecture, at + "/architecture", record, "output_modalities");
      return OpenRouterNotation.read(
          inputs.isEmpty() || outputs.isEmpty()
              ? ""
              : String.join("+", inputs) + "->" + String.join("+", outputs));
    }

    private List<String> tokens(JsonNode n, String at, String record, String field) {
      JsonNode list = n.path(field);
      if (list.isMissingNode() || list.isNull()) {
        return List.of();
      }
      if (!list.isArray()) {
        throw wrongType(at + "/" + field, record, field + " must be a list of strings");
      }
      List<String> tokens = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        if (!list.get(i).isString()) {
          throw wrongType(
              at + "/" + field + "/" + i, record, field + "[" + i + "] must be a string");
        }
        tokens.add(list.get(i).asString());
      }
      return tokens;
    }

    private Optional<String> text(JsonNode n, String at, String record, String field) {
      JsonNode v = n.path(field);
      if (v.isMissingNode() || v.isNull()) {
        return Optional.empty();
      }
      if (!v.isString()) {
        throw wrongType(at + "/" + field, record, field + " must be a string");
      }
      String text = v.asString().strip();
      return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** The line of a skipped entry, found only when the skip stops the import. */
    private long skipLine(String pointer) {
      return mode == ImportMode.STRICT ? line(pointer) : 0;
    }

    private long line(String pointer) {
      return Lines.of(mapper, path, JsonPointer.compile(pointer));
    }

    private ImportException wrongType(String pointer, String record, String problem) {
      return new ImportException(file, record, line(pointer), problem, null);
    }
  }
}
