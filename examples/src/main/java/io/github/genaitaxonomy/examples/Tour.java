package io.github.genaitaxonomy.examples;

import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.data.Edition;
import io.github.genaitaxonomy.examples.internal.ChartPicture;
import io.github.genaitaxonomy.examples.internal.Dot;
import io.github.genaitaxonomy.examples.internal.Exports;
import io.github.genaitaxonomy.examples.internal.FieldProgress;
import io.github.genaitaxonomy.examples.internal.LineagePicture;
import io.github.genaitaxonomy.examples.internal.Mermaid;
import io.github.genaitaxonomy.examples.internal.OrganizationPicture;
import io.github.genaitaxonomy.examples.internal.Reconciling;
import io.github.genaitaxonomy.examples.internal.Site;
import io.github.genaitaxonomy.examples.internal.TaxonomyOverview;
import io.github.genaitaxonomy.examples.internal.TaxonomyPicture;
import io.github.genaitaxonomy.examples.internal.TimelinePicture;
import io.github.genaitaxonomy.examples.internal.TourText;
import io.github.genaitaxonomy.json.TaxonomyJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * A tour of the catalog on the command line, and the door to its exports and pictures.
 *
 * <p>Without options it prints, in lines of at most 100 characters, the nine categories as a tree
 * with each model's organizations and month, the timeline by month, the models per organization,
 * the lineage and the survey's discrepancies. One option changes what it prints:
 *
 * <pre>{@code
 * ./mvnw -q -pl examples -am compile exec:java
 * ./mvnw -q -pl examples -am compile exec:java -Dexec.args="--export csv"
 * ./mvnw -q -pl examples -am compile exec:java \
 *     -Dexec.args="--picture taxonomy --output docs/taxonomy.svg"
 * }</pre>
 *
 * <p>Tests call {@link #run(String[], PrintStream, PrintStream)}, which returns the exit status
 * instead of exiting: 0 on success and for {@code --help}, 1 when the output cannot be written, 2
 * for a usage error, with the usage on the error stream.
 */
@Command(
    name = "tour",
    subcommands = ImportCommand.class,
    usageHelpWidth = 100,
    sortOptions = false,
    description = {
      "Tours the genai-taxonomy catalog: the nine categories, the timeline, the models per"
          + " organization, the lineage and the survey's discrepancies.",
      "With an option, prints the catalog as data, a picture or a graph instead."
    },
    footer = {
      "",
      "Examples:",
      "  tour --export csv > models.csv",
      "  tour --picture lineage --output lineage.svg",
      "  tour --site site",
      "  tour --mermaid taxonomy",
      "  tour import --format hf-cards --input cards --report report.json"
    })
public final class Tour implements Callable<Integer> {

  /** The formats of {@code --export}. */
  enum Format {
    JSON,
    JSONL,
    CSV,
    MARKDOWN,
    ANALYTICS;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The pictures of {@code --picture}. */
  enum Picture {
    TAXONOMY,
    TIMELINE,
    ORGANIZATIONS,
    LINEAGE,
    YEARS,
    CONCENTRATION,
    OVERVIEW;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The graphs of {@code --mermaid} and {@code --dot}. */
  enum Graph {
    TAXONOMY,
    LINEAGE;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** At most one of these: what to print instead of the tour. */
  static final class Action {
    @Option(
        names = "--export",
        paramLabel = "FORMAT",
        description = "Print the whole catalog as ${COMPLETION-CANDIDATES}.")
    @Nullable Format export;

    @Option(
        names = "--picture",
        paramLabel = "PICTURE",
        description = "Draw a standalone SVG picture: ${COMPLETION-CANDIDATES}.")
    @Nullable Picture picture;

    @Option(
        names = "--mermaid",
        paramLabel = "GRAPH",
        description = "Print a Mermaid flowchart: ${COMPLETION-CANDIDATES}.")
    @Nullable Graph mermaid;

    @Option(
        names = "--dot",
        paramLabel = "GRAPH",
        description = "Print a Graphviz DOT graph: ${COMPLETION-CANDIDATES}.")
    @Nullable Graph dot;

    @Option(
        names = "--reconcile",
        paramLabel = "FILE",
        arity = "1..*",
        hideParamSyntax = true,
        description =
            "Reconcile the catalog with one or more genai-taxonomy/1 FILEs, trusted in the order"
                + " given after the catalog itself, and print the report.")
    @Nullable List<Path> reconcile;

    @Option(
        names = "--site",
        paramLabel = "DIR",
        description = "Write a static explorer site (index.html and the pictures) into DIR.")
    @Nullable Path site;
  }

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  @Nullable Action action;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output; parent folders are created.")
  @Nullable Path output;

  @Option(
      names = "--edition",
      paramLabel = "EDITION",
      defaultValue = "all",
      description = "The catalog: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Edition edition = Edition.ALL;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;

  private final PrintWriter out;

  private Tour(PrintWriter out) {
    this.out = out;
  }

  /** Runs the tour with the arguments; exits with a non-zero status only on failure. */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the tour with the arguments, printing to {@code out} and {@code err} in UTF-8, and returns
   * the exit status without exiting: 0 on success or help, 1 when writing failed, 2 for a usage
   * error.
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    PrintWriter outWriter = utf8(out);
    PrintWriter errWriter = utf8(err);
    try {
      CommandLine command = new CommandLine(new Tour(outWriter));
      command.setCaseInsensitiveEnumValuesAllowed(true);
      command.setOut(outWriter);
      command.setErr(errWriter);
      command.setExecutionExceptionHandler(
          (exception, commandLine, parseResult) -> {
            commandLine
                .getErr()
                .println(commandLine.getColorScheme().errorText("tour: " + message(exception)));
            return CommandLine.ExitCode.SOFTWARE;
          });
      return command.execute(args);
    } finally {
      outWriter.flush();
      errWriter.flush();
    }
  }

  /** Prints or writes what the options ask for. */
  @Override
  public Integer call() throws IOException {
    Catalog catalog = edition.catalog();
    Action chosen = action;
    if (chosen == null) {
      emit("tour", writer -> tour(catalog, writer));
    } else if (chosen.export != null) {
      Format format = chosen.export;
      emit(format == Format.JSONL ? "JSON Lines" : format + " export", export(catalog, format));
    } else if (chosen.picture != null) {
      String svg = picture(catalog, chosen.picture);
      emit(chosen.picture + " picture", writer -> writer.write(svg));
    } else if (chosen.reconcile != null) {
      List<Path> files = chosen.reconcile;
      emit("reconciliation report", writer -> Reconciling.report(catalog, files, writer));
    } else if (chosen.site != null) {
      Site.write(catalog, chosen.site);
      out.println("Wrote the explorer site to " + chosen.site.resolve("index.html"));
    } else if (chosen.mermaid != null) {
      String text =
          chosen.mermaid == Graph.TAXONOMY ? Mermaid.taxonomy(catalog) : Mermaid.lineage(catalog);
      emit("Mermaid " + chosen.mermaid, writer -> writer.write(text));
    } else {
      Graph graph = Objects.requireNonNull(chosen.dot);
      String text = graph == Graph.TAXONOMY ? Dot.taxonomy(catalog) : Dot.lineage(catalog);
      emit("DOT " + graph, writer -> writer.write(text));
    }
    return 0;
  }

  private void tour(Catalog catalog, Writer writer) {
    PrintWriter printer = new PrintWriter(writer);
    TourText.print(catalog, edition.id(), printer);
    printer.flush();
  }

  private static Content export(Catalog catalog, Format format) {
    return switch (format) {
      case JSON -> writer -> TaxonomyJson.defaults().write(catalog, writer);
      case JSONL -> writer -> TaxonomyJson.defaults().writeLines(catalog, writer);
      case CSV -> writer -> Exports.csv(catalog, writer);
      case MARKDOWN -> writer -> writer.write(Exports.markdown(catalog));
      case ANALYTICS -> writer -> FieldProgress.writeJson(catalog, writer);
    };
  }

  private static String picture(Catalog catalog, Picture picture) {
    return switch (picture) {
      case TAXONOMY -> TaxonomyPicture.render(catalog);
      case TIMELINE -> TimelinePicture.render(catalog);
      case ORGANIZATIONS -> OrganizationPicture.render(catalog);
      case LINEAGE -> LineagePicture.render(catalog);
      case YEARS -> ChartPicture.modelsPerCategory(catalog);
      case CONCENTRATION -> ChartPicture.concentration(catalog);
      case OVERVIEW -> TaxonomyOverview.render(catalog);
    };
  }

  /** Something that writes text. */
  private interface Content {
    void writeTo(Writer writer) throws IOException;
  }

  /** Writes the content to {@link #output}, or to standard output when none is given. */
  private void emit(String what, Content content) throws IOException {
    Path file = output;
    if (file == null) {
      content.writeTo(out);
      out.flush();
      return;
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      content.writeTo(writer);
    }
    out.println("Wrote the " + what + " to " + file + " (" + Files.size(file) + " bytes)");
  }

  private static String message(Exception exception) {
    if (exception instanceof UncheckedIOException unchecked) {
      return "cannot write: " + unchecked.getCause();
    }
    if (exception instanceof IOException) {
      return "cannot write: " + exception;
    }
    return String.valueOf(exception);
  }

  private static PrintWriter utf8(OutputStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }
}
