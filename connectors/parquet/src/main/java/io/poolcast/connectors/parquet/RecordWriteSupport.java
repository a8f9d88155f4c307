package io.poolcast.connectors.parquet;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.parquet.avro.AvroSchemaConverter;
import org.apache.parquet.avro.AvroWriteSupport;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;

/**
 * Writes a flat record (no lists, no nested records) straight to Parquet's record consumer, in the
 * file parquet-avro writes for it: the same schema, footer metadata (taken from an {@link
 * AvroWriteSupport} for the record's Avro schema) and values, so the same bytes, without an Avro
 * record in between: a {@code GenericRecord} per row, filled by reflection, and a union type
 * resolved for every nullable value.
 *
 * @param <T> the record type
 */
final class RecordWriteSupport<T extends Record> extends WriteSupport<T> {
  /** How one component's non-null value is written. */
  private interface ValueWriter {
    void write(RecordConsumer consumer, Object value);
  }

  private final AvroWriteSupport<GenericData.Record> avro;
  private final String[] names;
  private final MethodHandle[] accessors;
  private final ValueWriter[] writers;
  private RecordConsumer consumer;

  private RecordWriteSupport(
      AvroWriteSupport<GenericData.Record> avro,
      String[] names,
      MethodHandle[] accessors,
      ValueWriter[] writers) {
    this.avro = avro;
    this.names = names;
    this.accessors = accessors;
    this.writers = writers;
  }

  /** The write support of a flat record type; empty for one with lists or nested records. */
  static <T extends Record> Optional<WriteSupport<T>> of(
      RecordAvroSchema<T> schema, ParquetConfiguration conf) {
    RecordComponent[] components = schema.type().getRecordComponents();
    String[] names = new String[components.length];
    MethodHandle[] accessors = new MethodHandle[components.length];
    ValueWriter[] writers = new ValueWriter[components.length];
    for (int i = 0; i < components.length; i++) {
      Schema.Field field = schema.schema().getFields().get(i);
      Optional<ValueWriter> writer = writerOf(components[i].getType());
      if (writer.isEmpty()) {
        return Optional.empty();
      }
      names[i] = field.name();
      accessors[i] = accessor(components[i]);
      writers[i] = writer.get();
    }
    AvroWriteSupport<GenericData.Record> avro =
        new AvroWriteSupport<>(
            new AvroSchemaConverter(conf).convert(schema.schema()),
            schema.schema(),
            GenericData.get());
    return Optional.of(new RecordWriteSupport<>(avro, names, accessors, writers));
  }

  /** As {@link AvroValueMappings} stores each type; empty for lists and nested records. */
  private static Optional<ValueWriter> writerOf(Class<?> type) {
    if (type == String.class) {
      return Optional.of((c, v) -> c.addBinary(utf8((String) v)));
    }
    if (type == int.class || type == Integer.class) {
      return Optional.of((c, v) -> c.addInteger((Integer) v));
    }
    if (type == long.class || type == Long.class) {
      return Optional.of((c, v) -> c.addLong((Long) v));
    }
    if (type == double.class || type == Double.class) {
      return Optional.of((c, v) -> c.addDouble((Double) v));
    }
    if (type == boolean.class || type == Boolean.class) {
      return Optional.of((c, v) -> c.addBoolean((Boolean) v));
    }
    if (type == Instant.class) {
      return Optional.of((c, v) -> c.addLong(((Instant) v).toEpochMilli()));
    }
    if (type == LocalDate.class) {
      return Optional.of((c, v) -> c.addInteger(Math.toIntExact(((LocalDate) v).toEpochDay())));
    }
    if (type == LocalTime.class) {
      return Optional.of(
          (c, v) ->
              c.addInteger((int) TimeUnit.NANOSECONDS.toMillis(((LocalTime) v).toNanoOfDay())));
    }
    if (type.isEnum()) {
      return Optional.of((c, v) -> c.addBinary(utf8(((Enum<?>) v).name())));
    }
    return Optional.empty();
  }

  /**
   * A string's UTF-8 bytes, as a binary backed by an array no one else holds: the dictionary
   * encoder keeps it without copying and compares arrays, where {@link Binary#fromString}'s
   * buffer-backed binary is compared byte by byte through the buffer (a tenth of the writer's
   * time).
   */
  private static Binary utf8(String text) {
    return Binary.fromConstantByteArray(text.getBytes(StandardCharsets.UTF_8));
  }

  private static MethodHandle accessor(RecordComponent component) {
    try {
      // Records declared inside non-public classes (tests, job-local rows) are still writable.
      component.getAccessor().setAccessible(true);
      return MethodHandles.lookup()
          .unreflect(component.getAccessor())
          .asType(MethodType.methodType(Object.class, Record.class));
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read " + component, e);
    }
  }

  @Override
  public String getName() {
    return avro.getName();
  }

  @Override
  public WriteContext init(ParquetConfiguration configuration) {
    return avro.init(configuration);
  }

  @Override
  public WriteContext init(org.apache.hadoop.conf.Configuration configuration) {
    return avro.init(configuration);
  }

  @Override
  public void prepareForWrite(RecordConsumer recordConsumer) {
    this.consumer = recordConsumer;
  }

  @Override
  public void write(T row) {
    consumer.startMessage();
    for (int i = 0; i < writers.length; i++) {
      Object value = read(i, row);
      if (value != null) { // a null is an absent optional field, as parquet-avro writes it
        consumer.startField(names[i], i);
        writers[i].write(consumer, value);
        consumer.endField(names[i], i);
      }
    }
    consumer.endMessage();
  }

  @Override
  public FinalizedWriteContext finalizeWrite() {
    return avro.finalizeWrite();
  }

  private Object read(int component, T row) {
    try {
      return (Object) accessors[component].invokeExact((Record) row);
    } catch (Throwable e) {
      throw new IllegalStateException("cannot read " + names[component] + " of " + row, e);
    }
  }
}
