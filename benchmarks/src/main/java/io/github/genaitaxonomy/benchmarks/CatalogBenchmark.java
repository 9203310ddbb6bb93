package io.github.genaitaxonomy.benchmarks;

import com.google.common.collect.ImmutableList;
import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.Category;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.Modality;
import io.github.genaitaxonomy.core.Organization;
import io.github.genaitaxonomy.core.Technique;
import io.github.genaitaxonomy.testing.SyntheticCatalogs;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How building a catalog and querying it grow with the number of models N.
 *
 * <p>{@code build} validates and indexes N models: expected linear. The {@code first*} queries ask
 * for the first model matching an indexed condition: expected flat in N. The {@code count*} queries
 * visit every match, and the number of matches grows with N, so they grow too; divide by the number
 * of matches for the cost per result.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CatalogBenchmark {
  @Param({"1000", "10000", "100000", "1000000"})
  public int models;

  private ImmutableList<Organization> organizations = ImmutableList.of();
  private ImmutableList<Technique> techniques = ImmutableList.of();
  private ImmutableList<GenerativeModel> entries = ImmutableList.of();
  private Catalog catalog = Catalog.empty();

  @Setup(Level.Trial)
  public void setUp() {
    organizations = SyntheticCatalogs.organizations(models);
    techniques = SyntheticCatalogs.techniques();
    entries = SyntheticCatalogs.models(models, 42L).collect(ImmutableList.toImmutableList());
    catalog = build();
  }

  @Benchmark
  public Catalog build() {
    return Catalog.builder()
        .addOrganizations(organizations)
        .addTechniques(techniques)
        .addModels(entries)
        .build();
  }

  @Benchmark
  public Optional<GenerativeModel> firstByCategory() {
    return catalog.query().surveyCategory(Category.TEXT_TO_IMAGE).stream().findFirst();
  }

  @Benchmark
  public Optional<GenerativeModel> firstByOrganization() {
    return catalog.query().developer("org-3").stream().findFirst();
  }

  @Benchmark
  public Optional<GenerativeModel> firstByModality() {
    return catalog.query().input(Modality.AUDIO).output(Modality.TEXT).stream().findFirst();
  }

  @Benchmark
  public GenerativeModel getById() {
    return catalog.get("model-" + (models / 2));
  }

  @Benchmark
  public int countByCategory() {
    return catalog.query().surveyCategory(Category.TEXT_TO_IMAGE).count();
  }

  @Benchmark
  public int countByOrganization() {
    return catalog.query().developer("org-3").count();
  }

  @Benchmark
  public int countByModality() {
    return catalog.query().input(Modality.AUDIO).count();
  }
}
