package io.github.genaitaxonomy.imports;

import io.github.genaitaxonomy.core.Access;
import io.github.genaitaxonomy.core.OrganizationKind;
import io.github.genaitaxonomy.core.Source;
import io.github.genaitaxonomy.core.interop.ModelsDevNotation;
import io.github.genaitaxonomy.core.interop.NotationResult;
import io.github.genaitaxonomy.imports.internal.Assembler;
import io.github.genaitaxonomy.imports.internal.Draft;
import io.github.genaitaxonomy.imports.internal.Notations;
import io.github.genaitaxonomy.imports.internal.RecordValues;
import io.github.genaitaxonomy.imports.internal.Slugs;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.toml.TomlMapper;

/**
 * Reads models.dev's provider directories ({@code providers/<provider>/provider.toml} and {@code
 * providers/<provider>/models/<model>.toml}) into a catalog.
 *
 * <p>One model served by several providers is one model with one source per provider: two model
 * files describe the same model when their {@code name}s have the same {@link Slugs slug} and their
 * {@code release_date}s the same month. Such files are one record of the report, labelled by the
 * first file and naming the others. The model's inputs and outputs are those any of its files lists
 * (a provider may serve fewer than the model takes), and it has open weights when any file says so.
 *
 * <p>The developer is named only where the data names it: a provider that files a model under a
 * vendor's sub-directory ({@code groq/models/openai/gpt-oss-120b.toml}) or a vendor's dotted prefix
 * ({@code amazon-bedrock/models/anthropic.claude-3-5-haiku-20241022-v1:0.toml}) names that vendor,
 * under the {@code name} of the vendor's own {@code provider.toml} when the import has it. A model
 * no file attributes this way has no developer.
 *
 * <pre>{@code
 * ImportResult result = ModelsDevImporter.read(Path.of("models.dev"));   // the repository root
 * result.catalog().models().size();
 * }</pre>
 */
public final class ModelsDevImporter {
  /** The catalog id in the sources this importer writes. */
  public static final String CATALOG = "models-dev";

  private static final String PROVIDER_FILE = "provider.toml";

  /** Jackson's TOML parser locates no token, so a record's line is not known. */
  private static final long UNKNOWN_LINE = 0;

  private ModelsDevImporter() {}

  /**
   * Reads a models.dev repository root (with {@code providers/}), the {@code providers} directory,
   * one provider's directory, or one model {@code .toml} file.
   *
   * @throws ImportException naming the file, the record and the line when a file is not TOML, or a
   *     field has the wrong type
   */
  public static ImportResult read(Path path) {
    return read(path, ImportMode.LENIENT);
  }

  /**
   * Reads as {@link #read(Path)} does, skipping or stopping at a model that cannot be imported as
   * {@code mode} says.
   *
   * @throws ImportException naming the file, the record and the line when a file is not TOML or a
   *     field has the wrong type, or, in {@link ImportMode#STRICT}, at the first model that cannot
   *     be imported
   */
  public static ImportResult read(Path path, ImportMode mode) {
    return assemble(path, mode).finish();
  }

  /**
   * Reads as {@link #read(Path, ImportMode)} does, but gives the organizations, models and report
   * entries to {@code sink} instead of building a catalog. The records are held in memory while
   * they are resolved (a models.dev checkout is small).
   *
   * @return the counts of the report, whose entries went to the sink
   * @throws ImportException naming the file, the record and the line when a file is not TOML or a
   *     field has the wrong type, or, in {@link ImportMode#STRICT}, at the first model that cannot
   *     be imported
   */
  public static ImportSummary read(Path path, ImportMode mode, ImportSink sink) {
    return assemble(path, mode).finish(sink);
  }

  private static Assembler assemble(Path path, ImportMode mode) {
    TomlMapper mapper = TomlMapper.builder().build();
    Map<String, String> providerNames = new HashMap<>();
    List<ModelFile> files = new ArrayList<>();
    for (Path provider : providers(path)) {
      String id = String.valueOf(provider.getFileName());
      Path providerFile = provider.resolve(PROVIDER_FILE);
      if (Files.isRegularFile(providerFile)) {
        JsonNode node = parse(mapper, providerFile, id + "/" + PROVIDER_FILE);
        text(id + "/" + PROVIDER_FILE, node, "name").ifPresent(n -> providerNames.put(id, n));
      }
      Path models = provider.resolve("models");
      if (Files.isDirectory(models)) {
        for (Path file : tomlFiles(models)) {
          String relative = models.relativize(file).toString().replace('\\', '/');
          files.add(read(mapper, file, id, relative));
        }
      }
    }
    if (Files.isRegularFile(path)) {
      files.add(read(mapper, path, providerOf(path), String.valueOf(path.getFileName())));
    }
    Assembler out = new Assembler(mode);
    for (List<ModelFile> group : group(files, out)) {
      add(group, providerNames, out);
    }
    return out;
  }

  /** One model file as read: its provider, its path below {@code models/}, and its fields. */
  private record ModelFile(
      Path path,
      String provider,
      String relative,
      String label,
      String name,
      Optional<String> releaseDate,
      List<String> input,
      List<String> output,
      boolean openWeights,
      Optional<String> family,
      Optional<String> knowledge,
      boolean limits) {

    /** The vendor the provider files the model under, if any. */
    Optional<String> vendor() {
      int slash = relative.lastIndexOf('/');
      if (slash > 0) {
        return Optional.of(relative.substring(0, slash));
      }
      int dot = relative.indexOf('.');
      return dot > 0 && dot < relative.length() - ".toml".length()
          ? Optional.of(relative.substring(0, dot))
          : Optional.empty();
    }

    Source source() {
      return Source.catalog(
          CATALOG,
          Slugs.fileName(provider.isEmpty() ? relative : provider + "/models/" + relative),
          name.isEmpty() ? relative : name);
    }
  }

  /** The provider of a model file given alone: {@code <provider>/models/<model>.toml}, or none. */
  private static String providerOf(Path file) {
    Path models = file.getParent();
    if (models == null || !String.valueOf(models.getFileName()).equals("models")) {
      return "";
    }
    Path provider = models.getParent();
    return provider == null ? "" : String.valueOf(provider.getFileName());
  }

  private static List<Path> providers(Path path) {
    if (!Files.isDirectory(path)) {
      if (!Files.isRegularFile(path)) {
        throw new ImportException(String.valueOf(path), "", 0, "no such file or directory", null);
      }
      return List.of();
    }
    if (Files.isDirectory(path.resolve("providers"))) {
      return directories(path.resolve("providers"));
    }
    if (Files.isDirectory(path.resolve("models"))
        || Files.isRegularFile(path.resolve(PROVIDER_FILE))) {
      return List.of(path);
    }
    return directories(path);
  }

  private static List<Path> directories(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isDirectory).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new ImportException(String.valueOf(dir), "", 0, "cannot list the directory", e);
    }
  }

  private static List<Path> tomlFiles(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".toml"))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new ImportException(String.valueOf(dir), "", 0, "cannot list the directory", e);
    }
  }

  private static JsonNode parse(TomlMapper mapper, Path file, String label) {
    try (InputStream in = Files.newInputStream(file)) {
      JsonNode root = mapper.readTree(in);
      if (root == null || !root.isObject()) {
        throw new ImportException(label, "", 1, "not a models.dev TOML table", null);
      }
      return root;
    } catch (JacksonException e) {
      throw new ImportException(
          label,
          "",
          e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
          "malformed TOML: " + e.getOriginalMessage(),
          e);
    } catch (IOException e) {
      throw new ImportException(label, "", 0, "cannot read the file: " + e.getMessage(), e);
    }
  }

  private static ModelFile read(TomlMapper mapper, Path file, String provider, String relative) {
    String label = provider.isEmpty() ? relative : provider + "/models/" + relative;
    JsonNode n = parse(mapper, file, label);
    String name = text(label, n, "name").orElse("");
    return new ModelFile(
        file,
        provider,
        relative,
        label,
        name,
        text(label, n, "release_date"),
        tokens(label, n, "input"),
        tokens(label, n, "output"),
        bool(label, n, "open_weights"),
        text(label, n, "family"),
        text(label, n, "knowledge"),
        n.path("limit").isObject()
            && (positive(n.path("limit").path("context"))
                || positive(n.path("limit").path("output"))));
  }

  private static boolean positive(JsonNode n) {
    return n.isNumber() && n.asLong() > 0;
  }

  /** Groups the files that describe one model, skipping those that cannot be grouped. */
  private static List<List<ModelFile>> group(List<ModelFile> files, Assembler out) {
    Map<String, List<ModelFile>> groups = new LinkedHashMap<>();
    for (ModelFile f : files) {
      if (f.name().isBlank()) {
        out.skip(f.label(), f.label(), 0, "the model has no name");
        continue;
      }
      Optional<YearMonth> month = f.releaseDate().flatMap(RecordValues::month);
      if (month.isEmpty()) {
        out.skip(
            f.label(),
            f.label(),
            UNKNOWN_LINE,
            "no release_date with a month: "
                + f.releaseDate().map(Notations::shorten).orElse("none"));
        continue;
      }
      groups.computeIfAbsent(Slugs.of(f.name()) + " " + month.get(), k -> new ArrayList<>()).add(f);
    }
    return new ArrayList<>(groups.values());
  }

  private static void add(List<ModelFile> files, Map<String, String> providerNames, Assembler out) {
    Optional<String> vendor =
        files.stream().map(ModelFile::vendor).flatMap(Optional::stream).findFirst();
    // The vendor's own file, when the import has it, leads: its facts and its source come first.
    List<ModelFile> group = new ArrayList<>(files);
    group.sort(Comparator.comparing(f -> !vendor.equals(Optional.of(f.provider()))));
    ModelFile first = group.get(0);
    String record =
        group.size() == 1
            ? first.label()
            : first.label()
                + " (also "
                + group.subList(1, group.size()).stream()
                    .map(ModelFile::label)
                    .collect(Collectors.joining(", "))
                + ")";
    Set<String> input = new LinkedHashSet<>();
    Set<String> output = new LinkedHashSet<>();
    for (ModelFile f : group) {
      input.addAll(f.input());
      output.addAll(f.output());
    }
    String family = first.family().orElse("").toLowerCase(Locale.ROOT);
    if (family.contains("embedding")
        || first.name().toLowerCase(Locale.ROOT).contains("embedding")) {
      out.skip(
          first.label(),
          record,
          0,
          "not generative: models.dev lists '"
              + Notations.shorten(first.name())
              + "' in the family '"
              + Notations.shorten(family)
              + "', an embedding model, which returns vectors, not content");
      return;
    }
    NotationResult modalities = ModelsDevNotation.read(List.copyOf(input), List.copyOf(output));
    if (modalities.signature().isEmpty()) {
      out.skip(
          first.label(),
          record,
          UNKNOWN_LINE,
          "unclassified: modalities "
              + Notations.shorten(modalities.input())
              + ": "
              + modalities.problem());
      return;
    }
    Draft draft = new Draft(record, first.name(), first.source(), first.label(), 0);
    List<String> served = new ArrayList<>();
    for (int i = 0; i < group.size(); i++) {
      ModelFile f = group.get(i);
      if (i > 0) {
        draft.builder().addSources(f.source());
      }
      served.add(
          f.provider().isEmpty()
              ? f.label()
              : providerNames.getOrDefault(f.provider(), f.provider()));
    }
    vendor.ifPresent(
        v -> draft.addDeveloper(providerNames.getOrDefault(v, v), OrganizationKind.UNKNOWN));
    boolean open = group.stream().anyMatch(ModelFile::openWeights);
    draft
        .builder()
        .signature(modalities.signature().get())
        .released(first.releaseDate().flatMap(RecordValues::month).orElseThrow())
        .addAccess(Access.API)
        .paperAbsentReason("models.dev names no paper for this model")
        .summary(
            first.name()
                + " is listed in models.dev as served by "
                + String.join(", ", served)
                + (vendor.isPresent() ? "." : "; models.dev names no developer."));
    if (open) {
      draft.builder().addAccess(Access.OPEN_WEIGHTS);
    }
    first
        .knowledge()
        .ifPresent(
            k ->
                draft.leftOut(
                    "knowledge '" + Notations.shorten(k) + "': no training cut-off attribute"));
    if (group.stream().anyMatch(ModelFile::limits)) {
      draft.leftOut("limit.context, limit.output: no context-length attribute on a model");
    }
    out.add(draft);
  }

  private static Optional<String> text(String label, JsonNode n, String field) {
    JsonNode v = n.path(field);
    if (v.isMissingNode() || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isString()) {
      throw wrongType(label, field + " must be a string");
    }
    String text = v.asString().strip();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  private static boolean bool(String label, JsonNode n, String field) {
    JsonNode v = n.path(field);
    if (v.isMissingNode()) {
      return false;
    }
    if (!v.isBoolean()) {
      throw wrongType(label, field + " must be true or false");
    }
    return v.asBoolean();
  }

  private static List<String> tokens(String label, JsonNode n, String side) {
    JsonNode modalities = n.path("modalities");
    if (modalities.isMissingNode()) {
      return List.of();
    }
    if (!modalities.isObject()) {
      throw wrongType(label, "modalities must be a table");
    }
    JsonNode list = modalities.path(side);
    if (list.isMissingNode()) {
      return List.of();
    }
    if (!list.isArray()) {
      throw wrongType(label, "modalities." + side + " must be a list of strings");
    }
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      if (!list.get(i).isString()) {
        throw wrongType(label, "modalities." + side + "[" + i + "] must be a string");
      }
      tokens.add(list.get(i).asString());
    }
    return tokens;
  }

  private static ImportException wrongType(String label, String problem) {
    return new ImportException(label, label, UNKNOWN_LINE, problem, null);
  }
}
