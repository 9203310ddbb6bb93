package io.github.genaitaxonomy.testing;

import static com.google.common.base.Preconditions.checkState;

import io.github.genaitaxonomy.data.Edition;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;
import org.junit.jupiter.params.support.ParameterDeclarations;

/** The arguments of {@link EditionModelsSource}: one per model of the edition. */
final class EditionModelsProvider
    implements ArgumentsProvider, AnnotationConsumer<EditionModelsSource> {
  private @Nullable Edition edition;

  @Override
  public void accept(EditionModelsSource source) {
    edition = source.value();
  }

  @Override
  public Stream<? extends Arguments> provideArguments(
      ParameterDeclarations parameters, ExtensionContext context) {
    Edition chosen = edition;
    checkState(chosen != null, "@EditionModelsSource was not read");
    return chosen.catalog().models().stream().map(Arguments::of);
  }
}
