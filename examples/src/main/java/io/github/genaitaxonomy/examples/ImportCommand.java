package io.github.genaitaxonomy.examples;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.Organization;
import io.github.genaitaxonomy.imports.ImportException;
import io.github.genaitaxonomy.imports.ImportMode;
import io.github.genaitaxonomy.imports.ImportSink;
import io.github.genaitaxonomy.imports.ImportSummary;
import io.github.genaitaxonomy.imports.ReportEntry;
import io.github.genaitaxonomy.json.JsonLinesWriter;
import io.github.genaitaxonomy.json.TaxonomyJson;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code tour import}: reads another catalog and writes it as {@code genai-taxonomy/1} JSON, with a
 * JSON report on every record not imported whole.
 *
 * <pre>{@code
 * tour import --format ecosystem-graphs --input assets --output catalog.json --report report.json
 * }</pre>
 *
 * <p>Exit status 0 when the input was read, even with skipped records; 2 with a one-line message
 * for a usage error or input that cannot be read.
 */
@Command(
    name = "import",
    usageHelpWidth = 100,
    sortOptions = false,
    mixinStandardHelpOptions = true,
    description = {
      "Reads another catalog into a genai-taxonomy catalog and reports on every record.",
      "Formats: ecosystem-graphs, epoch, models-dev, openrouter, hf-cards."
    })
final class ImportCommand implements Callable<Integer> {
  @Option(
      names = "--format",
      required = true,
      paramLabel = "FORMAT",
      converter = FormatConverter.class,
      description = "The catalog to read.")
  @Nullable ImportFormat format;

  @Option(
      names = "--input",
      required = true,
      paramLabel = "PATH",
      description = "The file or directory to read.")
  @Nullable Path input;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = {
        "Write the catalog here instead of standard output; a name ending in .jsonl",
        "gets JSON Lines, written record by record as the import streams."
      })
  @Nullable Path output;

  @Option(names = "--report", paramLabel = "FILE", description = "Write the report as JSON here.")
  @Nullable Path report;

  @Option(names = "--strict", description = "Stop at the first record that cannot be imported.")
  boolean strict;

  @Spec @Nullable CommandSpec spec;

  /** Converts {@code --format} ids such as {@code hf-cards}. */
  static final class FormatConverter implements CommandLine.ITypeConverter<ImportFormat> {
    @Override
    public ImportFormat convert(String value) {
      try {
        return ImportFormat.fromId(value.toLowerCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(String.valueOf(e.getMessage()));
      }
    }
  }

  @Override
  public Integer call() throws IOException {
    CommandSpec s = java.util.Objects.requireNonNull(spec);
    ImportFormat f = java.util.Objects.requireNonNull(format);
    Path in = java.util.Objects.requireNonNull(input);
    PrintWriter err = s.commandLine().getErr();
    if (!Files.exists(in)) {
      err.println("tour import: no such file or directory: " + in);
      return CommandLine.ExitCode.USAGE;
    }
    Path lines = output != null && output.toString().endsWith(".jsonl") ? output : null;
    Catalog catalog;
    try (JsonLinesWriter linesWriter =
            lines == null
                ? null
                : TaxonomyJson.defaults().linesWriter(Files.newBufferedWriter(lines, UTF_8));
        ReportWriter reportWriter = new ReportWriter(report)) {
      CommandSink sink = new CommandSink(linesWriter, reportWriter);
      try {
        reportWriter.counts(f.read(in, strict ? ImportMode.STRICT : ImportMode.LENIENT, sink));
      } catch (ImportException e) {
        err.println("tour import: " + e.getMessage());
        return CommandLine.ExitCode.USAGE;
      }
      catalog = sink.catalog.build();
    }
    if (lines != null) {
      return CommandLine.ExitCode.OK;
    }
    String json = TaxonomyJson.defaults().write(catalog);
    if (output == null) {
      PrintWriter out = s.commandLine().getOut();
      out.println(json);
      out.flush();
    } else {
      Files.writeString(output, json + "\n", UTF_8);
    }
    return CommandLine.ExitCode.OK;
  }

  /**
   * Puts the organizations and models into a JSON Lines file as they come, or into a catalog
   * written once the import ends; gives the report lines to the report.
   */
  private static final class CommandSink implements ImportSink {
    final Catalog.Builder catalog = Catalog.builder();
    private final @Nullable JsonLinesWriter lines;
    private final ReportWriter report;

    CommandSink(@Nullable JsonLinesWriter lines, ReportWriter report) {
      this.lines = lines;
      this.report = report;
    }

    @Override
    public void organization(Organization organization) {
      if (lines == null) {
        catalog.addOrganizations(organization);
      } else {
        lines.write(organization);
      }
    }

    @Override
    public void model(GenerativeModel model) {
      if (lines == null) {
        catalog.addModels(model);
      } else {
        lines.write(model);
      }
    }

    @Override
    public void dangling(String record, String target) {
      report.dangling(target);
    }

    @Override
    public void entry(ReportEntry entry) {
      report.entry(entry);
    }
  }

  /**
   * The report as JSON, written as the import goes so that it holds one entry at a time: {@code
   * entries}, one object per record not imported whole (its {@code record}, {@code outcome}, {@code
   * reason} and, when it has some, its {@code dangling} lineage targets), then the counts {@code
   * records}, {@code imported}, {@code imported_partially}, {@code skipped} and {@code dangling}.
   * Writes nothing without a file.
   */
  static final class ReportWriter implements Closeable {
    private final @Nullable Writer writer;
    private final @Nullable JsonGenerator json;
    private final List<String> dangling = new ArrayList<>();

    ReportWriter(@Nullable Path file) throws IOException {
      if (file == null) {
        writer = null;
        json = null;
        return;
      }
      writer = Files.newBufferedWriter(file, UTF_8);
      json =
          JsonMapper.builder()
              .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
              .build()
              .writerWithDefaultPrettyPrinter()
              .createGenerator(writer);
      json.writeStartObject();
      json.writeName("entries");
      json.writeStartArray();
    }

    void dangling(String target) {
      dangling.add(target);
    }

    void entry(ReportEntry entry) {
      if (json != null && !entry.reasons().isEmpty()) {
        json.writeStartObject();
        json.writeStringProperty("record", entry.record());
        json.writeStringProperty("outcome", entry.outcome().name().toLowerCase(Locale.ROOT));
        json.writeStringProperty("reason", String.join("; ", entry.reasons()));
        if (!dangling.isEmpty()) {
          json.writeName("dangling");
          json.writeStartArray();
          dangling.forEach(json::writeString);
          json.writeEndArray();
        }
        json.writeEndObject();
      }
      dangling.clear();
    }

    void counts(ImportSummary summary) {
      if (json != null) {
        json.writeEndArray();
        json.writeNumberProperty("records", summary.records());
        json.writeNumberProperty("imported", summary.imported());
        json.writeNumberProperty("imported_partially", summary.importedPartially());
        json.writeNumberProperty("skipped", summary.skipped());
        json.writeNumberProperty("dangling", summary.dangling());
        json.writeEndObject();
      }
    }

    @Override
    public void close() throws IOException {
      if (json != null && writer != null) {
        json.close();
        writer.write("\n");
        writer.close();
      }
    }
  }
}
