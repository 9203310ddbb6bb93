package io.github.genaitaxonomy.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes synthetic Epoch AI notable models CSV files: the 42-column header of the export (column
 * names as Epoch AI spells them), one row per model with unique names, realistic cells (a domain,
 * one or two organizations with their categorization, a publication day, a reference and an arXiv
 * link, parameters with notes, compute, a confidence, quoted multi-valued cells), and a {@code Base
 * model} naming an earlier row in one row of 20. Seeded and deterministic.
 */
final class EpochCsvFiles {
  static final List<String> HEADER =
      List.of(
          "Model",
          "Domain",
          "Organization",
          "Organization categorization",
          "Country (from Organization)",
          "Authors",
          "Publication date",
          "Reference",
          "Link",
          "Citations",
          "Notability criteria",
          "Notability criteria notes",
          "Parameters",
          "Parameters notes",
          "Training compute (FLOP)",
          "Training compute notes",
          "Training dataset",
          "Training dataset notes",
          "Training dataset size (datapoints)",
          "Dataset size notes",
          "Training time (hours)",
          "Training time notes",
          "Training hardware",
          "Approach",
          "Confidence",
          "Abstract",
          "Epochs",
          "Benchmark data",
          "Model accessibility",
          "Base model",
          "Finetune compute (FLOP)",
          "Finetune compute notes",
          "Hardware quantity",
          "Hardware utilization (MFU)",
          "Last modified",
          "Training cloud compute vendor",
          "Training data center",
          "Archived links",
          "Batch size",
          "Batch size notes",
          "Foundation model",
          "Training code accessibility");

  private static final String[][] ORGANIZATIONS = {
    {"OpenAI", "Industry", "United States of America"},
    {"Google DeepMind", "Industry", "United Kingdom of Great Britain and Northern Ireland"},
    {"Meta AI", "Industry", "United States of America"},
    {"Stanford University", "Academia", "United States of America"},
    {"Tsinghua University", "Academia", "China"},
    {"Hugging Face", "Industry", "United States of America"},
    {"EleutherAI", "Research collective", "Multinational"},
    {"Alibaba", "Industry", "China"},
  };

  /**
   * Domain cells with their tasks for the reference title; the 42-column export has no Task column,
   * so only the first two determine a signature and the {@code Language} rows (one in ten) are
   * reported as unclassified.
   */
  private static final String[][] DOMAINS = {
    {"Image generation", "Text-to-image"},
    {"Video generation", "Text-to-video"},
    {"Language", "Language modeling/generation,Question answering"},
  };

  private static final String[] ACCESS = {
    "Open weights (unrestricted)", "API access", "Unreleased", "Open weights (restricted use)"
  };

  private static final String[] CONFIDENCE = {"Confident", "Likely", "Speculative"};

  private EpochCsvFiles() {}

  /** Writes {@code rows} rows to a temporary file and returns it; the caller deletes it. */
  static Path write(int rows, long seed) throws IOException {
    Path file = Files.createTempFile("epoch-" + rows + "-", ".csv");
    SplittableRandom random = new SplittableRandom(seed);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(String.join(",", HEADER));
      out.write("\r\n");
      String[] cells = new String[HEADER.size()];
      for (int i = 0; i < rows; i++) {
        row(i, random, cells);
        for (int c = 0; c < cells.length; c++) {
          if (c > 0) {
            out.write(',');
          }
          out.write(quoted(cells[c]));
        }
        out.write("\r\n");
      }
    }
    return file;
  }

  private static void row(int i, SplittableRandom random, String[] cells) {
    java.util.Arrays.fill(cells, "");
    String[] org = ORGANIZATIONS[random.nextInt(ORGANIZATIONS.length)];
    int d = random.nextInt(10);
    String[] domain = DOMAINS[d == 0 ? 2 : d % 2];
    boolean twoOrganizations = random.nextInt(10) == 0;
    String[] second = ORGANIZATIONS[random.nextInt(ORGANIZATIONS.length)];
    long parameters = (1L + random.nextInt(700)) * 100_000_000L;
    int year = 2018 + random.nextInt(8);
    String arxiv = String.format("%02d%02d.%05d", year % 100, 1 + random.nextInt(12), i % 100_000);
    cells[0] = "Model " + i;
    cells[1] = domain[0];
    cells[2] = twoOrganizations && second != org ? org[0] + "," + second[0] : org[0];
    cells[3] = twoOrganizations && second != org ? org[1] + "," + second[1] : org[1];
    cells[4] = org[2];
    cells[5] = "A. Author, B. Author, C. Author";
    cells[6] = String.format("%d-%02d-%02d", year, 1 + random.nextInt(12), 1 + random.nextInt(28));
    cells[7] = "Scaling study " + i + " of " + domain[1].replace(',', ' ') + " models";
    cells[8] = "https://arxiv.org/abs/" + arxiv;
    cells[9] = String.valueOf(random.nextInt(5000));
    cells[10] = "Highly cited";
    cells[12] = String.valueOf(parameters);
    cells[13] = random.nextInt(3) == 0 ? "Table 1 of the paper" : "";
    cells[14] = String.format("%.1e", parameters * 6.0 * 300e9);
    cells[15] = "6ND approximation with 300B tokens";
    cells[16] = "Common Crawl,Wikipedia";
    cells[18] = "300000000000";
    cells[22] = "NVIDIA A100 SXM4 80 GB";
    cells[24] = CONFIDENCE[random.nextInt(CONFIDENCE.length)];
    cells[25] =
        "We train a " + (parameters / 1_000_000_000L) + "B-parameter model and report results.";
    cells[28] = ACCESS[random.nextInt(ACCESS.length)];
    if (i > 0 && i % 20 == 0) {
      cells[29] = "Model " + (i - 1 - random.nextInt(Math.min(i, 1000)));
    }
    cells[34] = "2025-01-15 10:00:00+00:00";
  }

  private static String quoted(String cell) {
    if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0) {
      return cell;
    }
    return '"' + cell.replace("\"", "\"\"") + '"';
  }
}
