package io.github.genaitaxonomy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.genaitaxonomy.core.Access;
import io.github.genaitaxonomy.core.ArxivId;
import io.github.genaitaxonomy.core.Catalog;
import io.github.genaitaxonomy.core.CatalogStatistics;
import io.github.genaitaxonomy.core.Category;
import io.github.genaitaxonomy.core.Claim;
import io.github.genaitaxonomy.core.Classification;
import io.github.genaitaxonomy.core.Confidence;
import io.github.genaitaxonomy.core.Discrepancy;
import io.github.genaitaxonomy.core.DiscrepancyKind;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.LineageEdge;
import io.github.genaitaxonomy.core.LineageRelation;
import io.github.genaitaxonomy.core.Measurement;
import io.github.genaitaxonomy.core.Modality;
import io.github.genaitaxonomy.core.ModalityPair;
import io.github.genaitaxonomy.core.ModalitySignature;
import io.github.genaitaxonomy.core.Organization;
import io.github.genaitaxonomy.core.OrganizationKind;
import io.github.genaitaxonomy.core.Paper;
import io.github.genaitaxonomy.core.Quantity;
import io.github.genaitaxonomy.core.Source;
import io.github.genaitaxonomy.core.SourceKind;
import io.github.genaitaxonomy.core.Technique;
import io.github.genaitaxonomy.core.TechniqueKind;
import io.github.genaitaxonomy.core.Unit;
import io.github.genaitaxonomy.core.Violation;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/** The Jackson module, found by the service loader, reads and writes every core type. */
class TaxonomyModuleTest {
  /**
   * Built for each test, not once per class: the module's (de)serializers are registered when a
   * mapper is built, and a mutation tester credits that code to the test that builds the mapper.
   */
  private final JsonMapper discovered = JsonMapper.builder().findAndAddModules().build();

  private static final Catalog RICH = Fixtures.rich();

  @Test
  void should_be_listed_when_the_service_loader_looks_for_jackson_modules() {
    assertThat(ServiceLoader.load(JacksonModule.class).stream().map(ServiceLoader.Provider::type))
        .contains(TaxonomyModule.class);
    assertThat(discovered.registeredModules())
        .extracting(JacksonModule::getModuleName)
        .contains("genai-taxonomy");
  }

  @Test
  void should_have_the_artifact_version_when_created() {
    TaxonomyModule module = new TaxonomyModule();

    assertThat(module.getModuleName()).isEqualTo("genai-taxonomy");
    assertThat(module.version().isUnknownVersion()).isFalse();
    assertThat(module.version().toString()).isEqualTo(System.getProperty("project.version"));
    assertThat(module.version().getGroupId()).isEqualTo("io.github.genaitaxonomy");
    assertThat(module.version().getArtifactId()).isEqualTo("taxonomy-json");
  }

  @Test
  void should_write_ids_and_text_forms_when_a_discovered_mapper_writes_small_values() {
    assertThat(discovered.writeValueAsString(Modality.THREE_D)).isEqualTo("\"3d\"");
    assertThat(discovered.writeValueAsString(ModalitySignature.parse("text+image->text")))
        .isEqualTo("\"text+image->text\"");
    assertThat(discovered.writeValueAsString(ModalityPair.parse("text->image")))
        .isEqualTo("\"text->image\"");
    assertThat(discovered.writeValueAsString(Category.TEXT_TO_3D)).isEqualTo("\"text-to-3d\"");
    assertThat(discovered.writeValueAsString(Source.arxiv("2204.06125")))
        .isEqualTo("\"arxiv:2204.06125\"");
    assertThat(discovered.writeValueAsString(ArxivId.of("2204.06125"))).isEqualTo("\"2204.06125\"");
    assertThat(discovered.writeValueAsString(Quantity.of("61.70", Unit.PERCENT)))
        .isEqualTo("{\"amount\":61.7,\"unit\":\"percent\"}");
    assertThat(discovered.writeValueAsString(List.of(Access.OPEN_WEIGHTS, Access.API)))
        .isEqualTo("[\"open-weights\",\"api\"]");
  }

  @Test
  void should_write_the_catalog_document_when_a_discovered_mapper_writes_a_catalog() {
    String text = discovered.writeValueAsString(RICH);

    assertThat(text)
        .startsWith("{\"format\":\"genai-taxonomy/1\",\"organizations\":[{\"id\":\"alphabet\"");
    assertThat(TaxonomyJson.defaults().read(text)).isEqualTo(RICH);
    assertThat(discovered.readTree(text))
        .isEqualTo(discovered.readTree(TaxonomyJson.defaults().write(RICH)));
    assertThat(discovered.readValue(TaxonomyJson.defaults().write(RICH), Catalog.class))
        .isEqualTo(RICH);
  }

  static Stream<Arguments> values() {
    GenerativeModel dallE = RICH.get("dall-e-2");
    Discrepancy discrepancy = dallE.discrepancies().get(0);
    return Stream.of(
        Arguments.of(Modality.class, Modality.SCIENTIFIC_TEXT),
        Arguments.of(Access.class, Access.OPEN_WEIGHTS),
        Arguments.of(Confidence.class, Confidence.ESTIMATE),
        Arguments.of(Unit.class, Unit.GPU_HOURS),
        Arguments.of(LineageRelation.class, LineageRelation.FINE_TUNED_FROM),
        Arguments.of(DiscrepancyKind.class, DiscrepancyKind.WRONG_ORGANIZATION),
        Arguments.of(OrganizationKind.class, OrganizationKind.RESEARCH_LAB),
        Arguments.of(TechniqueKind.class, TechniqueKind.GENERATIVE_FAMILY),
        Arguments.of(SourceKind.class, SourceKind.DOI),
        Arguments.of(Category.class, Category.TEXT_TO_SCIENCE),
        Arguments.of(Category.class, Category.of(ModalityPair.parse("audio->text"))),
        Arguments.of(ModalityPair.class, ModalityPair.parse("text->3d")),
        Arguments.of(ModalitySignature.class, ModalitySignature.parse("text+image+video->text")),
        Arguments.of(ArxivId.class, ArxivId.of("hep-th/9901001")),
        Arguments.of(Source.class, Source.doi("10.1162/neco.1997.9.8.1735")),
        Arguments.of(Paper.class, dallE.paper().orElseThrow()),
        Arguments.of(Paper.class, RICH.get("url-paper").paper().orElseThrow()),
        Arguments.of(Quantity.class, Quantity.of("715.1e9", Unit.BYTES)),
        Arguments.of(Measurement.class, dallE.results().get(0)),
        Arguments.of(Claim.class, discrepancy.claimed()),
        Arguments.of(Discrepancy.class, discrepancy),
        Arguments.of(LineageEdge.class, dallE.lineage().get(1)),
        Arguments.of(Organization.class, RICH.organizations().get("deepmind")),
        Arguments.of(Technique.class, RICH.techniques().get("transformer")),
        Arguments.of(GenerativeModel.class, dallE),
        Arguments.of(GenerativeModel.class, RICH.get("speech-reader")),
        Arguments.of(
            Violation.class, Violation.of("codex", "lineage[0].target", "unknown model 'gpt3'")),
        Arguments.of(Classification.class, dallE.classification()),
        Arguments.of(Catalog.class, RICH));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("values")
  <T> void should_read_an_equal_value_when_a_discovered_mapper_writes_it(Class<T> type, T value) {
    String text = discovered.writeValueAsString(value);

    assertThat(text).isNotEqualTo("{}");
    assertThat(discovered.readValue(text, type)).isEqualTo(value);
  }

  @Test
  void should_use_ids_as_keys_when_maps_are_keyed_by_a_vocabulary() {
    Map<Modality, Integer> counts = new EnumMap<>(Modality.class);
    counts.put(Modality.THREE_D, 2);
    counts.put(Modality.SCIENTIFIC_TEXT, 1);

    String text = discovered.writeValueAsString(counts);

    assertThat(text).isEqualTo("{\"3d\":2,\"scientific-text\":1}");
    assertThat(discovered.readValue(text, new TypeReference<Map<Modality, Integer>>() {}))
        .isEqualTo(counts);
    assertThat(
            discovered.readValue(
                "{\"text-to-3d\":1}", new TypeReference<Map<Category, Integer>>() {}))
        .containsEntry(Category.TEXT_TO_3D, 1);
  }

  static Stream<Arguments> keys() {
    return Stream.of(
        Arguments.of(Modality.class, Modality.THREE_D, "3d"),
        Arguments.of(Access.class, Access.OPEN_WEIGHTS, "open-weights"),
        Arguments.of(Confidence.class, Confidence.ESTIMATE, "estimate"),
        Arguments.of(Unit.class, Unit.GPU_HOURS, "gpu-hours"),
        Arguments.of(LineageRelation.class, LineageRelation.FINE_TUNED_FROM, "fine-tuned-from"),
        Arguments.of(
            DiscrepancyKind.class, DiscrepancyKind.WRONG_ORGANIZATION, "wrong-organization"),
        Arguments.of(OrganizationKind.class, OrganizationKind.RESEARCH_LAB, "research-lab"),
        Arguments.of(TechniqueKind.class, TechniqueKind.GENERATIVE_FAMILY, "generative-family"),
        Arguments.of(SourceKind.class, SourceKind.DOI, "doi"),
        Arguments.of(Category.class, Category.TEXT_TO_SCIENCE, "text-to-science"));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("keys")
  <K> void should_write_and_read_the_id_when_a_vocabulary_is_a_map_key(
      Class<K> type, K key, String id) {
    JavaType mapType =
        discovered.getTypeFactory().constructMapType(LinkedHashMap.class, type, Integer.class);
    Map<K, Integer> map = new LinkedHashMap<>();
    map.put(key, 7);

    String text = discovered.writeValueAsString(map);

    assertThat(text).isEqualTo("{\"" + id + "\":7}");
    assertThat(discovered.<Map<K, Integer>>readValue(text, mapType)).isEqualTo(map);
  }

  /**
   * Jackson 3 writes and reads enums by {@code toString()} by default, which the core's
   * vocabularies return as ids; the module's own (de)serializers keep ids whatever the mapper's
   * enum features say.
   */
  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("keys")
  <K> void should_keep_ids_when_the_mapper_writes_and_reads_enums_by_name(
      Class<K> type, K value, String id) {
    JsonMapper byName =
        JsonMapper.builder()
            .addModule(new TaxonomyModule())
            .disable(EnumFeature.WRITE_ENUMS_USING_TO_STRING)
            .disable(EnumFeature.READ_ENUMS_USING_TO_STRING)
            .build();
    JavaType mapType =
        byName.getTypeFactory().constructMapType(LinkedHashMap.class, type, Integer.class);
    Map<K, Integer> map = new LinkedHashMap<>();
    map.put(value, 1);

    assertThat(byName.writeValueAsString(value)).isEqualTo("\"" + id + "\"");
    assertThat(byName.readValue("\"" + id + "\"", type)).isEqualTo(value);
    assertThat(byName.writeValueAsString(map)).isEqualTo("{\"" + id + "\":1}");
    assertThat(byName.<Map<K, Integer>>readValue("{\"" + id + "\":1}", mapType)).isEqualTo(map);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("keys")
  <K> void should_name_the_type_and_the_allowed_ids_when_a_map_key_is_unknown(
      Class<K> type, K key, String id) {
    JavaType mapType =
        discovered.getTypeFactory().constructMapType(LinkedHashMap.class, type, Integer.class);

    assertThatThrownBy(() -> discovered.readValue("{\"no-such-id\":1}", mapType))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("Unknown " + type.getSimpleName() + " id 'no-such-id'; allowed: ")
        .hasMessageContaining(id);
  }

  @Test
  void should_read_lists_of_models_when_nested_in_other_types() {
    List<GenerativeModel> models = RICH.models().asList();

    String text = discovered.writeValueAsString(models);

    assertThat(discovered.readValue(text, new TypeReference<List<GenerativeModel>>() {}))
        .isEqualTo(models);
  }

  @Test
  void should_write_counts_when_statistics_are_written() {
    CatalogStatistics statistics = RICH.statistics();

    String text = discovered.writeValueAsString(statistics);

    assertThat(text)
        .startsWith(
            "{\"modelCount\":6,\"modelsOutsideSurvey\":3,\"modelsBySurveyCategory\":{\"text-to-image\":1,")
        .contains("},\"modelsByOrganization\":{\"deepmind\":3,\"kaust\":2,\"openai\":2},")
        .contains(
            "\"modelsByMonth\":{\"1997-11\":1,\"2020-05\":1,\"2020-06\":1,\"2022-04\":1,\"2022-12\":1,\"2023-01\":1}");
  }

  @Test
  void should_fail_with_the_path_when_a_discovered_mapper_reads_bad_input() {
    String text = "{\"items\": [\"text\", \"txt\"]}";

    assertThatThrownBy(() -> discovered.readValue(text, Holder.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("$.items[1]")
        .hasMessageContaining("unknown modality 'txt'")
        .cause()
        .isInstanceOf(CatalogFormatException.class);
    assertThatThrownBy(() -> discovered.readValue("\"txt\"", Modality.class))
        .isInstanceOf(DatabindException.class)
        .hasCauseInstanceOf(CatalogFormatException.class);
  }

  @Test
  void should_follow_fail_on_unknown_properties_when_unknown_keys_are_read() {
    Organization openAi = RICH.organizations().get("openai");
    String text = discovered.writeValueAsString(openAi).replace("}", ",\"x\":1}");
    JsonMapper strict =
        JsonMapper.builder()
            .addModule(new TaxonomyModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    assertThat(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES.enabledByDefault()).isFalse();
    assertThat(discovered.readValue(text, Organization.class)).isEqualTo(openAi);
    assertThatThrownBy(() -> strict.readValue(text, Organization.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("$.x")
        .hasMessageContaining("unknown key 'x' in an organization");
  }

  @Test
  void should_reject_a_classification_when_its_category_disagrees_with_its_signature() {
    String text = "{\"signature\":\"text->image\",\"surveyCategory\":\"text-to-text\"}";

    assertThatThrownBy(() -> discovered.readValue(text, Classification.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("is classified as 'text-to-image', not 'text-to-text'");
  }

  static Stream<Arguments> incomplete() {
    return Stream.of(
        Arguments.of(
            Quantity.class,
            "{\"amount\": 1}",
            "missing required key 'unit' in a quantity; required: amount, unit"),
        Arguments.of(
            Violation.class,
            "{\"subject\": \"a\", \"attribute\": \"b\"}",
            "missing required key 'message' in a violation; required: subject, attribute, message"),
        Arguments.of(
            Classification.class,
            "{\"surveyCategory\": \"text-to-image\"}",
            "missing required key 'signature' in a classification; required: signature"),
        Arguments.of(
            Claim.class,
            "{\"attribute\": \"access\", \"value\": \"v\", \"source\": \"arxiv:2204.06125\"}",
            "missing required key 'confidence' in a claim; required: attribute, value, source, confidence"),
        Arguments.of(
            LineageEdge.class,
            "{\"relation\": \"trained-with\", \"target\": \"x\", \"source\": \"arxiv:2204.06125\", \"note\": 1}",
            "expected a string but found the number 1"));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("incomplete")
  void should_name_the_missing_or_wrong_key_when_a_value_is_incomplete(
      Class<?> type, String json, String problem) {
    assertThatThrownBy(() -> discovered.readValue(json, type))
        .isInstanceOf(DatabindException.class)
        .cause()
        .isInstanceOfSatisfying(
            CatalogFormatException.class, e -> assertThat(e.problem()).isEqualTo(problem));
  }

  @Test
  void should_check_the_pair_categories_when_a_classification_gives_them() {
    Classification classification = Classification.of(ModalitySignature.parse("text+image->text"));
    String text = discovered.writeValueAsString(classification);

    assertThat(text).contains("\"pairCategories\":[\"text-to-text\",\"image-to-text\"]");
    assertThat(discovered.readValue(text, Classification.class)).isEqualTo(classification);
    assertThatThrownBy(
            () ->
                discovered.readValue(
                    text.replace(
                        "[\"text-to-text\",\"image-to-text\"]",
                        "[\"image-to-text\",\"text-to-text\"]"),
                    Classification.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("$.pairCategories")
        .hasMessageContaining("the signature 'text+image->text' has the pair categories");
  }

  @Test
  void should_follow_fail_on_unknown_properties_when_a_catalog_has_unknown_keys() {
    String text =
        TaxonomyJson.defaults()
            .write(RICH)
            .replaceFirst("\"models\"", "\"extra\": {\"a\": [1]},\n  \"models\"");
    JsonMapper strict =
        JsonMapper.builder()
            .addModule(new TaxonomyModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    assertThat(discovered.readValue(text, Catalog.class)).isEqualTo(RICH);
    assertThatThrownBy(() -> strict.readValue(text, Catalog.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("unknown key 'extra' in a catalog document");
  }

  /** A user type that holds core values. */
  record Holder(List<Modality> items) {}
}
