package io.poolcast.connectors.parquet;

import io.poolcast.events.RecordCsv;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.avro.JsonProperties;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/** One Java record class and its Avro record schema, with the conversion both ways. */
final class RecordMapping<T extends Record> {
  private final Class<T> type;
  private final Method[] accessors;
  private final String[] fieldNames;
  private final AvroValueMapping[] fields;
  private final Constructor<T> constructor;
  private final Schema schema;
  private volatile Positions lastPositions;

  RecordMapping(Class<T> type, AvroValueMappings mappings) {
    this.type = type;
    RecordComponent[] components = type.getRecordComponents();
    this.accessors = new Method[components.length];
    this.fieldNames = new String[components.length];
    this.fields = new AvroValueMapping[components.length];
    List<Schema.Field> avroFields = new ArrayList<>(components.length);
    for (int i = 0; i < components.length; i++) {
      RecordComponent component = components[i];
      accessors[i] = component.getAccessor();
      // Records declared inside non-public classes (tests, job-local rows) are still mappable.
      accessors[i].setAccessible(true);
      fieldNames[i] = RecordCsv.snakeCase(component.getName());
      fields[i] = mappings.forComponent(type, component);
      avroFields.add(avroField(fieldNames[i], fields[i]));
    }
    this.constructor = canonicalConstructor(type, components);
    this.schema = Schema.createRecord(avroName(type), null, avroNamespace(type), false, avroFields);
  }

  Schema schema() {
    return schema;
  }

  Class<T> type() {
    return type;
  }

  /** How the component at {@code index} is stored. */
  AvroValueMapping field(int index) {
    return fields[index];
  }

  GenericRecord toAvroRecord(Object value) {
    GenericData.Record record = new GenericData.Record(schema);
    for (int i = 0; i < fields.length; i++) {
      record.put(i, fields[i].toAvro(read(accessors[i], value)));
    }
    return record;
  }

  /** Reads fields by name, so a file whose columns come in another order still maps. */
  T fromAvroRecord(GenericRecord record) {
    int[] positions = positionsIn(record.getSchema());
    Object[] args = new Object[fields.length];
    for (int i = 0; i < fields.length; i++) {
      Object avroValue = positions[i] < 0 ? null : record.get(positions[i]);
      args[i] = fields[i].fromAvro(avroValue);
    }
    return construct(args);
  }

  /** The number of components. */
  int size() {
    return fields.length;
  }

  /** The column name of the component at {@code index}. */
  String fieldName(int index) {
    return fieldNames[index];
  }

  /**
   * The record of its components' Java values, in order ({@code args} is not kept).
   *
   * @throws IllegalArgumentException when a primitive component has no value, or the record refuses
   *     the values
   */
  T construct(Object[] args) {
    for (int i = 0; i < fields.length; i++) {
      if (args[i] == null && accessors[i].getReturnType().isPrimitive()) {
        throw new IllegalArgumentException(
            "column '" + fieldNames[i] + "' of " + type.getSimpleName() + " is missing or null");
      }
    }
    try {
      return constructor.newInstance(args);
    } catch (InvocationTargetException e) {
      throw new IllegalArgumentException(
          "cannot build " + type.getSimpleName() + ": " + e.getCause().getMessage(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
    }
  }

  /**
   * Each field's position in {@code fileSchema}, -1 where it has none; kept for the last schema
   * seen. A reader's records share one schema, and looking every field up by name (twice) per
   * record was a sixth of reading the event archive.
   */
  private int[] positionsIn(Schema fileSchema) {
    Positions last = lastPositions; // immutable: a race at worst computes it twice
    if (last == null || last.schema() != fileSchema) {
      int[] positions = new int[fieldNames.length];
      for (int i = 0; i < positions.length; i++) {
        Schema.Field field = fileSchema.getField(fieldNames[i]);
        positions[i] = field == null ? -1 : field.pos();
      }
      last = new Positions(fileSchema, positions);
      lastPositions = last;
    }
    return last.positions();
  }

  private record Positions(Schema schema, int[] positions) {}

  private static Schema.Field avroField(String name, AvroValueMapping mapping) {
    return mapping instanceof AvroValueMapping.Nullable
        ? new Schema.Field(name, mapping.schema(), null, JsonProperties.NULL_VALUE)
        : new Schema.Field(name, mapping.schema());
  }

  private static Object read(Method accessor, Object value) {
    try {
      return accessor.invoke(value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + accessor, e);
    }
  }

  private static <T> Constructor<T> canonicalConstructor(
      Class<T> type, RecordComponent[] components) {
    Class<?>[] types =
        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
    try {
      Constructor<T> constructor = type.getDeclaredConstructor(types);
      constructor.setAccessible(true);
      return constructor;
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("no canonical constructor on " + type, e);
    }
  }

  /** {@code a.b.Outer$Row} → {@code Outer_Row}: Avro names allow no '$'. */
  private static String avroName(Class<?> type) {
    String name = type.getName();
    return name.substring(name.lastIndexOf('.') + 1).replace('$', '_');
  }

  private static String avroNamespace(Class<?> type) {
    return type.getPackageName().isEmpty() ? null : type.getPackageName();
  }
}
