package io.github.genaitaxonomy.examples;

import io.github.genaitaxonomy.examples.internal.GeneratedDocs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Regenerates the documentation drawn from the catalog: README.md's tour excerpt, count tables and
 * Mermaid diagram, {@code docs/taxonomy.mmd} and the {@code docs/*.svg} pictures.
 *
 * <p>Run it from the project root after changing the catalog; {@code DocsStalenessTest} fails until
 * it has been run:
 *
 * <pre>{@code
 * ./mvnw -q -pl examples -am compile exec:java -Dexec.mainClass=io.github.genaitaxonomy.examples.WriteDocs
 * }</pre>
 */
public final class WriteDocs {
  private WriteDocs() {}

  /**
   * Rewrites the stale files under the project root (the first argument, else the current
   * directory) and prints their paths.
   *
   * @throws IOException when a file cannot be read or written, or README.md lacks a marker
   */
  public static void main(String[] args) throws IOException {
    Path root = Path.of(args.length > 0 ? args[0] : ".");
    List<Path> written = GeneratedDocs.write(root);
    if (written.isEmpty()) {
      System.out.println("documentation is up to date");
    }
    for (Path file : written) {
      System.out.println("wrote " + file);
    }
  }
}
