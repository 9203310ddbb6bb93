package io.github.genaitaxonomy.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.LineageRelation;
import io.github.genaitaxonomy.core.Modality;
import io.github.genaitaxonomy.core.ModalitySignature;
import io.github.genaitaxonomy.core.Organization;
import io.github.genaitaxonomy.core.OrganizationKind;
import io.github.genaitaxonomy.core.Source;
import io.github.genaitaxonomy.imports.ImportException;
import io.github.genaitaxonomy.imports.ImportMode;
import io.github.genaitaxonomy.imports.ImportResult;
import io.github.genaitaxonomy.imports.ImportSink;
import io.github.genaitaxonomy.imports.ImportSummary;
import io.github.genaitaxonomy.imports.Outcome;
import io.github.genaitaxonomy.imports.ReportEntry;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class AssemblerTest {
  /** Three models named as {@code names}, each fine-tuned from the one {@code bases} names. */
  private static Consumer<Assembler> records(List<String> names, List<String> bases) {
    return out -> {
      for (int i = 0; i < names.size(); i++) {
        out.add(draft(names.get(i), bases.get(i)));
      }
      out.skip("test.csv", "test.csv#line 9", 9, "the row names no model");
    };
  }

  private static Draft draft(String name, String base) {
    Draft d =
        new Draft(
            "test.csv#" + name, name, Source.catalog("test", "test.csv", name), "test.csv", 2);
    d.builder()
        .signature(ModalitySignature.of(Modality.TEXT, Modality.IMAGE))
        .released(YearMonth.of(2022, 8))
        .summary(name + " is a test model.")
        .paperAbsentReason("a test record");
    d.addDeveloper("Stability AI", OrganizationKind.UNKNOWN);
    d.addDeveloper("Stability AI", OrganizationKind.COMPANY);
    if (!base.isEmpty()) {
      d.addLineage(LineageRelation.FINE_TUNED_FROM, base);
    }
    return d;
  }

  private static ImportResult inMemory(Consumer<Assembler> records, ImportMode mode) {
    Assembler out = new Assembler(mode);
    records.accept(out);
    return out.finish();
  }

  /** Everything a sink is given, in order. */
  private static final class Recording implements ImportSink {
    final List<Object> given = new ArrayList<>();

    @Override
    public void organization(Organization organization) {
      given.add(organization);
    }

    @Override
    public void model(GenerativeModel model) {
      given.add(model);
    }

    @Override
    public void dangling(String record, String target) {
      given.add(record + " -> " + target);
    }

    @Override
    public void entry(ReportEntry entry) {
      given.add(entry);
    }
  }

  @Test
  void should_give_the_sink_what_the_in_memory_import_builds_when_it_streams() {
    Consumer<Assembler> records =
        records(
            List.of("SD 1", "SD 2", "SD 1", "Stability AI"), List.of("", "SD 1", "nothing", ""));
    Recording sink = new Recording();

    ImportSummary summary = Assembler.stream(ImportMode.LENIENT, sink, "test.csv", records);
    ImportResult result = inMemory(records, ImportMode.LENIENT);

    assertThat(summary).isEqualTo(result.report().summary());
    assertThat(summary.records()).isEqualTo(5);
    assertThat(summary.dangling()).isEqualTo(1);
    assertThat(sink.given.get(0)).isInstanceOf(Organization.class);
    assertThat(sink.given)
        .filteredOn(GenerativeModel.class::isInstance)
        .containsExactlyElementsOf(result.catalog().models().asList());
    assertThat(sink.given)
        .filteredOn(ReportEntry.class::isInstance)
        .containsExactlyElementsOf(result.report().entries());
    assertThat(result.catalog().models().asList())
        .extracting(GenerativeModel::id)
        .containsExactly("sd-1", "sd-2", "sd-1-2", "stability-ai");
    Organization stability = result.catalog().organizations().asList().get(0);
    assertThat(stability.id()).isEqualTo("stability-ai-org");
    assertThat(stability.kind()).isEqualTo(OrganizationKind.COMPANY);
    assertThat(result.catalog().models().asList().get(1).lineage().get(0).target())
        .isEqualTo("sd-1");
  }

  @Test
  void should_leave_out_and_report_the_edge_that_would_close_a_cycle() {
    ImportResult result =
        inMemory(records(List.of("A", "B", "C"), List.of("C", "A", "B")), ImportMode.LENIENT);

    assertThat(result.catalog().models()).hasSize(3);
    assertThat(result.report().entries())
        .filteredOn(e -> e.outcome() == Outcome.IMPORTED_PARTIALLY)
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.reasons())
                    .containsExactly("lineage fine-tuned-from 'A' would close a cycle"));
  }

  @Test
  void should_stop_before_the_sink_is_given_anything_when_strict() {
    Recording sink = new Recording();

    assertThatThrownBy(
            () ->
                Assembler.stream(
                    ImportMode.STRICT, sink, "test.csv", records(List.of("A"), List.of(""))))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("test.csv#line 9")
        .hasMessageContaining("the row names no model");
    assertThat(sink.given).isEmpty();
  }

  @Test
  void should_fail_naming_the_record_when_the_second_reading_differs() {
    List<String> names = new ArrayList<>(List.of("A", "B"));
    Consumer<Assembler> changing =
        out -> {
          records(names, List.of("", "")).accept(out);
          names.set(1, "Z");
        };

    assertThatThrownBy(
            () -> Assembler.stream(ImportMode.LENIENT, new Recording(), "test.csv", changing))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("test.csv#Z")
        .hasMessageContaining("changed while it was read");
  }
}
