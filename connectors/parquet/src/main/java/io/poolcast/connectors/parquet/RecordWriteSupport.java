package io.poolcast.connectors.parquet;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.Optional;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.parquet.avro.AvroSchemaConverter;
import org.apache.parquet.avro.AvroWriteSupport;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.RecordConsumer;

/**
 * Writes a flat record (no lists, no nested records) straight to Parquet's record consumer, in the
 * file parquet-avro writes for it: the same schema, footer metadata (taken from an {@link
 * AvroWriteSupport} for the record's Avro schema) and values ({@link AvroValueMapping#write}, each
 * as its Avro value), so the same bytes, without an Avro record in between: a {@code GenericRecord}
 * per row, filled by reflection, and a union type resolved for every nullable value.
 *
 * @param <T> the record type
 */
final class RecordWriteSupport<T extends Record> extends WriteSupport<T> {
  private final AvroWriteSupport<GenericData.Record> avro;
  private final String[] names;
  private final MethodHandle[] accessors;
  private final AvroValueMapping[] fields;
  private final boolean[] texts;
  private final TextBinaries binaries;
  private RecordConsumer consumer;

  private RecordWriteSupport(
      AvroWriteSupport<GenericData.Record> avro,
      String[] names,
      MethodHandle[] accessors,
      AvroValueMapping[] fields) {
    this.avro = avro;
    this.names = names;
    this.accessors = accessors;
    this.fields = fields;
    this.texts = new boolean[fields.length];
    this.binaries = new TextBinaries(fields.length);
    for (int i = 0; i < fields.length; i++) {
      texts[i] = isText(fields[i]);
    }
  }

  /** Whether a field is written as its string's UTF-8 bytes, so through {@link TextBinaries}. */
  private static boolean isText(AvroValueMapping field) {
    AvroValueMapping value =
        field instanceof AvroValueMapping.Nullable nullable ? nullable.value() : field;
    return value instanceof AvroValueMapping.Primitive primitive
        && primitive.schema().getType() == Schema.Type.STRING;
  }

  /** The write support of a flat record type; empty for one with lists or nested records. */
  static <T extends Record> Optional<WriteSupport<T>> of(
      RecordAvroSchema<T> schema, ParquetConfiguration conf) {
    RecordComponent[] components = schema.type().getRecordComponents();
    String[] names = new String[components.length];
    MethodHandle[] accessors = new MethodHandle[components.length];
    AvroValueMapping[] fields = new AvroValueMapping[components.length];
    for (int i = 0; i < components.length; i++) {
      fields[i] = schema.mapping().field(i);
      if (!fields[i].flat()) {
        return Optional.empty();
      }
      names[i] = schema.schema().getFields().get(i).name();
      accessors[i] = accessor(components[i]);
    }
    AvroWriteSupport<GenericData.Record> avro =
        new AvroWriteSupport<>(
            new AvroSchemaConverter(conf).convert(schema.schema()),
            schema.schema(),
            GenericData.get());
    return Optional.of(new RecordWriteSupport<>(avro, names, accessors, fields));
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
    for (int i = 0; i < fields.length; i++) {
      Object value = read(i, row);
      if (value != null) { // a null is an absent optional field, as parquet-avro writes it
        consumer.startField(names[i], i);
        if (texts[i]) {
          consumer.addBinary(binaries.of(i, (String) value));
        } else {
          fields[i].write(consumer, value);
        }
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
