package io.poolcast.connectors.parquet;

import java.io.IOException;
import java.util.Optional;
import org.apache.avro.generic.GenericRecord;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.reader.StreamFormat;
import org.apache.flink.core.fs.FSDataInputStream;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.io.DelegatingSeekableInputStream;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.SeekableInputStream;
import org.apache.parquet.schema.MessageType;

/**
 * Reads Parquet files written for a record type (by {@link HiveParquetSink} or {@link
 * ParquetFiles}) back as those records in a Flink {@code FileSource}: the archive a backfill
 * replays. Whole files, not split; no Hadoop (Parquet over Flink's own stream). A flat record is
 * read straight from the columns ({@link RecordReadSupport}); one with lists or nested records, or
 * a file whose columns hold other types, through parquet-avro's records.
 *
 * <pre>{@code
 * FileSource.forRecordStreamFormat(new ParquetRecordFormat<>(Order.class, typeInfo), dirs).build()
 * }</pre>
 */
public final class ParquetRecordFormat<T extends Record> implements StreamFormat<T> {
  private static final long serialVersionUID = 1L;

  private final Class<T> type;
  private final TypeInformation<T> typeInfo;

  /**
   * @param type the record
   * @param typeInfo Flink's type of it (e.g. {@code EventTypes.of(type)})
   */
  public ParquetRecordFormat(Class<T> type, TypeInformation<T> typeInfo) {
    this.type = type;
    this.typeInfo = typeInfo;
  }

  @Override
  public Reader<T> createReader(
      Configuration config, FSDataInputStream stream, long fileLen, long splitEnd)
      throws IOException {
    RecordAvroSchema<T> schema = RecordAvroSchema.of(type);
    InputFile file = new StreamInputFile(stream, fileLen);
    Optional<ReadSupport<T>> direct = RecordReadSupport.of(schema, fileSchema(file));
    if (direct.isPresent()) {
      ParquetReader<T> reader =
          new DirectBuilder<>(file, ParquetWriters.configuration(), direct.get()).build();
      return new Reader<>() {
        @Override
        public T read() throws IOException {
          return reader.read();
        }

        @Override
        public void close() throws IOException {
          reader.close();
        }
      };
    }
    ParquetReader<GenericRecord> reader =
        AvroParquetReader.genericRecordReader(file, ParquetWriters.configuration());
    return new Reader<>() {
      @Override
      public T read() throws IOException {
        GenericRecord record = reader.read();
        return record == null ? null : schema.fromAvro(record);
      }

      @Override
      public void close() throws IOException {
        reader.close();
      }
    };
  }

  /**
   * The file's schema, to choose the reader by. The reader then reads the footer again: a few
   * kilobytes, against a file of its own row groups.
   */
  private static MessageType fileSchema(InputFile file) throws IOException {
    try (ParquetFileReader footer =
        ParquetFileReader.open(
            file, ParquetReadOptions.builder(ParquetWriters.configuration()).build())) {
      return footer.getFooter().getFileMetaData().getSchema();
    }
  }

  /** A reader of records through {@link RecordReadSupport}. */
  private static final class DirectBuilder<T> extends ParquetReader.Builder<T> {
    private final ReadSupport<T> support;

    DirectBuilder(InputFile file, ParquetConfiguration conf, ReadSupport<T> support) {
      super(file, conf);
      this.support = support;
    }

    @Override
    protected ReadSupport<T> getReadSupport() {
      return support;
    }
  }

  /**
   * Not splittable: Flink restores such a file from its start and skips the records it had read
   * (the restored offset is always "none").
   */
  @Override
  public Reader<T> restoreReader(
      Configuration config,
      FSDataInputStream stream,
      long restoredOffset,
      long fileLen,
      long splitEnd)
      throws IOException {
    return createReader(config, stream, fileLen, splitEnd);
  }

  @Override
  public boolean isSplittable() {
    return false;
  }

  @Override
  public TypeInformation<T> getProducedType() {
    return typeInfo;
  }

  /** A Parquet input over the stream the file source opened. */
  private record StreamInputFile(FSDataInputStream stream, long length) implements InputFile {
    @Override
    public long getLength() {
      return length;
    }

    @Override
    public SeekableInputStream newStream() {
      return new DelegatingSeekableInputStream(stream) {
        @Override
        public long getPos() throws IOException {
          return stream.getPos();
        }

        @Override
        public void seek(long newPos) throws IOException {
          stream.seek(newPos);
        }

        @Override
        public void close() {
          // The file source owns the stream and closes it.
        }
      };
    }
  }
}
