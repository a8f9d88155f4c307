package io.poolcast.connectors.parquet;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;

/**
 * The Avro schema of a Java record, derived by reflection, and the conversion of its values both
 * ways. Column names are the snake_case component names ({@code listPriceCents} → {@code
 * list_price_cents}), like the CSV files. See the module README for the type mapping table.
 *
 * <p>Components of primitive type are required; every reference-type component is nullable (a union
 * with null), so a missing value is written as null rather than failing the job.
 *
 * <p>Not serializable: Flink operators hold the record class and build this lazily.
 *
 * @param <T> the record type
 */
public final class RecordAvroSchema<T extends Record> {
  /**
   * Each type's schema, derived once: a backfill opens a file per partition (thousands), and
   * deriving it by reflection each time showed in its profile. Immutable, so shared by all threads.
   */
  private static final ClassValue<RecordAvroSchema<?>> SCHEMAS =
      new ClassValue<>() {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        protected RecordAvroSchema<?> computeValue(Class<?> type) {
          return new RecordAvroSchema<>(new AvroValueMappings().forRecord((Class) type));
        }
      };

  private final RecordMapping<T> mapping;

  private RecordAvroSchema(RecordMapping<T> mapping) {
    this.mapping = mapping;
  }

  /**
   * Derives the schema of {@code type}.
   *
   * @throws IllegalArgumentException naming the component whose type has no mapping
   */
  @SuppressWarnings("unchecked")
  public static <T extends Record> RecordAvroSchema<T> of(Class<T> type) {
    return (RecordAvroSchema<T>) SCHEMAS.get(type);
  }

  public Schema schema() {
    return mapping.schema();
  }

  public Class<T> type() {
    return mapping.type();
  }

  RecordMapping<T> mapping() {
    return mapping;
  }

  public GenericRecord toAvro(T value) {
    return mapping.toAvroRecord(value);
  }

  /**
   * Builds the record back from Avro. Fields are matched by name; a missing nullable column reads
   * as null.
   *
   * @throws IllegalArgumentException if a primitive column is missing or the record's constructor
   *     rejects the values
   */
  public T fromAvro(GenericRecord record) {
    return mapping.fromAvroRecord(record);
  }
}
