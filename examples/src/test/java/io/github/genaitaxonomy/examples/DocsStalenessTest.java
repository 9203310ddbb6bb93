package io.github.genaitaxonomy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.genaitaxonomy.examples.internal.GeneratedDocs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README.md's generated parts and the docs/ diagrams match the catalog; after a catalog change run
 * {@code ./mvnw -q -pl examples -am compile exec:java
 * -Dexec.mainClass=io.github.genaitaxonomy.examples.WriteDocs}.
 */
class DocsStalenessTest {
  private static final Path ROOT = Path.of("..");

  @Test
  void should_find_no_stale_file_when_the_docs_were_regenerated_after_the_last_catalog_change()
      throws IOException {
    assertThat(GeneratedDocs.stale(ROOT))
        .as(
            "stale; regenerate with ./mvnw -q -pl examples -am compile exec:java"
                + " -Dexec.mainClass=io.github.genaitaxonomy.examples.WriteDocs")
        .isEmpty();
  }

  @Test
  void should_report_the_readme_stale_when_a_generated_count_is_edited(@TempDir Path copy)
      throws IOException {
    // GIVEN a copy of the project's generated files with one count of the README changed
    for (Path file : GeneratedDocs.files(ROOT).keySet()) {
      Path target = copy.resolve(file);
      Files.createDirectories(target.getParent() == null ? copy : target.getParent());
      Files.copy(ROOT.resolve(file), target);
    }
    Path readme = copy.resolve("README.md");
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    Files.writeString(
        readme, text.replace("| **models** | ", "| **models** | 1"), StandardCharsets.UTF_8);
    // WHEN / THEN
    assertThat(GeneratedDocs.stale(copy)).containsExactly(Path.of("README.md"));
    assertThat(GeneratedDocs.write(copy)).containsExactly(Path.of("README.md"));
    assertThat(GeneratedDocs.stale(copy)).isEmpty();
  }
}
