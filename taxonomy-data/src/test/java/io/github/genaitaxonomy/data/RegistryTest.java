package io.github.genaitaxonomy.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.genaitaxonomy.core.Discrepancy;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.Organization;
import io.github.genaitaxonomy.core.Technique;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RegistryTest {

  static List<Holders.Holder> holders() {
    return Holders.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("holders")
  void should_register_exactly_the_holder_constants_when_reflecting_over_a_holder(
      Holders.Holder holder) {
    // GIVEN
    List<?> constants = Holders.constants(holder.holder(), holder.type());
    // THEN: the same instances, both ways, in declaration order
    assertThat(constants).isNotEmpty();
    assertThat(holder.registered()).hasSameSizeAs(constants);
    for (int i = 0; i < constants.size(); i++) {
      assertThat(holder.registered().get(i))
          .as("%s entry %d", holder, i)
          .isSameAs(constants.get(i));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("holders")
  void should_hold_only_final_constants_of_its_type_when_a_holder_is_inspected(
      Holders.Holder holder) throws Exception {
    assertThat(Modifier.isFinal(holder.holder().getModifiers())).isTrue();
    Constructor<?>[] constructors = holder.holder().getDeclaredConstructors();
    assertThat(constructors).hasSize(1);
    assertThat(Modifier.isPrivate(constructors[0].getModifiers())).isTrue();
    for (Field field : Holders.publicStaticFields(holder.holder())) {
      assertThat(Modifier.isFinal(field.getModifiers())).as(field.getName()).isTrue();
      assertThat(field.getType()).as(field.getName()).isEqualTo(holder.type());
    }
  }

  @Test
  void should_name_each_constant_after_its_id_when_the_entry_has_an_id() {
    List<String> mismatches = new ArrayList<>();
    for (Holders.Holder holder : Holders.all()) {
      for (Field field : Holders.publicStaticFields(holder.holder())) {
        Object value = Holders.read(field);
        idOf(value)
            .filter(id -> !field.getName().equals(Holders.constantName(id)))
            .ifPresent(id -> mismatches.add(holder + "." + field.getName() + " <-> " + id));
      }
    }
    assertThat(mismatches).isEmpty();
  }

  @Test
  void should_use_unique_kebab_case_ids_when_all_holders_are_combined() {
    List<String> ids = new ArrayList<>();
    Registry.ORGANIZATIONS.forEach(o -> ids.add(o.id()));
    Registry.TECHNIQUES.forEach(t -> ids.add(t.id()));
    Holders.models().forEach(m -> ids.add(m.id()));
    Set<String> duplicates = new HashSet<>();
    Set<String> seen = new HashSet<>();
    ids.forEach(
        id -> {
          if (!seen.add(id)) {
            duplicates.add(id);
          }
        });
    assertThat(duplicates).isEmpty();
    assertThat(ids).allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*"), "kebab-case");
    assertThat(
            Edition.ALL.catalog().models().size()
                + Edition.ALL.catalog().organizations().size()
                + Edition.ALL.catalog().techniques().size())
        .isEqualTo(ids.size());
  }

  @Test
  void should_return_the_holder_instance_when_looking_up_by_id() {
    for (GenerativeModel model : Holders.models()) {
      assertThat(Registry.model(model.id())).isSameAs(model);
    }
    for (Organization organization : Registry.ORGANIZATIONS) {
      assertThat(Registry.organization(organization.id())).isSameAs(organization);
    }
    for (Technique technique : Registry.TECHNIQUES) {
      assertThat(Registry.technique(technique.id())).isSameAs(technique);
    }
  }

  @Test
  void should_name_the_nearest_ids_when_an_id_is_unknown() {
    assertThatThrownBy(() -> Registry.model("codx"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("codx")
        .hasMessageContaining("codex");
    assertThatThrownBy(() -> Registry.organization("open-ai"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("openai");
    assertThatThrownBy(() -> Registry.technique("tranformer"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("transformer");
  }

  @Test
  void should_not_find_a_technique_as_a_model_when_ids_name_different_kinds() {
    assertThatThrownBy(() -> Registry.model("qlora")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Registry.model("dpo")).isInstanceOf(IllegalArgumentException.class);
    assertThat(Registry.technique("qlora").parent()).contains("lora");
    assertThat(Registry.technique("dpo").parent()).contains("rlhf");
  }

  @Test
  void should_list_parents_before_children_when_reading_holder_order() {
    List<String> seen = new ArrayList<>();
    for (Organization organization : Registry.ORGANIZATIONS) {
      organization.parent().ifPresent(p -> assertThat(seen).as(organization.id()).contains(p));
      seen.add(organization.id());
    }
    seen.clear();
    for (Technique technique : Registry.TECHNIQUES) {
      technique.parent().ifPresent(p -> assertThat(seen).as(technique.id()).contains(p));
      seen.add(technique.id());
    }
  }

  @Test
  void should_expose_every_per_model_discrepancy_when_asked_for_all() {
    int onModels = Holders.models().stream().mapToInt(m -> m.discrepancies().size()).sum();
    assertThat(Registry.discrepancies().size()).isEqualTo(onModels).isPositive();
    assertThat(Registry.discrepancies().get("visualgpt"))
        .containsExactlyElementsOf(SurveyModels.VISUALGPT.discrepancies());
    assertThat(Registry.SURVEY_WIDE_DISCREPANCIES)
        .containsExactlyElementsOf(Holders.constants(SurveyErrata.class, Discrepancy.class));
  }

  private static Optional<String> idOf(Object value) {
    if (value instanceof GenerativeModel model) {
      return Optional.of(model.id());
    }
    if (value instanceof Organization organization) {
      return Optional.of(organization.id());
    }
    if (value instanceof Technique technique) {
      return Optional.of(technique.id());
    }
    return Optional.empty();
  }
}
