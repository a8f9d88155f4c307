package io.poolcast.connectors.parquet;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.avro.Schema;

/**
 * Picks the {@link AvroValueMapping} for each record component type. One instance builds one
 * schema: a nested record class used twice maps to the same Avro record (Avro forbids defining a
 * name twice), and a record that contains itself is refused because Parquet cannot store it.
 */
final class AvroValueMappings {
  private final Map<Class<?>, RecordMapping<?>> built = new HashMap<>();
  private final Set<Class<?>> building = new HashSet<>();

  <T extends Record> RecordMapping<T> forRecord(Class<T> type) {
    @SuppressWarnings("unchecked")
    RecordMapping<T> known = (RecordMapping<T>) built.get(type);
    if (known != null) {
      return known;
    }
    if (!building.add(type)) {
      throw new IllegalArgumentException(
          "record " + type.getName() + " contains itself; Parquet cannot store recursive types");
    }
    RecordMapping<T> mapping = new RecordMapping<>(type, this);
    building.remove(type);
    built.put(type, mapping);
    return mapping;
  }

  AvroValueMapping forComponent(Class<?> owner, RecordComponent component) {
    try {
      AvroValueMapping value = forType(component.getType(), component.getGenericType());
      return component.getType().isPrimitive() ? value : new AvroValueMapping.Nullable(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          owner.getSimpleName() + "." + component.getName() + ": " + e.getMessage(), e);
    }
  }

  private AvroValueMapping forType(Class<?> raw, Type generic) {
    if (raw == String.class) {
      return AvroValueMapping.Primitive.of(Schema.Type.STRING);
    }
    if (raw == int.class || raw == Integer.class) {
      return AvroValueMapping.Primitive.of(Schema.Type.INT);
    }
    if (raw == long.class || raw == Long.class) {
      return AvroValueMapping.Primitive.of(Schema.Type.LONG);
    }
    if (raw == double.class || raw == Double.class) {
      return AvroValueMapping.Primitive.of(Schema.Type.DOUBLE);
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return AvroValueMapping.Primitive.of(Schema.Type.BOOLEAN);
    }
    if (raw == Instant.class) {
      return new AvroValueMapping.TimestampMillis();
    }
    if (raw == LocalDate.class) {
      return new AvroValueMapping.Date();
    }
    if (raw == LocalTime.class) {
      return new AvroValueMapping.TimeMillis();
    }
    if (raw.isEnum()) {
      return new AvroValueMapping.EnumName(enumType(raw));
    }
    if (raw == List.class) {
      return new AvroValueMapping.Array(listElement(generic));
    }
    if (raw.isRecord()) {
      return new AvroValueMapping.Nested(forRecord(raw.asSubclass(Record.class)));
    }
    throw new IllegalArgumentException("unsupported type " + generic.getTypeName());
  }

  private AvroValueMapping listElement(Type generic) {
    if (generic instanceof ParameterizedType parameterized
        && parameterized.getActualTypeArguments()[0] instanceof Class<?> element
        && element != List.class) {
      return forType(element, element);
    }
    throw new IllegalArgumentException(
        "unsupported list type " + generic.getTypeName() + " (need List<concrete element type>)");
  }

  @SuppressWarnings("unchecked")
  private static Class<? extends Enum<?>> enumType(Class<?> raw) {
    return (Class<? extends Enum<?>>) raw;
  }
}
