package io.poolcast.connectors.parquet;

import java.io.IOException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.avro.AvroWriteSupport;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.OutputFile;

/** The one place that configures Parquet writers, so Flink and plain files come out the same. */
final class ParquetWriters {
  private ParquetWriters() {}

  static ParquetWriter<GenericRecord> open(
      OutputFile file, Schema schema, CompressionCodecName compression) throws IOException {
    return AvroParquetWriter.<GenericRecord>builder(new CanonicalFooterFile(file))
        .withConf(configuration())
        .withSchema(schema)
        .withDataModel(GenericData.get())
        .withCompressionCodec(compression)
        .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
        .build();
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
