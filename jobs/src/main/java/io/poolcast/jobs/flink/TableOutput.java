package io.poolcast.jobs.flink;

import io.poolcast.connectors.parquet.PartitionColumn;
import java.nio.file.Path;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;

/**
 * Where a job's rows for a Parquet table go, chosen by how the job runs:
 *
 * <ul>
 *   <li>{@link #sink}: a Flink sink, e.g. the {@code HiveParquetSink} of STREAMING runs (files
 *       committed at checkpoints) or a test's collecting sink;
 *   <li>{@link #partitionFiles}: for BATCH runs, rows keyed by partition and written one partition
 *       at a time, one file each ({@link PartitionFileWriter}). A FileSink would keep a Parquet
 *       writer open for every partition the input touches until the end of a BATCH run (no
 *       checkpoints roll them): thousands of days × regions, gigabytes of heap.
 * </ul>
 */
@FunctionalInterface
public interface TableOutput<T> {
  /** Attaches the output to {@code rows}; {@code uid} names its operators. */
  void attach(DataStream<T> rows, String uid);

  static <T> TableOutput<T> sink(Sink<T> sink) {
    return (rows, uid) -> rows.sinkTo(sink).name(uid).uid(uid);
  }

  static <T extends Record> TableOutput<T> partitionFiles(
      Class<T> type, List<PartitionColumn<T>> partitions, Path table) {
    return (rows, uid) ->
        rows.keyBy(new PartitionKey<>(partitions), Types.LONG)
            .process(new PartitionFileWriter<>(type, partitions, table.toAbsolutePath()))
            .name(uid)
            .uid(uid)
            .sinkTo(new DiscardingSink<>())
            .name(uid + " done")
            .uid(uid + "-done");
  }
}
