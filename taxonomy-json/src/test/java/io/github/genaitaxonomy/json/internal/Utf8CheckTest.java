package io.github.genaitaxonomy.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The UTF-8 check: every well-formed sequence passes, each ill-formed one fails at its place. */
class Utf8CheckTest {
  private static byte[] readAll(InputStream in, int chunk) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    byte[] buffer = new byte[chunk];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 8, 9, 4096})
  void should_pass_every_byte_when_the_text_is_well_formed(int chunk) throws IOException {
    String text =
        "line one\nzwei: \u00e4\u00f6\u00fc\n\u4e2d\u6587 \ud83d\ude00 \u007f\u0080\u07ff\u0800\uffff\n"
            .repeat(20);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

    assertThat(readAll(new Utf8Check(new ByteArrayInputStream(bytes)), chunk)).isEqualTo(bytes);
  }

  @ParameterizedTest
  @CsvSource({
    // hex after the prefix 'ab\ncd', line, column, what the message says
    "C0AF, 2, 3, 0xC0 cannot start",
    "E080AF, 2, 3, 0x80 is not a continuation",
    "EDA080, 2, 3, 0xA0 is not a continuation",
    "F4908080, 2, 3, 0x90 is not a continuation",
    "F5, 2, 3, 0xF5 cannot start",
    "80, 2, 3, 0x80 cannot start",
    "C328, 2, 3, 0x28 is not a continuation",
    "C3A4C0, 2, 4, 0xC0 cannot start",
  })
  void should_fail_at_line_and_column_when_a_sequence_is_ill_formed(
      String hex, int line, int column, String message) {
    for (int chunk : new int[] {1, 2, 8, 4096}) {
      byte[] prefix = "0123456789ab\ncd".getBytes(StandardCharsets.US_ASCII);
      byte[] bad = HexFormat.of().parseHex(hex);
      byte[] bytes = new byte[prefix.length + bad.length + 12];
      System.arraycopy(prefix, 0, bytes, 0, prefix.length);
      System.arraycopy(bad, 0, bytes, prefix.length, bad.length);
      java.util.Arrays.fill(bytes, prefix.length + bad.length, bytes.length, (byte) ' ');

      Utf8Check.MalformedUtf8 e =
          catchThrowableOfType(
              Utf8Check.MalformedUtf8.class,
              () -> readAll(new Utf8Check(new ByteArrayInputStream(bytes)), chunk));

      assertThat(e).as(hex + " in chunks of " + chunk).isNotNull();
      assertThat(e.line()).as(hex).isEqualTo(line);
      assertThat(e.column()).as(hex + " in chunks of " + chunk).isEqualTo(column);
      assertThat(e.problem()).contains(message);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"EFBBBF7B7D", "C3"})
  void should_fail_when_the_input_starts_with_a_byte_order_mark_or_ends_inside_a_character(
      String hex) {
    byte[] bytes = HexFormat.of().parseHex(hex);

    Utf8Check.MalformedUtf8 e =
        catchThrowableOfType(
            Utf8Check.MalformedUtf8.class,
            () -> readAll(new Utf8Check(new ByteArrayInputStream(bytes)), 16));

    assertThat(e).isNotNull();
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(1);
  }
}
