package io.github.genaitaxonomy.imports;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.genaitaxonomy.core.Access;
import io.github.genaitaxonomy.core.ArxivId;
import io.github.genaitaxonomy.core.Confidence;
import io.github.genaitaxonomy.core.LineageRelation;
import io.github.genaitaxonomy.core.Measurement;
import io.github.genaitaxonomy.core.ModalitySignature;
import io.github.genaitaxonomy.core.NotationException;
import io.github.genaitaxonomy.core.OrganizationKind;
import io.github.genaitaxonomy.core.Paper;
import io.github.genaitaxonomy.core.QuantityParser;
import io.github.genaitaxonomy.core.Source;
import io.github.genaitaxonomy.core.Unit;
import io.github.genaitaxonomy.imports.internal.Assembler;
import io.github.genaitaxonomy.imports.internal.Draft;
import io.github.genaitaxonomy.imports.internal.Notations;
import io.github.genaitaxonomy.imports.internal.RecordValues;
import io.github.genaitaxonomy.imports.internal.Slugs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Reads an Epoch AI notable models CSV export into a catalog, row by row.
 *
 * <p>Columns are found by header name, never by position; the first column may be {@code Model} or,
 * in older exports, {@code System}. Cells with several values are split on commas. {@code Domain}
 * and {@code Task} give a signature only when every value they hold maps to the same one (see
 * docs/import.md); otherwise the row is skipped as unclassified, with the reason. A row with
 * another number of cells than the header is skipped with the reason.
 *
 * <pre>{@code
 * ImportResult result = EpochImporter.read(Path.of("notable_ai_models.csv"));
 * }</pre>
 */
public final class EpochImporter {
  /** The catalog id in the sources this importer writes. */
  public static final String CATALOG = "epoch-ai";

  private static final Splitter VALUES = Splitter.on(',').trimResults().omitEmptyStrings();

  private static final Pattern ARXIV_LINK =
      Pattern.compile(
          "https?://arxiv\\.org/(?:abs|pdf)/([0-9]{4}\\.[0-9]{4,5})(?:v[0-9]+)?(?:\\.pdf)?/?");

  /** Domain and Task values that determine one signature, in the core's arrow notation. */
  private static final ImmutableMap<String, String> SIGNATURES =
      ImmutableMap.<String, String>builder()
          .put("image generation", "text->image")
          .put("text-to-image", "text->image")
          .put("video generation", "text->video")
          .put("text-to-video", "text->video")
          .put("language modeling/generation", "text->text")
          .put("language generation", "text->text")
          .put("chat", "text->text")
          .put("code generation", "text->code")
          .put("speech synthesis", "text->speech")
          .put("text-to-speech", "text->speech")
          .buildOrThrow();

  private static final ImmutableMap<String, OrganizationKind> KINDS =
      ImmutableMap.of(
          "industry", OrganizationKind.COMPANY,
          "academia", OrganizationKind.UNIVERSITY,
          "government", OrganizationKind.GOVERNMENT,
          "research collective", OrganizationKind.COMMUNITY);

  private static final String COUNTRY_COLUMN = "Country (from Organization)";

  /**
   * ISO 3166-1 alpha-2 codes by lower-case country name: the English names of {@link
   * Locale#getISOCountries()}, and the ISO 3166 names Epoch AI spells where they differ.
   */
  private static final ImmutableMap<String, String> COUNTRIES = countries();

  private static ImmutableMap<String, String> countries() {
    Map<String, String> codes = new HashMap<>();
    for (String code : Locale.getISOCountries()) {
      codes.put(
          new Locale("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
    }
    codes.put("united states of america", "US");
    codes.put("united kingdom of great britain and northern ireland", "GB");
    codes.put("korea (republic of)", "KR");
    codes.put("russian federation", "RU");
    codes.put("iran (islamic republic of)", "IR");
    codes.put("viet nam", "VN");
    codes.put("hong kong", "HK");
    codes.put("taiwan", "TW");
    codes.put("türkiye", "TR");
    return ImmutableMap.copyOf(codes);
  }

  private static final ImmutableMap<String, Confidence> CONFIDENCE =
      ImmutableMap.of(
          "confident", Confidence.SECONDARY,
          "likely", Confidence.ESTIMATE,
          "speculative", Confidence.ESTIMATE,
          "unknown", Confidence.ESTIMATE);

  /** Columns read into the model; every other column with a value is reported as left out. */
  private static final ImmutableSet<String> MAPPED =
      ImmutableSet.of(
          "Model",
          "System",
          "Domain",
          "Task",
          "Organization",
          "Organization categorization",
          "Publication date",
          "Reference",
          "Link",
          "Parameters",
          "Parameters notes",
          "Confidence",
          "Abstract",
          "Base model",
          "Model accessibility",
          COUNTRY_COLUMN);

  /**
   * The left-out reason of each unmapped column, shared by all rows; bounded by the columns of the
   * headers read.
   */
  private static final Map<String, String> UNMAPPED = new ConcurrentHashMap<>();

  private static final CsvMapper CSV =
      CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

  private EpochImporter() {}

  /**
   * Reads one CSV file.
   *
   * @throws ImportException naming the file and line when the file cannot be read or has no {@code
   *     Model} or {@code System} column
   */
  public static ImportResult read(Path file) {
    return read(file, ImportMode.LENIENT);
  }

  /**
   * Reads one CSV file, skipping or stopping at a row that cannot be imported as {@code mode} says.
   *
   * @throws ImportException naming the file and line when the file cannot be read or has no {@code
   *     Model} or {@code System} column, or, in {@link ImportMode#STRICT}, at the first row that
   *     cannot be imported
   */
  public static ImportResult read(Path file, ImportMode mode) {
    Assembler assembler = new Assembler(mode);
    readRows(file, assembler);
    return assembler.finish();
  }

  /**
   * Streams one CSV file to {@code sink}, holding one row at a time: the file is read twice, first
   * to give every row its id and learn which rows import, then to give the sink the organizations
   * and each model in reading order. A million-row export imports under {@code -Xmx256m} (see
   * docs/performance.md).
   *
   * @return the counts of the report, whose entries went to the sink
   * @throws ImportException naming the file and line when the file cannot be read, has no {@code
   *     Model} or {@code System} column, or changes between the two readings; in {@link
   *     ImportMode#STRICT}, at the first row that cannot be imported, before the sink is given
   *     anything
   */
  public static ImportSummary read(Path file, ImportMode mode, ImportSink sink) {
    return Assembler.stream(
        mode,
        sink,
        Slugs.fileName(String.valueOf(file.getFileName())),
        assembler -> readRows(file, assembler));
  }

  private static void readRows(Path file, Assembler assembler) {
    String fileName = Slugs.fileName(String.valueOf(file.getFileName()));
    long line = 0;
    try (MappingIterator<String[]> rows =
        CSV.readerFor(String[].class).readValues(Files.newInputStream(file))) {
      if (!rows.hasNextValue()) {
        throw new ImportException(fileName, "", 1, "the file has no header row", null);
      }
      Map<String, Integer> columns = header(rows.nextValue(), fileName);
      while (rows.hasNextValue()) {
        line = rows.currentLocation().getLineNr();
        String[] cells = rows.nextValue();
        readRow(cells, columns, fileName, line, assembler);
      }
    } catch (JacksonException e) {
      throw new ImportException(
          fileName,
          "",
          e.getLocation() == null ? line : e.getLocation().getLineNr(),
          "malformed CSV: " + e.getOriginalMessage(),
          e);
    } catch (java.io.IOException e) {
      throw new ImportException(fileName, "", 0, "cannot read the file: " + e.getMessage(), e);
    }
  }

  private static Map<String, Integer> header(String[] names, String fileName) {
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < names.length; i++) {
      String name = names[i].strip();
      if (i == 0 && name.startsWith("\uFEFF")) {
        name = name.substring(1);
      }
      columns.putIfAbsent(name, i);
    }
    if (!columns.containsKey("Model") && !columns.containsKey("System")) {
      throw new ImportException(
          fileName,
          "",
          1,
          "not an Epoch AI models export: the header has neither a 'Model' nor a 'System' column",
          null);
    }
    return columns;
  }

  private static void readRow(
      String[] cells, Map<String, Integer> columns, String fileName, long line, Assembler out) {
    String name = cell(cells, columns, "Model").or(() -> cell(cells, columns, "System")).orElse("");
    String record = fileName + "#" + (name.isEmpty() ? "line " + line : name);
    if (cells.length != columns.size() && cells.length != maxIndex(columns) + 1) {
      out.skip(
          fileName,
          record,
          line,
          "line "
              + line
              + " has "
              + cells.length
              + " cells but the header has "
              + (maxIndex(columns) + 1));
      return;
    }
    if (name.isEmpty()) {
      out.skip(fileName, record, line, "the row names no model");
      return;
    }
    Optional<YearMonth> released =
        cell(cells, columns, "Publication date").flatMap(RecordValues::month);
    if (released.isEmpty()) {
      out.skip(
          fileName,
          record,
          line,
          "no publication date with a month: "
              + cell(cells, columns, "Publication date").map(Notations::shorten).orElse("none"));
      return;
    }
    Notations.Signature signature = signature(cells, columns);
    if (signature.signature().isEmpty()) {
      out.skip(fileName, record, line, signature.reason());
      return;
    }
    Source source =
        cell(cells, columns, "Link")
            .filter(l -> l.startsWith("https://") || l.startsWith("http://"))
            .flatMap(RecordValues::url)
            .orElseGet(() -> Source.catalog(CATALOG, fileName, name));
    Draft draft = new Draft(record, name, source, fileName, line);
    draft.builder().signature(signature.signature().get()).released(released.get());
    Optional<String> arxiv =
        cell(cells, columns, "Link")
            .map(ARXIV_LINK::matcher)
            .filter(Matcher::matches)
            .map(m -> m.group(1));
    Optional<String> title = cell(cells, columns, "Reference");
    if (arxiv.isPresent() && title.isPresent() && ArxivId.isValid(arxiv.get())) {
      draft.builder().paper(Paper.arxiv(arxiv.get(), title.get()));
    } else {
      draft
          .builder()
          .paperAbsentReason("Epoch AI notable models links no arXiv paper for this model");
    }
    draft
        .builder()
        .summary(
            cell(cells, columns, "Abstract")
                .orElse(name + " is listed in Epoch AI's notable AI models."));
    developers(cells, columns, draft);
    parameters(cells, columns, draft, source);
    access(cells, columns, draft);
    for (String base : VALUES.split(cell(cells, columns, "Base model").orElse(""))) {
      draft.addLineage(LineageRelation.FINE_TUNED_FROM, base);
    }
    for (Map.Entry<String, Integer> column : columns.entrySet()) {
      if (!MAPPED.contains(column.getKey())
          && column.getValue() < cells.length
          && !cells[column.getValue()].isBlank()) {
        draft.leftOut(UNMAPPED.computeIfAbsent(column.getKey(), EpochImporter::unmapped));
      }
    }
    out.add(draft);
  }

  /** One reason string per column for every row that leaves it out, not one per row. */
  private static String unmapped(String column) {
    return column + ": no matching attribute in the catalog";
  }

  private static int maxIndex(Map<String, Integer> columns) {
    return columns.values().stream().mapToInt(Integer::intValue).max().orElse(0);
  }

  private static Notations.Signature signature(String[] cells, Map<String, Integer> columns) {
    Set<String> values = new LinkedHashSet<>();
    cell(cells, columns, "Domain").ifPresent(v -> values.addAll(VALUES.splitToList(v)));
    cell(cells, columns, "Task").ifPresent(v -> values.addAll(VALUES.splitToList(v)));
    Set<ModalitySignature> found = new LinkedHashSet<>();
    for (String v : values) {
      String arrow = SIGNATURES.get(v.toLowerCase(Locale.ROOT));
      if (arrow != null) {
        Notations.arrow(arrow).signature().ifPresent(found::add);
      }
    }
    if (found.size() == 1) {
      return new Notations.Signature(Optional.of(found.iterator().next()), "");
    }
    return Notations.Signature.none(
        "unclassified: Domain and Task "
            + Notations.shorten(String.join(", ", values))
            + (found.isEmpty() ? " determine no signature" : " determine more than one signature"));
  }

  private static void developers(String[] cells, Map<String, Integer> columns, Draft draft) {
    List<String> names = VALUES.splitToList(cell(cells, columns, "Organization").orElse(""));
    List<String> categories =
        VALUES.splitToList(cell(cells, columns, "Organization categorization").orElse(""));
    List<String> countries = VALUES.splitToList(cell(cells, columns, COUNTRY_COLUMN).orElse(""));
    for (int i = 0; i < names.size(); i++) {
      String category = matching(categories, names.size(), i);
      String country = matching(countries, names.size(), i);
      String code = COUNTRIES.getOrDefault(country.toLowerCase(Locale.ROOT), "");
      if (code.isEmpty() && !country.isEmpty()) {
        draft.leftOut(
            COUNTRY_COLUMN
                + " '"
                + Notations.shorten(country)
                + "' of "
                + Notations.shorten(names.get(i))
                + ": no ISO 3166 country of that name");
      }
      draft.addDeveloper(
          names.get(i),
          KINDS.getOrDefault(category.toLowerCase(Locale.ROOT), OrganizationKind.UNKNOWN),
          code);
    }
    if (!countries.isEmpty() && countries.size() != 1 && countries.size() != names.size()) {
      draft.leftOut(
          COUNTRY_COLUMN
              + ": "
              + countries.size()
              + " countries for "
              + names.size()
              + " organizations, so none is given");
    }
  }

  /**
   * The value of a multi-valued cell for the {@code i}th of {@code n} organizations: by position
   * when the cell has one value per organization, the only value when it has one, else none.
   */
  private static String matching(List<String> values, int n, int i) {
    return values.size() == n ? values.get(i) : values.size() == 1 ? values.get(0) : "";
  }

  private static void parameters(
      String[] cells, Map<String, Integer> columns, Draft draft, Source source) {
    Optional<String> text = cell(cells, columns, "Parameters");
    if (text.isEmpty()) {
      return;
    }
    try {
      QuantityParser.parse(text.get().replaceAll("\\.0+$", ""), Unit.PARAMETERS)
          .ifPresent(
              q -> {
                Measurement.Builder m =
                    Measurement.builder().subject("parameters").quantity(q).source(source);
                m.confidence(
                    cell(cells, columns, "Confidence")
                        .map(
                            c ->
                                CONFIDENCE.getOrDefault(
                                    c.toLowerCase(Locale.ROOT), Confidence.SECONDARY))
                        .orElse(Confidence.SECONDARY));
                cell(cells, columns, "Parameters notes").ifPresent(m::note);
                draft.builder().parameters(m.build());
              });
    } catch (NotationException e) {
      draft.leftOut("Parameters: " + e.getMessage());
    }
  }

  private static void access(String[] cells, Map<String, Integer> columns, Draft draft) {
    Optional<String> text = cell(cells, columns, "Model accessibility");
    if (text.isEmpty()) {
      return;
    }
    String v = text.get().toLowerCase(Locale.ROOT);
    if (v.startsWith("open weights")) {
      draft.builder().addAccess(Access.OPEN_WEIGHTS);
    } else if (v.startsWith("api access")) {
      draft.builder().addAccess(Access.API);
    } else if (v.startsWith("hosted access")) {
      draft.builder().addAccess(Access.PRODUCT);
    } else if (v.equals("unreleased")) {
      draft.builder().addAccess(Access.CLOSED);
    } else {
      draft.leftOut(
          "Model accessibility '" + Notations.shorten(text.get()) + "': no matching access");
    }
  }

  private static Optional<String> cell(String[] cells, Map<String, Integer> columns, String name) {
    Integer i = columns.get(name);
    if (i == null || i >= cells.length || cells[i].isBlank()) {
      return Optional.empty();
    }
    return Optional.of(cells[i].strip());
  }
}
