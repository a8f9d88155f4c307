package io.poolcast.connectors.parquet;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
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
  /**
   * Each flat record type's columns, built once: spinning their readers costs more than writing a
   * small file (a backfill writes a file per partition, thousands). Empty for a type with lists or
   * nested records. Columns hold no state, so every file and thread shares them.
   */
  private static final ClassValue<Optional<List<Column<Record>>>> COLUMNS =
      new ClassValue<>() {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        protected Optional<List<Column<Record>>> computeValue(Class<?> type) {
          return (Optional) columns(RecordAvroSchema.of((Class<Record>) type));
        }
      };

  private final AvroWriteSupport<GenericData.Record> avro;
  private final List<Column<T>> columns;
  private final TextBinaries text;
  private RecordConsumer consumer;

  private RecordWriteSupport(AvroWriteSupport<GenericData.Record> avro, List<Column<T>> columns) {
    this.avro = avro;
    this.columns = columns;
    this.text = new TextBinaries(columns.size());
  }

  /** The write support of a flat record type; empty for one with lists or nested records. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static <T extends Record> Optional<WriteSupport<T>> of(
      RecordAvroSchema<T> schema, ParquetConfiguration conf) {
    Optional<List<Column<T>>> columns = (Optional) COLUMNS.get(schema.type());
    if (columns.isEmpty()) {
      return Optional.empty();
    }
    AvroWriteSupport<GenericData.Record> avro =
        new AvroWriteSupport<>(
            new AvroSchemaConverter(conf).convert(schema.schema()),
            schema.schema(),
            GenericData.get());
    return Optional.of(new RecordWriteSupport<>(avro, columns.get()));
  }

  private static <T extends Record> Optional<List<Column<T>>> columns(RecordAvroSchema<T> schema) {
    RecordComponent[] components = schema.type().getRecordComponents();
    List<Column<T>> columns = new ArrayList<>(components.length);
    for (int i = 0; i < components.length; i++) {
      AvroValueMapping field = schema.mapping().field(i);
      if (!field.flat()) {
        return Optional.empty();
      }
      String name = schema.schema().getFields().get(i).name();
      columns.add(column(name, i, components[i], field));
    }
    return Optional.of(List.copyOf(columns));
  }

  /**
   * How a component is written: primitives without boxing, strings and enum names through {@link
   * TextBinaries}, everything else as its {@link AvroValueMapping} writes it.
   */
  private static <T extends Record> Column<T> column(
      String name, int index, RecordComponent component, AvroValueMapping field) {
    AvroValueMapping value =
        field instanceof AvroValueMapping.Nullable nullable ? nullable.value() : field;
    Class<?> type = component.getType();
    Schema.Type avroType = value.schema().getType();
    if (value instanceof AvroValueMapping.Primitive) {
      if (type == long.class && avroType == Schema.Type.LONG) {
        return new LongColumn<>(name, index, ComponentReaders.longs(component));
      }
      if (type == int.class && avroType == Schema.Type.INT) {
        return new IntColumn<>(name, index, ComponentReaders.ints(component));
      }
      if (type == double.class && avroType == Schema.Type.DOUBLE) {
        return new DoubleColumn<>(name, index, ComponentReaders.doubles(component));
      }
      if (type == String.class && avroType == Schema.Type.STRING) {
        return new TextColumn<>(name, index, ComponentReaders.texts(component));
      }
    }
    if (value instanceof AvroValueMapping.EnumName) { // its name, as EnumName writes it
      Function<T, Object> read = ComponentReaders.objects(component);
      return new TextColumn<>(
          name, index, row -> read.apply(row) instanceof Enum<?> e ? e.name() : null);
    }
    return new ValueColumn<>(name, index, ComponentReaders.objects(component), field);
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
    for (Column<T> column : columns) {
      column.write(consumer, row, text);
    }
    consumer.endMessage();
  }

  @Override
  public FinalizedWriteContext finalizeWrite() {
    return avro.finalizeWrite();
  }

  /**
   * One column: writes its field of a row, or nothing for a null (an absent optional field, as
   * parquet-avro writes it).
   */
  private abstract static class Column<T> {
    private final String name;
    private final int index;

    Column(String name, int index) {
      this.name = name;
      this.index = index;
    }

    /** Writes the row's value; strings through the file's {@code text}. */
    abstract void write(RecordConsumer consumer, T row, TextBinaries text);

    final void start(RecordConsumer consumer) {
      consumer.startField(name, index);
    }

    final void end(RecordConsumer consumer) {
      consumer.endField(name, index);
    }

    final int index() {
      return index;
    }
  }

  private static final class LongColumn<T> extends Column<T> {
    private final ToLongFunction<T> read;

    LongColumn(String name, int index, ToLongFunction<T> read) {
      super(name, index);
      this.read = read;
    }

    @Override
    void write(RecordConsumer consumer, T row, TextBinaries text) {
      start(consumer);
      consumer.addLong(read.applyAsLong(row));
      end(consumer);
    }
  }

  private static final class IntColumn<T> extends Column<T> {
    private final ToIntFunction<T> read;

    IntColumn(String name, int index, ToIntFunction<T> read) {
      super(name, index);
      this.read = read;
    }

    @Override
    void write(RecordConsumer consumer, T row, TextBinaries text) {
      start(consumer);
      consumer.addInteger(read.applyAsInt(row));
      end(consumer);
    }
  }

  private static final class DoubleColumn<T> extends Column<T> {
    private final ToDoubleFunction<T> read;

    DoubleColumn(String name, int index, ToDoubleFunction<T> read) {
      super(name, index);
      this.read = read;
    }

    @Override
    void write(RecordConsumer consumer, T row, TextBinaries text) {
      start(consumer);
      consumer.addDouble(read.applyAsDouble(row));
      end(consumer);
    }
  }

  /**
   * A string (or an enum's name) as its UTF-8 bytes, each distinct one encoded once ({@link
   * TextBinaries}).
   */
  private static final class TextColumn<T> extends Column<T> {
    private final Function<T, String> read;

    TextColumn(String name, int index, Function<T, String> read) {
      super(name, index);
      this.read = read;
    }

    @Override
    void write(RecordConsumer consumer, T row, TextBinaries text) {
      String value = read.apply(row);
      if (value != null) {
        start(consumer);
        consumer.addBinary(text.of(index(), value));
        end(consumer);
      }
    }
  }

  /** Any other flat value, as its mapping writes it. */
  private static final class ValueColumn<T> extends Column<T> {
    private final Function<T, Object> read;
    private final AvroValueMapping mapping;

    ValueColumn(String name, int index, Function<T, Object> read, AvroValueMapping mapping) {
      super(name, index);
      this.read = read;
      this.mapping = mapping;
    }

    @Override
    void write(RecordConsumer consumer, T row, TextBinaries text) {
      Object value = read.apply(row);
      if (value != null) {
        start(consumer);
        mapping.write(consumer, value);
        end(consumer);
      }
    }
  }
}
