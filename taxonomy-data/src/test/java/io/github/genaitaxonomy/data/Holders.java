package io.github.genaitaxonomy.data;

import io.github.genaitaxonomy.core.Discrepancy;
import io.github.genaitaxonomy.core.GenerativeModel;
import io.github.genaitaxonomy.core.Organization;
import io.github.genaitaxonomy.core.Technique;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Reflection over the holder classes, for tests that treat the catalog as data. */
final class Holders {
  private Holders() {}

  /** A holder class, the type of its constants and the Registry list that must hold them. */
  record Holder(Class<?> holder, Class<?> type, List<?> registered) {
    @Override
    public String toString() {
      return holder.getSimpleName();
    }
  }

  static List<Holder> all() {
    return List.of(
        new Holder(Organizations.class, Organization.class, Registry.ORGANIZATIONS),
        new Holder(Techniques.class, Technique.class, Registry.TECHNIQUES),
        new Holder(SurveyModels.class, GenerativeModel.class, Registry.SURVEY_MODELS),
        new Holder(BaseModels.class, GenerativeModel.class, Registry.BASE_MODELS),
        new Holder(Models2023.class, GenerativeModel.class, Registry.MODELS_2023),
        new Holder(SurveyErrata.class, Discrepancy.class, Registry.SURVEY_WIDE_DISCREPANCIES));
  }

  /** Every public static field of the class, in declaration order. */
  static List<Field> publicStaticFields(Class<?> holder) {
    List<Field> fields = new ArrayList<>();
    for (Field field : holder.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers)) {
        fields.add(field);
      }
    }
    return fields;
  }

  /** The values of the public static final fields of the given type. */
  static <T> List<T> constants(Class<?> holder, Class<T> type) {
    List<T> values = new ArrayList<>();
    for (Field field : publicStaticFields(holder)) {
      if (type.isAssignableFrom(field.getType())) {
        values.add(type.cast(read(field)));
      }
    }
    return values;
  }

  static Object read(Field field) {
    try {
      return field.get(null);
    } catch (IllegalAccessException e) {
      throw new AssertionError("cannot read " + field, e);
    }
  }

  /** SCREAMING_SNAKE of an id; an id that starts with a digit gets a leading underscore. */
  static String constantName(String id) {
    String name = id.toUpperCase(Locale.ROOT).replace('-', '_');
    return Character.isDigit(name.charAt(0)) ? "_" + name : name;
  }

  static List<GenerativeModel> models() {
    return Stream.of(Registry.SURVEY_MODELS, Registry.BASE_MODELS, Registry.MODELS_2023)
        .flatMap(List::stream)
        .toList();
  }
}
