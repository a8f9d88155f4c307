package io.poolcast.connectors.parquet;

import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.avro.AvroWriteSupport;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.OutputFile;

/** The one place that configures Parquet writers, so Flink and plain files come out the same. */
final class ParquetWriters {
  private ParquetWriters() {}

  static ParquetWriter<GenericRecord> open(
      OutputFile file, Schema schema, CompressionCodecName compression) throws IOException {
    return open(file, schema, compression, ParquetWriter.DEFAULT_BLOCK_SIZE);
  }

  private static ParquetWriter<GenericRecord> open(
      OutputFile file, Schema schema, CompressionCodecName compression, long rowGroupBytes)
      throws IOException {
    return AvroParquetWriter.<GenericRecord>builder(new CanonicalFooterFile(file))
        .withConf(configuration())
        .withSchema(schema)
        .withDataModel(GenericData.get())
        .withCompressionCodec(compression)
        .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
        .withRowGroupSize(rowGroupBytes)
        .build();
  }

  /**
   * A writer of records: straight from the record ({@link RecordWriteSupport}) when it is flat,
   * else through its Avro record.
   */
  static <T extends Record> RecordWriter<T> openRecords(
      OutputFile file, RecordAvroSchema<T> schema, CompressionCodecName compression)
      throws IOException {
    return openRecords(file, schema, compression, ParquetWriter.DEFAULT_BLOCK_SIZE);
  }

  /**
   * As {@link #openRecords(OutputFile, RecordAvroSchema, CompressionCodecName)}, row groups capped.
   */
  static <T extends Record> RecordWriter<T> openRecords(
      OutputFile file,
      RecordAvroSchema<T> schema,
      CompressionCodecName compression,
      long rowGroupBytes)
      throws IOException {
    Optional<WriteSupport<T>> direct = RecordWriteSupport.of(schema, configuration());
    if (direct.isEmpty()) {
      ParquetWriter<GenericRecord> avro = open(file, schema.schema(), compression, rowGroupBytes);
      return RecordWriter.of(row -> avro.write(schema.toAvro(row)), avro);
    }
    ParquetWriter<T> writer =
        new DirectBuilder<>(new CanonicalFooterFile(file), direct.get())
            .withConf(configuration())
            .withCompressionCodec(compression)
            .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
            .withRowGroupSize(rowGroupBytes)
            .build();
    return RecordWriter.of(writer::write, writer);
  }

  /** Writes rows of one record type to one file. */
  interface RecordWriter<T> extends Closeable {
    void write(T row) throws IOException;

    static <T> RecordWriter<T> of(RowSink<T> sink, Closeable file) {
      return new RecordWriter<>() {
        @Override
        public void write(T row) throws IOException {
          sink.write(row);
        }

        @Override
        public void close() throws IOException {
          file.close();
        }
      };
    }
  }

  /** Where a {@link RecordWriter}'s rows go. */
  @FunctionalInterface
  interface RowSink<T> {
    void write(T row) throws IOException;
  }

  private static final class DirectBuilder<T> extends ParquetWriter.Builder<T, DirectBuilder<T>> {
    private final WriteSupport<T> support;

    DirectBuilder(OutputFile file, WriteSupport<T> support) {
      super(file);
      this.support = support;
    }

    @Override
    protected DirectBuilder<T> self() {
      return this;
    }

    @Override
    protected WriteSupport<T> getWriteSupport(org.apache.hadoop.conf.Configuration conf) {
      return support;
    }

    @Override
    protected WriteSupport<T> getWriteSupport(ParquetConfiguration conf) {
      return support;
    }
  }

  /**
   * A Hadoop-free configuration. Lists use the standard three-level layout of the Parquet spec (the
   * two-level default is a legacy of old Hive), which every current reader understands.
   */
  static ParquetConfiguration configuration() {
    PlainParquetConfiguration conf = new PlainParquetConfiguration();
    conf.setBoolean(AvroWriteSupport.WRITE_OLD_LIST_STRUCTURE, false);
    return conf;
  }
}
