package io.github.genaitaxonomy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.CatalogValidationException;
import io.github.genaitaxonomy.core.Organization;
import io.github.genaitaxonomy.core.OrganizationKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/** Regression tests named after the hardening findings on the JSON paths. */
class JsonHardeningTest {
  private static final String AMOUNT = "\"amount\": 650000000";
  private static final String HEADER = "{\"format\":\"genai-taxonomy/1\",\"kind\":\"header\"}";
  private static final String OPENAI =
      "{\"type\":\"organization\",\"id\":\"openai\",\"name\":\"OpenAI\",\"kind\":\"company\"}";

  private static CatalogFormatException failure(Runnable read) {
    CatalogFormatException e = catchThrowableOfType(CatalogFormatException.class, read::run);
    assertThat(e).as("a CatalogFormatException").isNotNull();
    return e;
  }

  private static <T> T onDefaultStack(Supplier<T> work) throws InterruptedException {
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread =
        new Thread(
            () -> {
              try {
                result.set(work.get());
              } catch (Throwable t) {
                failure.set(t);
              }
            });
    thread.start();
    thread.join();
    assertThat(failure.get()).as("what the read threw").isNull();
    return java.util.Objects.requireNonNull(result.get());
  }

  // 1. Short numbers escape

  @ParameterizedTest
  @ValueSource(
      strings = {"1e2147483648", "1e-2147483648", "1e2147483647", "-1e2147483647", "-1e999999999"})
  void should_fail_located_when_an_amount_has_a_huge_exponent(String amount) {
    String input = BadInputTest.VALID.replace(AMOUNT, "\"amount\": " + amount);

    CatalogFormatException facade = failure(() -> TaxonomyJson.defaults().read(input));
    Throwable plain =
        catchThrowable(
            () ->
                JsonMapper.builder()
                    .addModule(new TaxonomyModule())
                    .build()
                    .readValue(input, Catalog.class));

    assertThat(facade.jsonPath()).isEqualTo("$.models[0].trainingData[0].amount");
    assertThat(facade.getMessage()).hasSizeLessThan(300);
    assertThat(plain)
        .isInstanceOf(DatabindException.class)
        .hasCauseInstanceOf(CatalogFormatException.class);
    assertThat(
            ((CatalogFormatException) java.util.Objects.requireNonNull(plain.getCause()))
                .jsonPath())
        .isEqualTo(facade.jsonPath());
  }

  @Test
  void should_fail_located_when_a_json_lines_amount_has_a_huge_exponent() {
    String record =
        "{\"type\":\"model\",\"id\":\"m\",\"name\":\"M\",\"signature\":\"text->text\","
            + "\"released\":\"2022-04\",\"paperAbsentReason\":\"none\",\"parameters\":{\"subject\":\"p\","
            + "\"amount\":1e2147483648,\"unit\":\"parameters\",\"source\":\"https://example.org/\","
            + "\"confidence\":\"confirmed\"},\"sources\":[\"https://example.org/\"],\"summary\":\"S.\"}";

    CatalogFormatException e =
        failure(
            () ->
                TaxonomyJson.defaults().readLines(new StringReader(HEADER + "\n" + record + "\n")));

    assertThat(e.jsonPath()).isEqualTo("$.parameters.amount");
    assertThat(e.line()).isEqualTo(2);
  }

  // 2. Valid catalogs fail

  @Test
  void should_read_when_a_valid_lineage_chain_holds_20000_models() throws InterruptedException {
    String json = TaxonomyJson.defaults().write(chainCatalog(20_000));

    Catalog read = onDefaultStack(() -> TaxonomyJson.defaults().read(json));

    assertThat(read.models().size()).isEqualTo(20_000);
  }

  private static Catalog chainCatalog(int length) {
    return Fixtures.generated(length);
  }

  @Test
  void should_read_when_100000_organizations_chain_their_parents() throws InterruptedException {
    Catalog.Builder chain = Catalog.builder();
    for (int i = 0; i < 100_000; i++) {
      Organization.Builder o =
          Organization.builder().id("o-" + i).name("O " + i).kind(OrganizationKind.COMPANY);
      if (i > 0) {
        o.parent("o-" + (i - 1));
      }
      chain.addOrganizations(o.build());
    }
    String json = TaxonomyJson.defaults().write(chain.build());

    Catalog read = onDefaultStack(() -> TaxonomyJson.defaults().read(json));

    assertThat(read.organizations().size()).isEqualTo(100_000);
  }

  // 3. Quadratic time from small documents

  @Test
  void should_answer_within_seconds_when_4000_references_dangle_in_a_megabyte() {
    // 4,000 known ids, and 4,000 unknown ones each within the suggestion distance of many of them.
    StringBuilder organizations = new StringBuilder();
    StringBuilder models = new StringBuilder();
    for (int i = 0; i < 4_000; i++) {
      organizations
          .append(i == 0 ? "" : ",")
          .append("{\"id\":\"org-")
          .append(i)
          .append("\",\"name\":\"O\",\"kind\":\"company\"}");
      models
          .append(i == 0 ? "" : ",\n")
          .append("{\"id\":\"m-")
          .append(i)
          .append("\",\"name\":\"M\",\"signature\":\"text->text\",")
          .append("\"developers\":[\"dev-")
          .append(i)
          .append("\"],\"released\":\"2022-04\",")
          .append(
              "\"paperAbsentReason\":\"n\",\"sources\":[\"https://e.org/\"],\"summary\":\"S.\"}");
    }
    String input =
        "{\"format\": \"genai-taxonomy/1\", \"organizations\": ["
            + organizations
            + "], \"techniques\": [], \"models\": [\n"
            + models
            + "]}";
    long start = System.nanoTime();

    CatalogFormatException e = failure(() -> TaxonomyJson.defaults().read(input));

    assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(10_000);
    assertThat(input.length()).isLessThan(1 << 20);
    assertThat(e.problem())
        .startsWith("unknown organization 'dev-0'; nearest known: org-0")
        .contains("(and 3999 more:")
        .contains("models[19].developers[0]: unknown organization 'dev-19'; nearest known: org-19")
        .doesNotContain("'dev-20'")
        .endsWith("; 3980 not shown)");
    assertThat(e.getCause())
        .isInstanceOfSatisfying(
            CatalogValidationException.class, v -> assertThat(v.violations()).hasSize(4_000));
  }

  // 4. Memory

  /** Characters without end: a document opening, then spaces. */
  private static Reader endless() {
    return new Reader() {
      private final String start = "{\"format\": \"genai-taxonomy/1\", \"organizations\": [";
      private long position;

      @Override
      public int read(char[] buffer, int offset, int length) {
        for (int i = 0; i < length; i++, position++) {
          buffer[offset + i] = position < start.length() ? start.charAt((int) position) : ' ';
        }
        return length;
      }

      @Override
      public void close() {}
    };
  }

  @Test
  void should_stop_at_the_document_limit_when_a_reader_never_ends() {
    CatalogFormatException e = failure(() -> TaxonomyJson.defaults().read(endless()));

    assertThat(e.problem()).startsWith("input limit exceeded");
  }

  @Test
  void should_stop_at_the_total_limit_when_read_lines_reads_a_long_file(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("long.jsonl");
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    for (int i = 0; i < 100; i++) {
      text.append(OPENAI.replace("openai", "o-" + i)).append('\n');
    }
    Files.writeString(file, text);
    TaxonomyJson small = TaxonomyJson.builder().maxDocumentLength(text.length() / 2).build();

    CatalogFormatException e = failure(() -> small.readLines(file));

    assertThat(e.problem()).startsWith("input limit exceeded: the input is longer than");
    assertThat(e.line()).isBetween(40, 60);
  }

  // 5. Bad UTF-8 accepted

  private static byte[] withBytes(String before, byte[] bad, String after) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(bad);
    out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  @ParameterizedTest
  @ValueSource(strings = {"C0AF", "F4908080", "EDA080", "E080AF", "FF", "80", "C3"})
  void should_fail_at_the_line_when_a_document_has_bad_utf8(String hex) {
    byte[] bad = java.util.HexFormat.of().parseHex(hex);
    String valid = BadInputTest.VALID;
    int at = valid.indexOf("Text to image.");
    byte[] input = withBytes(valid.substring(0, at), bad, valid.substring(at));

    CatalogFormatException e =
        failure(() -> TaxonomyJson.defaults().read(new ByteArrayInputStream(input)));

    assertThat(e.problem()).startsWith("invalid UTF-8");
    assertThat(e.line()).isEqualTo(valid.substring(0, at).split("\n", -1).length);
  }

  @Test
  void should_fail_at_the_line_when_a_json_lines_file_has_bad_utf8(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("bad.jsonl");
    Files.write(
        file,
        withBytes(
            HEADER + "\n" + OPENAI + "\n{\"type\":\"organization\",\"id\":\"x\",\"name\":\"",
            new byte[] {(byte) 0xC0, (byte) 0xAF},
            "\",\"kind\":\"company\"}\n"));

    CatalogFormatException e = failure(() -> TaxonomyJson.defaults().readLines(file));

    assertThat(e.problem()).startsWith("invalid UTF-8: the byte 0xC0");
    assertThat(e.line()).isEqualTo(3);
  }

  @Test
  void should_reject_a_byte_order_mark_on_every_path() {
    String bom = "\uFEFF";
    byte[] bytes =
        withBytes("", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, BadInputTest.VALID);

    CatalogFormatException fromBytes =
        failure(() -> TaxonomyJson.defaults().read(new ByteArrayInputStream(bytes)));
    CatalogFormatException fromText =
        failure(() -> TaxonomyJson.defaults().read(bom + BadInputTest.VALID));
    CatalogFormatException fromReader =
        failure(() -> TaxonomyJson.defaults().read(new StringReader(bom + BadInputTest.VALID)));
    CatalogFormatException fromLines =
        failure(() -> TaxonomyJson.defaults().readLines(new StringReader(bom + HEADER + "\n")));

    assertThat(fromBytes.problem()).contains("byte order mark");
    assertThat(java.util.List.of(fromText, fromReader, fromLines))
        .allSatisfy(e -> assertThat(e.line()).isEqualTo(1));
  }

  // 6. Silent acceptances

  @Test
  void should_return_null_from_a_plain_mapper_but_fail_in_the_facade_when_the_document_is_null() {
    JsonMapper plain = JsonMapper.builder().addModule(new TaxonomyModule()).build();

    assertThat(plain.readValue("null", Catalog.class)).isNull();
    assertThat(failure(() -> TaxonomyJson.defaults().read("null")).problem())
        .isEqualTo("expected a catalog document (a JSON object) but found null");
  }

  @Test
  void should_reject_a_duplicate_key_inside_a_skipped_value_when_a_plain_mapper_reads() {
    String input =
        BadInputTest.VALID.replace(
            "\"summary\": \"Text to image.\"",
            "\"summary\": \"Text to image.\", \"extra\": {\"a\": [{\"b\": 1, \"b\": 2}]}");
    JsonMapper plain = JsonMapper.builder().addModule(new TaxonomyModule()).build();
    TaxonomyJson lenient = TaxonomyJson.builder().ignoreUnknownKeys(true).build();

    Throwable fromPlain = catchThrowable(() -> plain.readValue(input, Catalog.class));
    CatalogFormatException fromLenient = failure(() -> lenient.read(input));

    assertThat(fromPlain)
        .isInstanceOf(DatabindException.class)
        .hasCauseInstanceOf(CatalogFormatException.class);
    assertThat(
            ((CatalogFormatException) java.util.Objects.requireNonNull(fromPlain.getCause()))
                .problem())
        .isEqualTo("duplicate key 'b'");
    assertThat(fromLenient.problem()).isEqualTo("duplicate key 'b'");
    assertThat(fromLenient.jsonPath()).isEqualTo("$.models[0].extra.a[0].b");
  }

  // 7. Rough messages

  @Test
  void should_point_at_the_key_when_a_key_is_repeated() {
    String input = "{\"format\": \"genai-taxonomy/1\",\n  \"format\": \"genai-taxonomy/1\"}";

    CatalogFormatException e = failure(() -> TaxonomyJson.defaults().read(input));

    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(3);
    assertThat(e.jsonPath()).isEqualTo("$.format");
  }

  @Test
  void should_leave_out_jacksons_source_text_when_a_record_is_split_over_lines() {
    String text =
        HEADER
            + "\n{\"type\":\"organization\",\n\"id\":\"openai\",\"name\":\"OpenAI\",\"kind\":\"company\"}\n";

    CatalogFormatException e =
        failure(() -> TaxonomyJson.defaults().readLines(new StringReader(text)));

    assertThat(e.getMessage()).doesNotContain("[Source").doesNotContain("REDACTED");
    assertThat(e.line()).isEqualTo(2);
  }

  @Test
  void should_name_a_repeated_header_when_the_header_line_comes_twice() {
    String text = HEADER + "\n" + OPENAI + "\n" + HEADER + "\n";

    CatalogFormatException e =
        failure(() -> TaxonomyJson.defaults().readLines(new StringReader(text)));

    assertThat(e.line()).isEqualTo(3);
    assertThat(e.problem()).startsWith("a second header line");
  }
}
