package io.poolcast.jobs.flink;

import io.poolcast.connectors.kafka.EventTypes;
import io.poolcast.connectors.parquet.HivePartitionedWriter;
import io.poolcast.connectors.parquet.HivePartitioner;
import io.poolcast.connectors.parquet.ParquetFiles;
import io.poolcast.connectors.parquet.PartitionColumn;
import java.nio.file.Path;
import java.util.List;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Writes one Parquet file per Hive partition into a staging folder, for BATCH runs: keyed by {@link
 * PartitionKey}, the rows of a partition are gathered in keyed state and written when the
 * partition's input ends (an event-time timer at the end of time fires per key at the end of a
 * BATCH input).
 *
 * <p>Used by BATCH runs of the jobs (see {@link TableOutput}) and by backfills (into a stage).
 *
 * <p>Rows are sorted ({@link PartitionRows}) and the file is always {@value
 * HivePartitionedWriter#FILE_NAME}, so a rerun writes the same bytes; a retried task overwrites its
 * file atomically. The staging folder must be a path every task manager can write (local runs, or a
 * shared mount).
 */
public final class PartitionFileWriter<T extends Record>
    extends KeyedProcessFunction<Long, T, Long> {
  private static final long serialVersionUID = 1L;
  public static final String PARTITIONS = "backfill-partitions-written";

  private final Class<T> type;
  private final HivePartitioner<T> partitioner;
  private final String stage;
  private transient ListState<T> rows;
  private transient PartitionRows<T> keyRows;
  private transient LongCounter partitions;

  /**
   * @param type the row record
   * @param partitions the table's partition columns (the stream is keyed by {@link PartitionKey} on
   *     the same columns)
   * @param stage the table's staging folder
   */
  public PartitionFileWriter(Class<T> type, List<PartitionColumn<T>> partitions, Path stage) {
    this.type = type;
    this.partitioner = new HivePartitioner<>(partitions);
    this.stage = stage.toString();
  }

  @Override
  public void open(OpenContext openContext) {
    rows =
        getRuntimeContext()
            .getListState(new ListStateDescriptor<>("partition-rows", EventTypes.of(type)));
    keyRows = new PartitionRows<>(type, partitioner);
    partitions = new LongCounter();
    getRuntimeContext().addAccumulator(PARTITIONS + "-" + type.getSimpleName(), partitions);
  }

  @Override
  public void processElement(T row, Context ctx, Collector<Long> out) throws Exception {
    rows.add(row);
    ctx.timerService().registerEventTimeTimer(Long.MAX_VALUE);
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<Long> out) throws Exception {
    // One partition, unless two share the key's hash.
    rows.get().forEach(keyRows::add);
    keyRows.drain(
        (path, sorted) -> {
          Path file = Path.of(stage).resolve(path).resolve(HivePartitionedWriter.FILE_NAME);
          ParquetFiles.writeAtomically(file, type, sorted);
          partitions.add(1);
          out.collect((long) sorted.size());
        });
    rows.clear();
  }
}
