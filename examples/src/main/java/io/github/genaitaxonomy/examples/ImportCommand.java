package io.github.genaitaxonomy.examples;

import io.github.genaitaxonomy.imports.ImportException;
import io.github.genaitaxonomy.imports.ImportMode;
import io.github.genaitaxonomy.imports.ImportReport;
import io.github.genaitaxonomy.imports.ImportResult;
import io.github.genaitaxonomy.imports.ReportEntry;
import io.github.genaitaxonomy.json.TaxonomyJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

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
      description = "Write the catalog here instead of standard output.")
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
    ImportResult result;
    try {
      result = f.read(in, strict ? ImportMode.STRICT : ImportMode.LENIENT);
    } catch (ImportException e) {
      err.println("tour import: " + e.getMessage());
      return CommandLine.ExitCode.USAGE;
    }
    String catalog = TaxonomyJson.defaults().write(result.catalog());
    if (output == null) {
      PrintWriter out = s.commandLine().getOut();
      out.println(catalog);
      out.flush();
    } else {
      Files.writeString(output, catalog + "\n", StandardCharsets.UTF_8);
    }
    if (report != null) {
      Files.writeString(report, reportJson(result.report()) + "\n", StandardCharsets.UTF_8);
    }
    return CommandLine.ExitCode.OK;
  }

  /** The report as JSON: the counts, one entry per record not imported whole, the dangling. */
  static String reportJson(ImportReport report) {
    JsonMapper mapper = JsonMapper.builder().build();
    ObjectNode root = mapper.createObjectNode();
    root.put("records", report.records());
    root.put("imported", report.imported());
    root.put("imported_partially", report.importedPartially());
    root.put("skipped", report.skipped());
    root.put("dangling", report.dangling().size());
    ArrayNode entries = root.putArray("entries");
    for (ReportEntry e : report.entries()) {
      if (e.reasons().isEmpty()) {
        continue;
      }
      ObjectNode entry = entries.addObject();
      entry.put("record", e.record());
      entry.put("outcome", e.outcome().name().toLowerCase(Locale.ROOT));
      entry.put("reason", String.join("; ", e.reasons()));
    }
    ArrayNode dangling = root.putArray("dangling_references");
    report.dangling().forEach(dangling::add);
    return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }
}
