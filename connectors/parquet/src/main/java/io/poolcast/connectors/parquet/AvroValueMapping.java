package io.poolcast.connectors.parquet;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;

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
  }
}
