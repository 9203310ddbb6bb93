package io.github.genaitaxonomy.json;

import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.Organization;
import io.github.genaitaxonomy.core.Technique;

/**
 * One record of a JSON Lines catalog: an organization, a technique or a model, with the line it was
 * read from.
 *
 * <pre>{@code
 * try (JsonLinesReader records = TaxonomyJson.defaults().linesReader(reader)) {
 *   while (records.hasNext()) {
 *     if (records.next() instanceof JsonLinesRecord.ModelRecord m) {
 *       index(m.model());
 *     }
 *   }
 * }
 * }</pre>
 */
public sealed interface JsonLinesRecord {
  /** The record's {@code type}: {@code organization}, {@code technique} or {@code model}. */
  String type();

  /** The id of the entry. */
  String id();

  /** The 1-based line of the file the record was read from. */
  int line();

  /**
   * An organization record: {@code {"type":"organization","id":"openai",...}}.
   *
   * @param organization the organization
   * @param line the 1-based line it was read from
   */
  record OrganizationRecord(Organization organization, int line) implements JsonLinesRecord {
    /** {@code organization}. */
    @Override
    public String type() {
      return "organization";
    }

    @Override
    public String id() {
      return organization.id();
    }
  }

  /**
   * A technique record: {@code {"type":"technique","id":"transformer",...}}.
   *
   * @param technique the technique
   * @param line the 1-based line it was read from
   */
  record TechniqueRecord(Technique technique, int line) implements JsonLinesRecord {
    /** {@code technique}. */
    @Override
    public String type() {
      return "technique";
    }

    @Override
    public String id() {
      return technique.id();
    }
  }

  /**
   * A model record: {@code {"type":"model","id":"dall-e-2",...}}.
   *
   * @param model the model
   * @param line the 1-based line it was read from
   */
  record ModelRecord(GenerativeModel model, int line) implements JsonLinesRecord {
    /** {@code model}. */
    @Override
    public String type() {
      return "model";
    }

    @Override
    public String id() {
      return model.id();
    }
  }
}
