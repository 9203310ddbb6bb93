package io.github.genaitaxonomy.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.genaitaxonomy.core.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written grammars accept exactly what the regular expressions they replaced accept, on
 * known good and bad references and on random strings of the characters that matter.
 */
class ReferenceSyntaxTest {
  private static final Pattern NEW_STYLE =
      Pattern.compile(
          "(?:(?:1[5-9]|[2-9]\\d)(?:0[1-9]|1[0-2])\\.\\d{5}"
              + "|(?:0[7-9]|1[0-4])(?:0[1-9]|1[0-2])\\.\\d{4})(?:v[1-9]\\d*)?");
  private static final Pattern OLD_STYLE =
      Pattern.compile("[a-z]+(-[a-z]+)*(\\.[A-Z]{2})?/\\d{2}(0[1-9]|1[0-2])\\d{3}(v[1-9]\\d*)?");
  private static final Pattern SEED = Pattern.compile("[0-9]{3}_[0-9a-f]{16}\\.txt");
  private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");
  private static final Pattern CATALOG =
      Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*:[^\\s#]+#[^\\p{Cntrl}]+");

  @Test
  void should_accept_what_the_arxiv_expressions_accept() {
    List<String> cases =
        cases(
            "0123456789.vLGh-t/ ",
            List.of(
                "2204.06125",
                "2204.06125v2",
                "0704.0001",
                "0704.00001",
                "1412.1234",
                "1501.1234",
                "2213.06125",
                "2200.06125",
                "2204.06125v0",
                "2204.06125v",
                "hep-th/9901001",
                "cs.LG/0101001",
                "cs.lg/0101001",
                "hep-/9901001",
                "-th/9901001",
                "hep-th/9913001",
                "hep-th/9901001v12",
                "math/0601001v01",
                "0604.1234"));
    Predicate<String> regex = t -> NEW_STYLE.matcher(t).matches() || OLD_STYLE.matcher(t).matches();
    assertSame(cases, regex, ReferenceSyntax::isArxivId);
  }

  @Test
  void should_accept_what_the_seed_expression_accepts() {
    List<String> cases =
        cases(
            "0129abfg_.tx",
            List.of(
                "001_16f3bec8d293b44f.txt",
                "001_16f3bec8d293b44F.txt",
                "01_16f3bec8d293b44f.txt",
                "001_16f3bec8d293b44f.txx",
                "001-16f3bec8d293b44f.txt"));
    assertSame(cases, t -> SEED.matcher(t).matches(), ReferenceSyntax::isSeedFileName);
  }

  @Test
  void should_accept_what_the_doi_expression_accepts() {
    List<String> cases =
        cases(
            "10./ \t\u000B\u00A0x",
            List.of(
                "10.1162/neco.1997.9.8.1735",
                "10.123/x",
                "10.1234567890/x",
                "10.123456789/x",
                "10.1162/",
                "10.1162/a b",
                "10.1162/a\u00A0b",
                "11.1162/x"));
    assertSame(cases, t -> DOI.matcher(t).matches(), ReferenceSyntax::isDoi);
  }

  @Test
  void should_accept_what_the_catalog_expression_accepts() {
    List<String> cases =
        cases(
            "a0-:#. \u0001\u007F\u0085",
            List.of(
                "epoch-ai:notable_ai_models.csv#GPT-3",
                "epoch-ai:a:b#c#d",
                "epoch-ai:#x",
                "epoch-ai:f#",
                "-ai:f#x",
                "ai-:f#x",
                "Ai:f#x",
                "ai:f x#y",
                "ai:f#x\u0007",
                "ai:f#x\u0085 y"));
    assertSame(cases, t -> CATALOG.matcher(t).matches(), ReferenceSyntax::isCatalogReference);
  }

  @Test
  void should_take_plain_web_urls_only_where_the_full_parse_accepts_them() {
    List<String> plain =
        List.of(
            "https://openai.com/blog/chatgpt",
            "http://localhost:8080/",
            "https://huggingface.co/stabilityai/stable-diffusion-2?x=1&y=a/b#part?2",
            "https://en.wikipedia.org/wiki/GPT-3_(language_model)",
            "https://a.b/%E2%82%AC;p=1,$x@y:z!~*'",
            "https://x-y.example.org:65535",
            "https://example.com#top");
    List<String> other =
        List.of(
            "https://1.2.3.4/",
            "https://example.com.",
            "https://example.com:0/",
            "https://example.com:65536/",
            "https://example.com:/",
            "https://user@example.com/",
            "https://-a.com/",
            "https://a-.com/",
            "https://a..com/",
            "https://a.com/%4",
            "https://a.com/%4g",
            "https://a.com/a b",
            "https://a.com/#a#b",
            "https://a.com/[x]",
            "HTTPS://a.com/",
            "ftp://a.com/");
    List<String> known = new ArrayList<>(plain);
    known.addAll(other);
    List<String> cases = cases("hts:/.a1-:%E#?@[]0 ", known);
    int fast = 0;
    for (String text : cases) {
      if (ReferenceSyntax.isPlainWebUrl(text)) {
        fast++;
        assertThatCode(() -> Source.url(text)).as("'%s'", text).doesNotThrowAnyException();
      }
    }
    assertThat(fast).isGreaterThan(plain.size()).isLessThan(cases.size());
    assertThat(plain).allMatch(ReferenceSyntax::isPlainWebUrl);
    assertThat(other).noneMatch(ReferenceSyntax::isPlainWebUrl);
  }

  /** The known cases, and 20,000 random strings of up to 14 of the given characters. */
  private static List<String> cases(String alphabet, List<String> known) {
    List<String> all = new ArrayList<>(known);
    Random random = new Random(14);
    for (int n = 0; n < 20_000; n++) {
      // Start from a known case now and then, and change a few characters of it.
      StringBuilder text =
          new StringBuilder(random.nextBoolean() ? known.get(random.nextInt(known.size())) : "");
      int edits = text.length() == 0 ? random.nextInt(15) : random.nextInt(3);
      for (int e = 0; e < edits; e++) {
        char c = alphabet.charAt(random.nextInt(alphabet.length()));
        int at = text.length() == 0 ? 0 : random.nextInt(text.length() + 1);
        if (at < text.length() && random.nextBoolean()) {
          text.setCharAt(at, c);
        } else {
          text.insert(at, c);
        }
      }
      all.add(text.toString());
    }
    return all;
  }

  private static void assertSame(
      List<String> cases, Predicate<String> expected, Predicate<String> actual) {
    int accepted = 0;
    for (String text : cases) {
      assertThat(actual.test(text)).as("'%s'", text).isEqualTo(expected.test(text));
      accepted += expected.test(text) ? 1 : 0;
    }
    // The cases reach both answers.
    assertThat(accepted).isPositive().isLessThan(cases.size());
  }
}
