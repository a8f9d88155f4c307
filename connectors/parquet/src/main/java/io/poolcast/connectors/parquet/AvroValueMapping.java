package io.poolcast.connectors.parquet;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;

/**
 * How one Java value type is stored in Avro: its schema and the conversion both ways. Conversions
 * accept the plain Avro representation (e.g. {@code Long} for a timestamp) and also the
 * logical-type objects some Avro data models hand out (e.g. {@code Instant}), so a reader does not
 * depend on how its data model was configured.
 */
sealed interface AvroValueMapping {

  Schema schema();

  Object toAvro(Object javaValue);

  Object fromAvro(Object avroValue);

  /** Whether {@link #write} can write this value: not a list, not a nested record. */
  default boolean flat() {
    return true;
  }

  /**
   * Writes a non-null value straight to Parquet as parquet-avro writes its Avro value ({@link
   * #toAvro}); for {@link #flat} values only ({@link RecordWriteSupport}).
   */
  default void write(RecordConsumer consumer, Object javaValue) {
    throw new UnsupportedOperationException("only Avro writes " + schema());
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

  /** String, int, long, double and boolean: Avro has them natively. */
  record Primitive(Schema schema) implements AvroValueMapping {
    static Primitive of(Schema.Type type) {
      return new Primitive(Schema.create(type));
    }

    @Override
    public Object toAvro(Object javaValue) {
      return javaValue;
    }

    @Override
    public Object fromAvro(Object avroValue) {
      // Avro strings come back as Utf8 (a CharSequence), not String.
      return avroValue instanceof CharSequence text ? text.toString() : avroValue;
    }

    @Override
    public void write(RecordConsumer consumer, Object javaValue) {
      switch (schema.getType()) {
        case STRING -> consumer.addBinary(utf8((String) javaValue));
        case INT -> consumer.addInteger((Integer) javaValue);
        case LONG -> consumer.addLong((Long) javaValue);
        case DOUBLE -> consumer.addDouble((Double) javaValue);
        case BOOLEAN -> consumer.addBoolean((Boolean) javaValue);
        default -> throw new IllegalStateException("not a primitive: " + schema);
      }
    }
  }

  /** Instant as UTC-adjusted epoch milliseconds; sub-millisecond digits are dropped. */
  record TimestampMillis(Schema schema) implements AvroValueMapping {
    TimestampMillis() {
      this(LogicalTypes.timestampMillis().addToSchema(Schema.create(Schema.Type.LONG)));
    }

    @Override
    public Object toAvro(Object javaValue) {
      return ((Instant) javaValue).toEpochMilli();
    }

    @Override
    public Object fromAvro(Object avroValue) {
      return avroValue instanceof Instant instant
          ? instant
          : Instant.ofEpochMilli(((Number) avroValue).longValue());
    }

    @Override
    public void write(RecordConsumer consumer, Object javaValue) {
      consumer.addLong((Long) toAvro(javaValue));
    }
  }

  /** LocalDate as days since 1970-01-01. */
  record Date(Schema schema) implements AvroValueMapping {
    Date() {
      this(LogicalTypes.date().addToSchema(Schema.create(Schema.Type.INT)));
    }

    @Override
    public Object toAvro(Object javaValue) {
      return Math.toIntExact(((LocalDate) javaValue).toEpochDay());
    }

    @Override
    public Object fromAvro(Object avroValue) {
      return avroValue instanceof LocalDate date
          ? date
          : LocalDate.ofEpochDay(((Number) avroValue).longValue());
    }

    @Override
    public void write(RecordConsumer consumer, Object javaValue) {
      consumer.addInteger((Integer) toAvro(javaValue));
    }
  }

  /** LocalTime as milliseconds after midnight; sub-millisecond digits are dropped. */
  record TimeMillis(Schema schema) implements AvroValueMapping {
    TimeMillis() {
      this(LogicalTypes.timeMillis().addToSchema(Schema.create(Schema.Type.INT)));
    }

    @Override
    public Object toAvro(Object javaValue) {
      return (int) TimeUnit.NANOSECONDS.toMillis(((LocalTime) javaValue).toNanoOfDay());
    }

    @Override
    public Object fromAvro(Object avroValue) {
      return avroValue instanceof LocalTime time
          ? time
          : LocalTime.ofNanoOfDay(TimeUnit.MILLISECONDS.toNanos(((Number) avroValue).longValue()));
    }

    @Override
    public void write(RecordConsumer consumer, Object javaValue) {
      consumer.addInteger((Integer) toAvro(javaValue));
    }
  }

  /**
   * Enums (DayOfWeek included) as their name. A plain string rather than an Avro enum keeps the
   * column readable by every engine and lets new constants appear without a schema change.
   */
  record EnumName(Schema schema, Class<? extends Enum<?>> type) implements AvroValueMapping {
    EnumName(Class<? extends Enum<?>> type) {
      this(Schema.create(Schema.Type.STRING), type);
    }

    @Override
    public Object toAvro(Object javaValue) {
      return ((Enum<?>) javaValue).name();
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Object fromAvro(Object avroValue) {
      return Enum.valueOf((Class) type, avroValue.toString());
    }

    @Override
    public void write(RecordConsumer consumer, Object javaValue) {
      consumer.addBinary(utf8((String) toAvro(javaValue)));
    }
  }

  /** A List as an Avro array; elements are never null (records hold immutable lists). */
  record Array(Schema schema, AvroValueMapping element) implements AvroValueMapping {
    Array(AvroValueMapping element) {
      this(Schema.createArray(element.schema()), element);
    }

    @Override
    public Object toAvro(Object javaValue) {
      List<Object> out = new ArrayList<>();
      for (Object item : (Collection<?>) javaValue) {
        out.add(element.toAvro(item));
      }
      return out;
    }

    @Override
    public Object fromAvro(Object avroValue) {
      List<Object> out = new ArrayList<>();
      for (Object item : (Collection<?>) avroValue) {
        out.add(element.fromAvro(item));
      }
      return List.copyOf(out);
    }

    @Override
    public boolean flat() {
      return false;
    }
  }

  /** A nested record. */
  record Nested(RecordMapping<?> mapping) implements AvroValueMapping {
    @Override
    public Schema schema() {
      return mapping.schema();
    }

    @Override
    public Object toAvro(Object javaValue) {
      return mapping.toAvroRecord(javaValue);
    }

    @Override
    public Object fromAvro(Object avroValue) {
      return mapping.fromAvroRecord((org.apache.avro.generic.GenericRecord) avroValue);
    }

    @Override
    public boolean flat() {
      return false;
    }
  }

  /** Reference-type components may be null: a union of null and the value type. */
  record Nullable(Schema schema, AvroValueMapping value) implements AvroValueMapping {
    Nullable(AvroValueMapping value) {
      this(Schema.createUnion(Schema.create(Schema.Type.NULL), value.schema()), value);
    }

    @Override
    public Object toAvro(Object javaValue) {
      return javaValue == null ? null : value.toAvro(javaValue);
    }

    @Override
    public Object fromAvro(Object avroValue) {
      return avroValue == null ? null : value.fromAvro(avroValue);
    }

    @Override
    public boolean flat() {
      return value.flat();
    }

    @Override
    public void write(RecordConsumer consumer, Object javaValue) {
      value.write(consumer, javaValue);
    }
  }
}
