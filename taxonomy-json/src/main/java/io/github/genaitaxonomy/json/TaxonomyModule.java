package io.github.genaitaxonomy.json;

import io.github.genaitaxonomy.json.internal.Codecs;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.JacksonModule;

/**
 * The Jackson 3 module that reads and writes every type of {@code io.github.genaitaxonomy.core} in
 * the {@code genai-taxonomy/1} format, with hand-written serializers and deserializers.
 *
 * <p>Register it explicitly, or let Jackson find it through {@code META-INF/services}:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new TaxonomyModule()).build();
 * // or: JsonMapper.builder().findAndAddModules().build()
 * mapper.writeValueAsString(Modality.THREE_D);                               // "\"3d\""
 * mapper.writeValueAsString(ModalitySignature.parse("text+image->text"));   // "\"text+image->text\""
 * GenerativeModel model = mapper.readValue(json, GenerativeModel.class);
 * }</pre>
 *
 * <p>What each type becomes:
 *
 * <ul>
 *   <li>Enums ({@code Modality}, {@code Access}, {@code Unit}, ...) and {@code Category}: their
 *       kebab-case id, also as map keys.
 *   <li>{@code ModalitySignature}, {@code ModalityPair}, {@code Source}, {@code ArxivId}: their
 *       text form, such as {@code "text+image->text"} or {@code "arxiv:2204.06125"}.
 *   <li>{@code Catalog}: the whole document, {@code {"format": "genai-taxonomy/1", ...}}; the other
 *       value types: the objects the document is made of (see {@code docs/format.md}).
 *   <li>{@code CatalogStatistics}: written only, since it is computed from a catalog.
 * </ul>
 *
 * <p>Bad input fails with a {@code DatabindException} whose cause is a {@link
 * CatalogFormatException} naming the JSON path, line and column. Unknown keys follow the mapper's
 * {@code DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES}: Jackson 3 disables it by default, so a
 * default mapper skips them; enable it to reject them. A repeated key is rejected, also inside a
 * skipped value, whether or not the mapper's parser detects duplicates. As with any deserializer,
 * the JSON document {@code null} gives {@code null}: {@code mapper.readValue("null",
 * Catalog.class)} returns {@code null}, where {@link TaxonomyJson} rejects it. The module adds no
 * polymorphic or default typing. For the documented layout byte for byte, strict reading by default
 * and the input limits, use {@link TaxonomyJson}, which registers this module on its own mapper.
 */
public final class TaxonomyModule extends JacksonModule {
  /** The module's name, which Jackson uses to register it once. */
  public static final String NAME = "genai-taxonomy";

  /**
   * The module's version: the version of the {@code taxonomy-json} artifact, written into the jar
   * by the build ({@code 0.1.0-SNAPSHOT} gives major 0, minor 1, patch 0, snapshot info {@code
   * SNAPSHOT}); {@link Version#unknownVersion()} only when the jar was built without it.
   */
  public static final Version VERSION = readVersion();

  /** The module; stateless, so any instance is as good as another. */
  public TaxonomyModule() {}

  /** {@value #NAME}. */
  @Override
  public String getModuleName() {
    return NAME;
  }

  /** {@link #VERSION}. */
  @Override
  public Version version() {
    return VERSION;
  }

  private static Version readVersion() {
    Properties properties = new Properties();
    try (InputStream in = TaxonomyModule.class.getResourceAsStream("taxonomy-json.properties")) {
      if (in == null) {
        return Version.unknownVersion();
      }
      properties.load(in);
    } catch (IOException e) {
      return Version.unknownVersion();
    }
    String version = properties.getProperty("version");
    return version == null
        ? Version.unknownVersion()
        : VersionUtil.parseVersion(version, "io.github.genaitaxonomy", "taxonomy-json");
  }

  /** Adds the serializers, deserializers and key (de)serializers. */
  @Override
  public void setupModule(SetupContext context) {
    context.addSerializers(Codecs.serializers());
    context.addDeserializers(Codecs.deserializers());
    context.addKeySerializers(Codecs.keySerializers());
    context.addKeyDeserializers(Codecs.keyDeserializers());
  }
}
