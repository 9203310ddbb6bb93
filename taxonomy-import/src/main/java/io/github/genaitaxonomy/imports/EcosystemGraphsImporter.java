package io.github.genaitaxonomy.imports;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.genaitaxonomy.core.Access;
import io.github.genaitaxonomy.core.Claim;
import io.github.genaitaxonomy.core.ClaimAttribute;
import io.github.genaitaxonomy.core.Confidence;
import io.github.genaitaxonomy.core.LineageRelation;
import io.github.genaitaxonomy.core.Measurement;
import io.github.genaitaxonomy.core.OrganizationKind;
import io.github.genaitaxonomy.core.QuantityParser;
import io.github.genaitaxonomy.core.Source;
import io.github.genaitaxonomy.core.Unit;
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
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads Stanford CRFM Ecosystem Graphs asset files ({@code assets/*.yaml}, each a list of assets)
 * into a catalog.
 *
 * <p>{@code type: model} assets become models; dataset and application assets are counted and
 * skipped with that reason. A field wrapped as {@code {value, explanation}} keeps its value, and
 * its explanation becomes the note of a {@link Claim} about the field's attribute, with each
 * markdown link of the explanation ({@code [text](url)}, also written {@code [text] (url)}) as the
 * claim's source; an explanation without a link gives one claim with the record's source. {@code
 * dependencies} that name a model become {@code built-on} lineage edges; those naming datasets,
 * applications or model assets that are skipped are reported as such, and those naming no asset of
 * the import are reported as dangling. Each report entry is labelled {@code <file>#<name> (line
 * <n>)}, the line where the asset starts.
 *
 * <p>Each file is read one asset at a time with Jackson's YAML parser, so that every asset keeps
 * the line it starts on.
 *
 * <pre>{@code
 * ImportResult result = EcosystemGraphsImporter.read(Path.of("assets"));
 * }</pre>
 */
public final class EcosystemGraphsImporter {
  /** The catalog id in the sources this importer writes. */
  public static final String CATALOG = "ecosystem-graphs";

  private static final Splitter COMMAS = Splitter.on(',').trimResults().omitEmptyStrings();

  /** A markdown link's target: {@code ](https://…)} or {@code ] (https://…)}. */
  private static final Pattern LINK = Pattern.compile("\\]\\s?\\((https?://[^\\s()]+)\\)");

  /** The fields read as one value, and the attribute a claim about each is about. */
  private static final ImmutableMap<String, ClaimAttribute> FIELDS =
      ImmutableMap.of(
          "name", ClaimAttribute.NAME,
          "organization", ClaimAttribute.DEVELOPERS,
          "created_date", ClaimAttribute.RELEASED,
          "modality", ClaimAttribute.SIGNATURE,
          "size", ClaimAttribute.PARAMETERS,
          "access", ClaimAttribute.ACCESS,
          "license", ClaimAttribute.LICENSE);

  /** The text fields read without a claim about them. */
  private static final ImmutableSet<String> PLAIN_FIELDS =
      ImmutableSet.of("type", "description", "url");

  private EcosystemGraphsImporter() {}

  /**
   * Reads one asset file, or every {@code .yaml} file of a directory in name order.
   *
   * @throws ImportException naming the file, the asset and the line when a file is not a YAML list
   *     of assets or a field has the wrong type
   */
  public static ImportResult read(Path path) {
    return read(path, ImportMode.LENIENT);
  }

  /**
   * Reads one asset file, or every {@code .yaml} file of a directory in name order, skipping or
   * stopping at an asset that cannot be imported as {@code mode} says.
   *
   * @throws ImportException naming the file, the asset and the line when a file is not a YAML list
   *     of assets or a field has the wrong type (a list where one value belongs, a mapping other
   *     than {@code {value, explanation}}), or, in {@link ImportMode#STRICT}, at the first asset
   *     that cannot be imported
   */
  public static ImportResult read(Path path, ImportMode mode) {
    return assemble(path, mode).finish();
  }

  /**
   * Reads as {@link #read(Path, ImportMode)} does, but gives the organizations, models and report
   * entries to {@code sink} instead of building a catalog. The assets are held in memory while they
   * are resolved (the Ecosystem Graphs assets are a few thousand).
   *
   * @return the counts of the report, whose entries went to the sink
   * @throws ImportException naming the file, the asset and the line when a file is not a YAML list
   *     of assets, or, in {@link ImportMode#STRICT}, at the first asset that cannot be imported
   */
  public static ImportSummary read(Path path, ImportMode mode, ImportSink sink) {
    return assemble(path, mode).finish(sink);
  }

  private static Assembler assemble(Path path, ImportMode mode) {
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(path)) {
      try (Stream<Path> s = Files.list(path)) {
        s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
      } catch (IOException e) {
        throw new ImportException(String.valueOf(path), "", 0, "cannot list the directory", e);
      }
    } else {
      files.add(path);
    }
    YAMLMapper mapper = YAMLMapper.builder().build();
    List<Asset> assets = new ArrayList<>();
    for (Path file : files) {
      readFile(mapper, file, assets);
    }
    Map<String, String> types = new HashMap<>();
    Map<String, String> skippedModels = new HashMap<>();
    Set<String> importableModels = new LinkedHashSet<>();
    List<@Nullable String> skipReasons = new ArrayList<>();
    for (Asset a : assets) {
      // A name that some model asset has is a model's name, whatever else shares it.
      if (a.type().equals("model")) {
        types.put(a.name(), a.type());
      } else {
        types.putIfAbsent(a.name(), a.type());
      }
      String reason = skipReason(a);
      skipReasons.add(reason);
      if (a.type().equals("model")) {
        if (reason == null) {
          importableModels.add(a.name());
        } else {
          skippedModels.putIfAbsent(a.name(), reason);
        }
      }
    }
    importableModels.forEach(skippedModels::remove);
    Assembler out = new Assembler(mode);
    for (int i = 0; i < assets.size(); i++) {
      Asset a = assets.get(i);
      String reason = skipReasons.get(i);
      if (reason != null) {
        out.skip(a.file(), a.label(), a.line(), reason);
      } else {
        out.add(draft(a, types, skippedModels));
      }
    }
    return out;
  }

  /** One asset, with the line it starts on and its fields checked for type. */
  private record Asset(
      String file, Path path, int index, long line, String name, String type, JsonNode node) {
    String label() {
      return file + "#" + (name.isEmpty() ? "asset " + (index + 1) : name) + " (line " + line + ")";
    }

    String record() {
      return name.isEmpty() ? "asset " + (index + 1) : name;
    }
  }

  private static void readFile(YAMLMapper mapper, Path file, List<Asset> assets) {
    String fileName = Slugs.fileName(String.valueOf(file.getFileName()));
    int index = 0;
    try (InputStream in = Files.newInputStream(file);
        JsonParser parser = mapper.createParser(in)) {
      JsonToken first = parser.nextToken();
      if (first == null || first == JsonToken.VALUE_NULL) {
        return;
      }
      if (first != JsonToken.START_ARRAY) {
        throw new ImportException(
            fileName,
            "",
            Math.max(1, parser.currentTokenLocation().getLineNr()),
            "not an Ecosystem Graphs asset file: expected a list of assets",
            null);
      }
      for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
        long line = Math.max(0, parser.currentTokenLocation().getLineNr());
        String record = "asset " + (index + 1);
        if (t != JsonToken.START_OBJECT) {
          throw new ImportException(fileName, record, line, record + " is not a mapping", null);
        }
        JsonNode node = parser.readValueAsTree();
        Asset partial = new Asset(fileName, file, index, line, "", "", node);
        String name = scalar(mapper, partial, "name").orElse("");
        String type = scalar(mapper, partial, "type").orElse("");
        Asset asset = new Asset(fileName, file, index, line, name, type, node);
        for (String field : FIELDS.keySet()) {
          scalar(mapper, asset, field);
          explanation(mapper, asset, field);
        }
        for (String field : PLAIN_FIELDS) {
          scalar(mapper, asset, field);
        }
        dependencies(mapper, asset);
        assets.add(asset);
        index++;
      }
    } catch (JacksonException e) {
      throw new ImportException(
          fileName,
          "asset " + (index + 1),
          e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr()),
          "malformed YAML: " + String.valueOf(e.getOriginalMessage()).replaceAll("\\s+", " "),
          e);
    } catch (IOException e) {
      throw new ImportException(fileName, "", 0, "cannot read the file: " + e.getMessage(), e);
    }
  }

  /** Why the asset is not imported, or null when it becomes a model. */
  private static @Nullable String skipReason(Asset a) {
    if (!a.type().equals("model")) {
      return article(a.type().isEmpty() ? "typeless" : a.type()) + " asset, not a model";
    }
    if (a.name().isBlank()) {
      return "the asset has no name";
    }
    JsonNode n = a.node();
    Optional<String> created = value(n, "created_date");
    if (created.flatMap(RecordValues::month).isEmpty()) {
      return "no created_date with a month: " + created.map(Notations::shorten).orElse("none");
    }
    Notations.Signature signature = Notations.ecosystemGraphs(value(n, "modality").orElse(""));
    return signature.signature().isEmpty() ? signature.reason() : null;
  }

  private static Draft draft(
      Asset a, Map<String, String> types, Map<String, String> skippedModels) {
    JsonNode n = a.node();
    Source source =
        value(n, "url")
            .flatMap(RecordValues::url)
            .orElseGet(() -> Source.catalog(CATALOG, a.file(), a.name()));
    Draft draft = new Draft(a.label(), a.name(), source, a.file(), a.line());
    String created = value(n, "created_date").orElseThrow();
    draft
        .builder()
        .signature(
            Notations.ecosystemGraphs(value(n, "modality").orElseThrow()).signature().orElseThrow())
        .released(RecordValues.month(created).orElseThrow())
        .paperAbsentReason("Ecosystem Graphs names no paper for this model")
        .summary(
            value(n, "description")
                .orElse(a.name() + " is listed in Stanford CRFM's Ecosystem Graphs."));
    for (String org : COMMAS.split(value(n, "organization").orElse(""))) {
      draft.addDeveloper(org, OrganizationKind.UNKNOWN);
    }
    size(n, draft, source);
    access(n, draft);
    if (explanationOf(n, "license").isEmpty()) {
      value(n, "license")
          .filter(l -> !isUnknown(l))
          .ifPresent(l -> claim(draft, ClaimAttribute.LICENSE, l, source, Optional.empty()));
    }
    YearMonth month = RecordValues.month(created).orElseThrow();
    if (explanationOf(n, "created_date").isEmpty() && !month.toString().equals(created)) {
      // The catalog keeps the month; a claim keeps the day the record gives.
      claim(draft, ClaimAttribute.RELEASED, created, source, Optional.empty());
    }
    for (Map.Entry<String, ClaimAttribute> field : FIELDS.entrySet()) {
      Optional<String> explanation = explanationOf(n, field.getKey());
      Optional<String> value = value(n, field.getKey());
      if (explanation.isPresent() && value.isPresent()) {
        explained(draft, field.getValue(), value.get(), explanation.get(), source);
      } else if (explanation.isPresent()) {
        draft.leftOut(
            field.getKey()
                + ": an explanation without a value: "
                + Notations.shorten(explanation.get()));
      }
    }
    for (JsonNode dep : unwrap(n.path("dependencies"))) {
      dependency(draft, dep.asString().strip(), types, skippedModels);
    }
    return draft;
  }

  private static void dependency(
      Draft draft, String target, Map<String, String> types, Map<String, String> skippedModels) {
    if (target.isEmpty()) {
      return;
    }
    String type = types.get(target);
    String skipped = skippedModels.get(target);
    if (type == null || (type.equals("model") && skipped == null)) {
      draft.addLineage(LineageRelation.BUILT_ON, target);
    } else if (skipped != null) {
      draft.leftOut(
          "dependency on the model '"
              + Notations.shorten(target)
              + "', which is skipped: "
              + Notations.shorten(skipped));
    } else {
      draft.leftOut(
          "dependency on the "
              + (type.isEmpty() ? "typeless" : type)
              + " asset '"
              + Notations.shorten(target)
              + "': only models become lineage");
    }
  }

  private static void size(JsonNode n, Draft draft, Source source) {
    Optional<String> text = value(n, "size");
    if (text.isEmpty() || isUnknown(text.get())) {
      return;
    }
    try {
      QuantityParser.parse(text.get(), Unit.PARAMETERS)
          .filter(q -> q.unit() == Unit.PARAMETERS)
          .ifPresentOrElse(
              q ->
                  draft
                      .builder()
                      .parameters(
                          Measurement.builder()
                              .subject("parameters")
                              .quantity(q)
                              .source(source)
                              .confidence(Confidence.SECONDARY)
                              .note("Ecosystem Graphs size: " + text.get())
                              .build()),
              () ->
                  draft.leftOut(
                      "size '" + Notations.shorten(text.get()) + "' is not a parameter count"));
    } catch (IllegalArgumentException e) {
      draft.leftOut("size: " + e.getMessage());
    }
  }

  private static void access(JsonNode n, Draft draft) {
    Optional<String> access = value(n, "access").map(s -> s.toLowerCase(Locale.ROOT));
    if (access.isEmpty() || isUnknown(access.get())) {
      return;
    }
    switch (access.get()) {
      case "open" -> draft.builder().addAccess(Access.OPEN_WEIGHTS);
      case "closed" -> draft.builder().addAccess(Access.CLOSED);
      case "limited" ->
          draft.leftOut(
              "access 'limited': Ecosystem Graphs uses it for API, waitlist and research access"
                  + " alike, so it names no one access");
      default ->
          draft.leftOut("access '" + Notations.shorten(access.get()) + "': no matching access");
    }
  }

  /** One claim per markdown link of the explanation, or one with the record's source. */
  private static void explained(
      Draft draft, ClaimAttribute attribute, String value, String explanation, Source source) {
    List<Source> links = new ArrayList<>();
    Matcher m = LINK.matcher(explanation);
    while (m.find()) {
      RecordValues.url(m.group(1)).filter(s -> !links.contains(s)).ifPresent(links::add);
    }
    if (links.isEmpty()) {
      links.add(source);
    }
    for (Source link : links) {
      claim(draft, attribute, value, link, Optional.of(explanation));
    }
  }

  private static void claim(
      Draft draft, ClaimAttribute attribute, String value, Source source, Optional<String> note) {
    try {
      draft
          .builder()
          .addClaims(
              Claim.builder()
                  .attribute(attribute)
                  .value(value)
                  .source(source)
                  .confidence(Confidence.SECONDARY)
                  .note(note)
                  .build());
    } catch (IllegalArgumentException e) {
      draft.leftOut("the " + attribute.id() + " claim: " + e.getMessage());
    }
  }

  /** {@code a dataset}, {@code an application}. */
  private static String article(String word) {
    return ("aeiou".indexOf(Character.toLowerCase(word.charAt(0))) >= 0 ? "an " : "a ") + word;
  }

  private static boolean isUnknown(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    return t.isEmpty() || t.equals("unknown");
  }

  /** A field's value, unwrapped from {@code {value, explanation}}; empty when absent or blank. */
  private static Optional<String> value(JsonNode asset, String field) {
    JsonNode v = unwrap(asset.path(field));
    if (v.isMissingNode() || v.isNull() || v.isContainer()) {
      return Optional.empty();
    }
    String text = v.asString().strip();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  /** The explanation of a wrapped field; empty when the field is not wrapped or it is blank. */
  private static Optional<String> explanationOf(JsonNode asset, String field) {
    JsonNode v = asset.path(field);
    if (!v.isObject()) {
      return Optional.empty();
    }
    JsonNode e = v.path("explanation");
    if (e.isMissingNode() || e.isNull() || e.isContainer()) {
      return Optional.empty();
    }
    String text = e.asString().strip();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  private static JsonNode unwrap(JsonNode node) {
    return node.isObject() ? node.path("value") : node;
  }

  /** Checks that a field holds one value, bare or wrapped, and returns it. */
  private static Optional<String> scalar(YAMLMapper mapper, Asset a, String field) {
    JsonNode v = a.node().path(field);
    if (v.isObject()) {
      checkWrapper(mapper, a, field, v);
      v = v.path("value");
    }
    if (v.isContainer()) {
      throw wrongType(mapper, a, field, "must be one value but is a " + kind(v));
    }
    return value(a.node(), field);
  }

  private static void explanation(YAMLMapper mapper, Asset a, String field) {
    JsonNode e = a.node().path(field).path("explanation");
    if (e.isContainer()) {
      throw wrongType(mapper, a, field + "/explanation", "must be text but is a " + kind(e));
    }
  }

  private static void dependencies(YAMLMapper mapper, Asset a) {
    JsonNode deps = a.node().path("dependencies");
    if (deps.isObject()) {
      checkWrapper(mapper, a, "dependencies", deps);
      explanation(mapper, a, "dependencies");
      deps = deps.path("value");
    }
    if (deps.isMissingNode() || deps.isNull()) {
      return;
    }
    if (!deps.isArray()) {
      throw wrongType(mapper, a, "dependencies", "must be a list but is " + kind(deps));
    }
    for (int i = 0; i < deps.size(); i++) {
      if (deps.get(i).isContainer()) {
        throw wrongType(
            mapper, a, "dependencies/" + i, "must name an asset but is a " + kind(deps.get(i)));
      }
    }
  }

  private static void checkWrapper(YAMLMapper mapper, Asset a, String field, JsonNode v) {
    for (String key : v.propertyNames()) {
      if (!key.equals("value") && !key.equals("explanation")) {
        throw wrongType(
            mapper,
            a,
            field,
            "a mapping must be {value, explanation} but has the key '"
                + Notations.shorten(key)
                + "'");
      }
    }
  }

  private static String kind(JsonNode v) {
    return v.isArray() ? "list" : v.isObject() ? "mapping" : "value";
  }

  private static ImportException wrongType(
      YAMLMapper mapper, Asset a, String field, String problem) {
    String pointer = "/" + a.index() + "/" + field.replace("~", "~0");
    long line = Lines.of(mapper, a.path(), JsonPointer.compile(pointer));
    return new ImportException(
        a.file(),
        a.record(),
        line > 0 ? line : a.line(),
        "field " + field.replace('/', '.') + " " + problem,
        null);
  }
}
