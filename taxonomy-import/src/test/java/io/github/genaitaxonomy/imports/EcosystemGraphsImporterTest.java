package io.github.genaitaxonomy.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EcosystemGraphsImporterTest {
  @Test
  void should_skip_datasets_with_a_reason_when_a_file_mixes_asset_types() throws Exception {
    ImportReport report =
        EcosystemGraphsImporter.read(
                Path.of(getClass().getResource("/ecosystem-graphs/bigscience.yaml").toURI()))
            .report();

    assertThat(report.records()).isEqualTo(3);
    assertThat(report.records())
        .isEqualTo(report.imported() + report.importedPartially() + report.skipped());
    assertThat(report.entries())
        .filteredOn(e -> e.record().endsWith("#ROOTS"))
        .singleElement()
        .satisfies(e -> assertThat(e.outcome()).isEqualTo(Outcome.SKIPPED));
  }

  @Test
  void should_name_the_file_when_the_yaml_is_not_a_list(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("bad.yaml"), "name: BLOOM\n");

    assertThatThrownBy(() -> EcosystemGraphsImporter.read(file))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("bad.yaml");
  }
}
