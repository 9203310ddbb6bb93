package io.github.genaitaxonomy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.CatalogValidationException;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.LineageEdge;
import io.github.genaitaxonomy.core.LineageRelation;
import io.github.genaitaxonomy.core.Organization;
import io.github.genaitaxonomy.core.Source;
import io.github.genaitaxonomy.core.Technique;
import io.github.genaitaxonomy.core.Violation;
import io.github.genaitaxonomy.testing.SyntheticCatalogs;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties over generated catalogs (seeded, so every failure is reproducible from its seed):
 * write then read is the identity, output is deterministic, and validation reports every defect
 * injected into a valid catalog.
 */
class GeneratedCatalogPropertiesTest {
  private static final TaxonomyJson JSON = TaxonomyJson.defaults();

  static Stream<Arguments> catalogs() {
    return LongStream.range(0, 24)
        .mapToObj(seed -> Arguments.of(seed, (int) (seed * seed * 7 % 400)));
  }

  @ParameterizedTest(name = "seed {0}, {1} models")
  @MethodSource("catalogs")
  void should_read_back_an_equal_catalog_when_a_generated_catalog_is_written(long seed, int size) {
    Catalog catalog = SyntheticCatalogs.generate(size, seed);
    String json = JSON.write(catalog);
    assertThat(JSON.read(json)).isEqualTo(catalog);
    StringWriter lines = new StringWriter();
    JSON.writeLines(catalog, lines);
    assertThat(JSON.readLines(new StringReader(lines.toString()))).isEqualTo(catalog);
  }

  @ParameterizedTest(name = "seed {0}, {1} models")
  @MethodSource("catalogs")
  void should_write_the_same_bytes_when_the_same_catalog_is_written_again(long seed, int size) {
    Catalog catalog = SyntheticCatalogs.generate(size, seed);
    String first = JSON.write(catalog);
    assertThat(JSON.write(SyntheticCatalogs.generate(size, seed))).isEqualTo(first);
    assertThat(JSON.write(JSON.read(first))).isEqualTo(first);
  }

  @ParameterizedTest(name = "seed {0}, {1} models")
  @MethodSource("catalogs")
  void should_report_every_injected_defect_when_a_valid_catalog_is_broken(long seed, int size) {
    Catalog valid = SyntheticCatalogs.generate(Math.max(size, 3), seed);
    SplittableRandom random = new SplittableRandom(seed);
    List<Organization> organizations = new ArrayList<>(valid.organizations().asList());
    List<Technique> techniques = new ArrayList<>(valid.techniques().asList());
    List<GenerativeModel> models = new ArrayList<>(valid.models().asList());
    List<String> expected = new ArrayList<>();

    int a = random.nextInt(models.size());
    models.set(
        a, GenerativeModel.builder().from(models.get(a)).addDevelopers("no-such-org").build());
    expected.add(
        models.get(a).id() + ".developers[" + (models.get(a).developers().size() - 1) + "]");

    int b = random.nextInt(models.size());
    models.set(
        b,
        GenerativeModel.builder().from(models.get(b)).addTechniques("no-such-technique").build());
    expected.add(
        models.get(b).id() + ".techniques[" + (models.get(b).techniques().size() - 1) + "]");

    int c = random.nextInt(models.size());
    models.set(
        c,
        GenerativeModel.builder()
            .from(models.get(c))
            .addLineage(
                LineageEdge.of(
                    LineageRelation.BUILT_ON, "no-such-model", Source.url("https://example.org/x")))
            .build());
    expected.add(
        models.get(c).id() + ".lineage[" + (models.get(c).lineage().size() - 1) + "].target");

    GenerativeModel first = models.get(0);
    GenerativeModel last = models.get(models.size() - 1);
    models.set(
        0,
        GenerativeModel.builder()
            .from(first)
            .addLineage(
                LineageEdge.of(
                    LineageRelation.SUCCESSOR_OF, last.id(), Source.url("https://example.org/x")))
            .build());
    boolean lastReachesFirst = reaches(valid, last.id(), first.id());
    if (lastReachesFirst) {
      expected.add("lineage");
    }

    organizations.add(
        Organization.builder()
            .from(organizations.get(0))
            .name("A second " + organizations.get(0).id())
            .build());
    expected.add(organizations.get(0).id() + ".id");

    Catalog.Builder broken =
        Catalog.builder()
            .addOrganizations(organizations)
            .addTechniques(techniques)
            .addModels(models);
    assertThatThrownBy(broken::build)
        .isInstanceOfSatisfying(
            CatalogValidationException.class,
            e -> {
              List<String> reported = new ArrayList<>();
              for (Violation v : e.violations()) {
                reported.add(
                    v.attribute().equals("lineage")
                        ? "lineage"
                        : v.subject() + "." + v.attribute());
              }
              assertThat(reported).containsAll(expected);
              assertThat(e.violations()).hasSize(expected.size());
            });
  }

  /** Whether model {@code from} reaches {@code to} through model lineage. */
  private static boolean reaches(Catalog catalog, String from, String to) {
    List<String> stack = new ArrayList<>(List.of(from));
    java.util.Set<String> seen = new java.util.HashSet<>();
    while (!stack.isEmpty()) {
      String node = stack.remove(stack.size() - 1);
      if (node.equals(to)) {
        return true;
      }
      if (seen.add(node)) {
        catalog.find(node).ifPresent(m -> m.lineage().forEach(e -> stack.add(e.target())));
      }
    }
    return false;
  }
}
