package io.github.genaitaxonomy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.genaitaxonomy.core.Catalog;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the facade treats the streams it is given: flushed, left open, failures passed on. */
class FacadeStreamsTest {
  private static final Catalog RICH = Fixtures.rich();

  @Test
  void should_write_the_documented_layout_when_an_instance_is_built() {
    String built = TaxonomyJson.builder().build().write(RICH);

    assertThat(built).isEqualTo(TaxonomyJson.defaults().write(RICH));
    assertThat(built)
        .startsWith(
            "{\n  \"format\": \"genai-taxonomy/1\",\n  \"organizations\": [\n    {\n      \"id\": \"alphabet\",");
  }

  @Test
  void should_flush_a_buffered_writer_when_a_document_is_written() {
    StringWriter target = new StringWriter();
    Writer buffered = new BufferedWriter(target, 1 << 20);

    TaxonomyJson.defaults().write(RICH, buffered);

    assertThat(target.toString()).isEqualTo(TaxonomyJson.defaults().write(RICH));
  }

  @Test
  void should_flush_a_buffered_stream_when_a_document_is_written() {
    ByteArrayOutputStream target = new ByteArrayOutputStream();

    TaxonomyJson.defaults().write(RICH, new BufferedOutputStream(target, 1 << 20));

    assertThat(target.toString(StandardCharsets.UTF_8))
        .isEqualTo(TaxonomyJson.defaults().write(RICH));
  }

  @Test
  void should_flush_a_buffered_writer_when_lines_are_written() {
    StringWriter target = new StringWriter();
    StringWriter direct = new StringWriter();

    TaxonomyJson.defaults().writeLines(RICH, new BufferedWriter(target, 1 << 20));
    TaxonomyJson.defaults().writeLines(RICH, direct);

    assertThat(target.toString()).isEqualTo(direct.toString()).endsWith("}\n");
  }

  @Test
  void should_return_itself_when_records_are_written_so_that_calls_chain() {
    StringWriter out = new StringWriter();
    JsonLinesWriter lines = TaxonomyJson.defaults().linesWriter(out);

    JsonLinesWriter chained =
        lines
            .write(RICH.organizations().get("openai"))
            .write(RICH.techniques().get("transformer"))
            .write(RICH.get("gpt-3"));

    assertThat(chained).isSameAs(lines);
    assertThat(out.toString().lines()).hasSize(4);
  }

  @Test
  void should_throw_unchecked_io_exception_when_the_writer_fails() {
    Writer failing =
        new Writer() {
          @Override
          public void write(char[] buffer, int offset, int length) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };

    assertThatThrownBy(() -> TaxonomyJson.defaults().write(RICH, failing))
        .isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("disk full");
    assertThatThrownBy(() -> TaxonomyJson.defaults().linesWriter(failing))
        .isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("disk full");
  }

  @Test
  void should_throw_unchecked_io_exception_when_the_input_stream_fails() {
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("cable cut");
          }

          @Override
          public int read(byte[] buffer, int offset, int length) throws IOException {
            throw new IOException("cable cut");
          }
        };

    assertThatThrownBy(() -> TaxonomyJson.defaults().read(failing))
        .isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("cable cut");
  }

  /** The first character beyond the limit, by line and column, is where reading stops. */
  @ParameterizedTest(name = "limit {0}")
  @CsvSource({"1, 1, 2", "2, 1, 3", "3, 2, 1", "5, 2, 3", "6, 3, 1", "7, 3, 2"})
  void should_point_at_the_first_character_beyond_the_limit_when_a_string_is_too_long(
      int limit, int line, int column) {
    String text = "ab\ncd\nefgh";
    TaxonomyJson small = TaxonomyJson.builder().maxDocumentLength(limit).build();

    CatalogFormatException e =
        catchThrowableOfType(CatalogFormatException.class, () -> small.read(text));

    assertThat(e).isNotNull();
    assertThat(e.problem())
        .isEqualTo(
            "input limit exceeded: the document is longer than the maximum of "
                + limit
                + " characters");
    assertThat(e.line()).isEqualTo(line);
    assertThat(e.column()).isEqualTo(column);
  }
}
