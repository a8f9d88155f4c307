package io.poolcast.connectors.parquet;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.functions.sink.filesystem.OutputFileConfig;
import org.apache.flink.util.function.SerializableFunction;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * A Flink {@link FileSink} that writes Java records as Hive-partitioned Parquet:
 *
 * <pre>{@code
 * FileSink<Delivery> sink =
 *     HiveParquetSink.forRecord(Delivery.class)
 *         .basePath("/data/deliveries")
 *         .partitionBy("delivery_date", Delivery::deliveryDate)
 *         .partitionBy("region", Delivery::regionId)
 *         .build();
 * }</pre>
 *
 * <p>Part files roll on every checkpoint (Parquet cannot be appended to), so in STREAMING mode
 * committed files appear at each completed checkpoint and in BATCH mode at the end of the job. They
 * also roll at {@value #MAX_PART_BYTES} bytes and when their partition got no row for {@link
 * #PART_INACTIVITY_MILLIS} ms, so memory holds only the partitions being written (see {@link
 * IdlePartRollingPolicy}). Files being written are hidden ({@code .part-….parquet.inprogress.…});
 * readers globbing {@code **}{@code /*.parquet} only ever see whole, committed files named {@code
 * part-….parquet}.
 */
public final class HiveParquetSink {
  /** A part file rolls when it reaches this size. */
  public static final long MAX_PART_BYTES = 128L * 1024 * 1024;

  /** A part file rolls when its partition got no row for this long (processing time). */
  public static final long PART_INACTIVITY_MILLIS = 10_000;

  private HiveParquetSink() {}

  public static <T extends Record> Builder<T> forRecord(Class<T> type) {
    return new Builder<>(Objects.requireNonNull(type, "record type"));
  }

  /** Collects the sink settings; {@link #build()} checks them. */
  public static final class Builder<T extends Record> {
    private final Class<T> type;
    private final List<PartitionColumn<T>> partitionColumns = new ArrayList<>();
    private Path basePath;
    private CompressionCodecName compression = ParquetFiles.DEFAULT_COMPRESSION;

    private Builder(Class<T> type) {
      this.type = type;
    }

    /** The table directory; a local path or any URI Flink has a file system for. */
    public Builder<T> basePath(String basePath) {
      this.basePath = basePath == null || basePath.isBlank() ? null : new Path(basePath);
      return this;
    }

    public Builder<T> basePath(java.nio.file.Path basePath) {
      this.basePath = basePath == null ? null : new Path(basePath.toAbsolutePath().toUri());
      return this;
    }

    public Builder<T> basePath(Path basePath) {
      this.basePath = basePath;
      return this;
    }

    /** Adds the next partition level; the first call is the top directory level. */
    public Builder<T> partitionBy(String column, SerializableFunction<? super T, ?> value) {
      partitionColumns.add(PartitionColumn.of(column, value));
      return this;
    }

    /** Adds partition levels in order, e.g. a table's shared partition definition. */
    public Builder<T> partitionBy(List<PartitionColumn<T>> columns) {
      partitionColumns.addAll(columns);
      return this;
    }

    /** The Parquet codec; {@link ParquetFiles#DEFAULT_COMPRESSION} unless set. */
    public Builder<T> compression(CompressionCodecName compression) {
      this.compression = Objects.requireNonNull(compression, "compression");
      return this;
    }

    /**
     * @throws IllegalStateException if no base path was given
     * @throws IllegalArgumentException if the record type cannot be mapped to Parquet or a
     *     partition column is given twice
     */
    public FileSink<T> build() {
      if (basePath == null) {
        throw new IllegalStateException(
            "HiveParquetSink for "
                + type.getSimpleName()
                + ": basePath(...) is required (the table directory the partitions go under)");
      }
      return FileSink.forBulkFormat(basePath, new ParquetRecordWriterFactory<>(type, compression))
          .withBucketAssigner(new HivePartitioner<>(partitionColumns))
          .withRollingPolicy(new IdlePartRollingPolicy<>(MAX_PART_BYTES, PART_INACTIVITY_MILLIS))
          .withBucketCheckInterval(PART_INACTIVITY_MILLIS / 2)
          .withOutputFileConfig(
              OutputFileConfig.builder().withPartPrefix("part").withPartSuffix(".parquet").build())
          .build();
    }
  }
}
