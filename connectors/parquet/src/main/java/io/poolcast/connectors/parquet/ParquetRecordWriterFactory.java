package io.poolcast.connectors.parquet;

import java.io.IOException;
import java.util.Objects;
import org.apache.flink.api.common.serialization.BulkWriter;
import org.apache.flink.core.fs.FSDataOutputStream;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Writes Java records as Parquet part files of a Flink {@code FileSink}. Only the record class and
 * the codec travel to the task managers; the Avro schema is derived again there (Avro schemas are
 * cheap to build and awkward to serialize across versions).
 *
 * @param <T> the record type
 */
public final class ParquetRecordWriterFactory<T extends Record> implements BulkWriter.Factory<T> {
  private static final long serialVersionUID = 1L;

  private final Class<T> type;
  private final CompressionCodecName compression;
  private transient RecordAvroSchema<T> schema;

  /**
   * @throws IllegalArgumentException at job build time if a component type has no Avro mapping
   */
  public ParquetRecordWriterFactory(Class<T> type, CompressionCodecName compression) {
    this.type = Objects.requireNonNull(type, "type");
    this.compression = Objects.requireNonNull(compression, "compression");
    this.schema = RecordAvroSchema.of(type);
  }

  /** A factory with the default codec ({@link ParquetFiles#DEFAULT_COMPRESSION}). */
  public static <T extends Record> ParquetRecordWriterFactory<T> of(Class<T> type) {
    return new ParquetRecordWriterFactory<>(type, ParquetFiles.DEFAULT_COMPRESSION);
  }

  public Class<T> type() {
    return type;
  }

  public CompressionCodecName compression() {
    return compression;
  }

  @Override
  public BulkWriter<T> create(FSDataOutputStream out) throws IOException {
    RecordAvroSchema<T> avro = schema();
    return new ParquetRecordBulkWriter<>(
        ParquetWriters.open(new FlinkOutputFile(out), avro.schema(), compression), avro);
  }

  private RecordAvroSchema<T> schema() {
    if (schema == null) {
      schema = RecordAvroSchema.of(type);
    }
    return schema;
  }
}
