package io.github.genaitaxonomy.benchmarks;

/** The baseline of {@link ColdStartBenchmark}: a main that does nothing. */
public final class EmptyMain {
  private EmptyMain() {}

  /** Does nothing. */
  public static void main(String[] args) {}
}
