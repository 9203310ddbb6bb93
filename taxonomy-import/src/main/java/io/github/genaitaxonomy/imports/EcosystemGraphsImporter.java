package io.github.genaitaxonomy.imports;

import com.google.common.base.Splitter;
import io.github.genaitaxonomy.core.Access;
import io.github.genaitaxonomy.core.LineageRelation;
import io.github.genaitaxonomy.core.Measurement;
import io.github.genaitaxonomy.core.NotationException;
import io.github.genaitaxonomy.core.OrganizationKind;
import io.github.genaitaxonomy.core.QuantityParser;
import io.github.genaitaxonomy.core.Source;
import io.github.genaitaxonomy.core.Unit;
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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads Stanford CRFM Ecosystem Graphs asset files ({@code assets/*.yaml}, each a list of assets)
 * into a catalog.
 *
 * <p>{@code type: model} assets become models; dataset and application assets are counted and
 * skipped with that reason. A field wrapped as {@code {value, explanation}} keeps its value; the
 * explanation of the size becomes the measurement's note. {@code dependencies} that name a model
 * become {@code built-on} lineage edges; those naming datasets or applications are reported, and
 * those naming no asset are reported as dangling.
 *
 * <pre>{@code
 * ImportResult result = EcosystemGraphsImporter.read(Path.of("assets"));
 * }</pre>
 */
public final class EcosystemGraphsImporter {
  /** The catalog id in the sources this importer writes. */
  public static final String CATALOG = "ecosystem-graphs";

  private static final Splitter COMMAS = Splitter.on(',').trimResults().omitEmptyStrings();

  private EcosystemGraphsImporter() {}

  /**
   * Reads one asset file, or every {@code .yaml} file of a directory in name order.
   *
   * @throws ImportException naming the file, the asset and the line when a file is not a YAML list
   *     of assets
   */
  public static ImportResult read(Path path) {
    return read(path, ImportMode.LENIENT);
  }

  /**
   * Reads one asset file, or every {@code .yaml} file of a directory in name order, skipping or
   * stopping at an asset that cannot be imported as {@code mode} says.
   *
   * @throws ImportException naming the file, the asset and the line when a file is not a YAML list
   *     of assets, or, in {@link ImportMode#STRICT}, at the first asset that cannot be imported
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
    Map<String, String> types = new HashMap<>();
    List<Asset> assets = new ArrayList<>();
    for (Path file : files) {
      String fileName = Slugs.fileName(String.valueOf(file.getFileName()));
      JsonNode root;
      try (InputStream in = Files.newInputStream(file)) {
        root = mapper.readTree(in);
      } catch (JacksonException e) {
        throw new ImportException(
            fileName,
            "",
            e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
            "malformed YAML: " + e.getOriginalMessage(),
            e);
      } catch (IOException e) {
        throw new ImportException(fileName, "", 0, "cannot read the file: " + e.getMessage(), e);
      }
      if (root == null || root.isMissingNode() || root.isNull()) {
        continue;
      }
      if (!root.isArray()) {
        throw new ImportException(
            fileName, "", 1, "not an Ecosystem Graphs asset file: expected a list of assets", null);
      }
      int n = 0;
      for (JsonNode asset : root) {
        n++;
        if (!asset.isObject()) {
          throw new ImportException(fileName, "#" + n, 0, "asset " + n + " is not a mapping", null);
        }
        String name = value(asset, "name").orElse("");
        String type = value(asset, "type").orElse("");
        types.putIfAbsent(name, type);
        assets.add(new Asset(fileName, n, name, type, asset));
      }
    }
    Assembler out = new Assembler(mode);
    for (Asset a : assets) {
      read(a, types, out);
    }
    return out;
  }

  private record Asset(String file, int position, String name, String type, JsonNode node) {}

  private static void read(Asset a, Map<String, String> types, Assembler out) {
    String record = a.file() + "#" + (a.name().isEmpty() ? String.valueOf(a.position()) : a.name());
    if (!a.type().equals("model")) {
      out.skip(
          a.file(),
          record,
          0,
          "a " + (a.type().isEmpty() ? "typeless" : a.type()) + " asset, not a model");
      return;
    }
    if (a.name().isBlank()) {
      out.skip(a.file(), record, 0, "the asset has no name");
      return;
    }
    JsonNode n = a.node();
    Optional<YearMonth> released = value(n, "created_date").flatMap(RecordValues::month);
    if (released.isEmpty()) {
      out.skip(
          a.file(),
          record,
          0,
          "no created_date with a month: "
              + value(n, "created_date").map(Notations::shorten).orElse("none"));
      return;
    }
    Notations.Signature signature = Notations.ecosystemGraphs(value(n, "modality").orElse(""));
    if (signature.signature().isEmpty()) {
      out.skip(a.file(), record, 0, signature.reason());
      return;
    }
    Source source =
        value(n, "url")
            .flatMap(RecordValues::url)
            .orElseGet(() -> Source.catalog(CATALOG, a.file(), a.name()));
    Draft draft = new Draft(record, a.name(), source, a.file(), 0);
    draft
        .builder()
        .signature(signature.signature().get())
        .released(released.get())
        .paperAbsentReason("Ecosystem Graphs names no paper for this model")
        .summary(
            value(n, "description")
                .orElse(a.name() + " is listed in Stanford CRFM's Ecosystem Graphs."));
    for (String org : COMMAS.split(value(n, "organization").orElse(""))) {
      draft.addDeveloper(org, OrganizationKind.UNKNOWN);
    }
    size(n, draft, source);
    access(n, draft);
    value(n, "license")
        .ifPresent(
            l ->
                draft.leftOut(
                    "license '" + Notations.shorten(l) + "': no license attribute in the catalog"));
    JsonNode deps = unwrap(n.path("dependencies"));
    for (JsonNode dep : deps) {
      if (!dep.isString()) {
        continue;
      }
      String target = dep.asString();
      String type = types.get(target);
      if (type == null || type.equals("model")) {
        draft.addLineage(LineageRelation.BUILT_ON, target);
      } else {
        draft.leftOut(
            "dependency on the "
                + type
                + " '"
                + Notations.shorten(target)
                + "': only models become lineage");
      }
    }
    out.add(draft);
  }

  private static void size(JsonNode n, Draft draft, Source source) {
    Optional<String> text = value(n, "size");
    if (text.isEmpty()) {
      return;
    }
    try {
      QuantityParser.parse(text.get(), Unit.PARAMETERS)
          .filter(q -> q.unit() == Unit.PARAMETERS)
          .ifPresentOrElse(
              q -> {
                Measurement.Builder m =
                    Measurement.builder().subject("parameters").quantity(q).source(source);
                m.note("Ecosystem Graphs size: " + text.get());
                draft.builder().parameters(m.build());
              },
              () -> {
                if (!text.get().equalsIgnoreCase("unknown")) {
                  draft.leftOut(
                      "size '" + Notations.shorten(text.get()) + "' is not a parameter count");
                }
              });
    } catch (NotationException e) {
      draft.leftOut("size: " + e.getMessage());
    }
  }

  private static void access(JsonNode n, Draft draft) {
    Optional<String> access = value(n, "access").map(s -> s.toLowerCase(Locale.ROOT));
    if (access.isEmpty()) {
      return;
    }
    switch (access.get()) {
      case "open" -> draft.builder().addAccess(Access.OPEN_WEIGHTS);
      case "closed" -> draft.builder().addAccess(Access.CLOSED);
      default ->
          draft.leftOut("access '" + Notations.shorten(access.get()) + "': no matching access");
    }
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

  private static JsonNode unwrap(JsonNode node) {
    return node.isObject() && node.has("value") ? node.path("value") : node;
  }
}
