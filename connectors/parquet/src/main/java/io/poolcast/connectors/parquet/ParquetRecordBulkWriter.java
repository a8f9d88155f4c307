package io.poolcast.connectors.parquet;

import java.io.IOException;
import org.apache.avro.generic.GenericRecord;
import org.apache.flink.api.common.serialization.BulkWriter;
import org.apache.parquet.hadoop.ParquetWriter;

/** One open Parquet part file of a FileSink. */
final class ParquetRecordBulkWriter<T extends Record> implements BulkWriter<T> {
  private final ParquetWriter<GenericRecord> writer;
  private final RecordAvroSchema<T> schema;

  ParquetRecordBulkWriter(ParquetWriter<GenericRecord> writer, RecordAvroSchema<T> schema) {
    this.writer = writer;
    this.schema = schema;
  }

  @Override
  public void addElement(T element) throws IOException {
    writer.write(schema.toAvro(element));
  }

  /**
   * Nothing to do: Parquet buffers a whole row group and a half-written file is unreadable anyway.
   * Bulk part files roll on every checkpoint, so {@link #finish()} always follows.
   */
  @Override
  public void flush() {}

  /** Writes the footer; the stream stays open because the FileSink owns it. */
  @Override
  public void finish() throws IOException {
    writer.close();
  }
}
