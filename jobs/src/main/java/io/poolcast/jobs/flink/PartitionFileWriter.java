package io.poolcast.jobs.flink;

import io.poolcast.connectors.kafka.EventTypes;
import io.poolcast.connectors.parquet.HivePartitionedWriter;
import io.poolcast.connectors.parquet.HivePartitioner;
import io.poolcast.connectors.parquet.ParquetFiles;
import io.poolcast.connectors.parquet.PartitionColumn;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Writes one Parquet file per Hive partition (the key) into a staging folder, for BATCH runs: the
 * rows of a partition are gathered in keyed state and written when the partition's input ends (an
 * event-time timer at the end of time fires per key at the end of a BATCH input).
 *
 * <p>Used by BATCH runs of the jobs (see {@link TableOutput}) and by backfills (into a stage).
 *
 * <p>Rows are sorted by their text and the file is always {@value HivePartitionedWriter#FILE_NAME},
 * so a rerun writes the same bytes; a retried task overwrites its file atomically. The staging
 * folder must be a path every task manager can write (local runs, or a shared mount).
 */
public final class PartitionFileWriter<T extends Record>
    extends KeyedProcessFunction<String, T, Long> {
  private static final long serialVersionUID = 1L;
  public static final String PARTITIONS = "backfill-partitions-written";

  private final Class<T> type;
  private final HivePartitioner<T> partitioner;
  private final String stage;
  private transient ListState<T> rows;
  private transient RecordText<T> text;
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
    text = new RecordText<>(type);
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
    List<T> all = sortedByText(rows.get());
    // The key is the partition's compact key; every row of it has the same path.
    Path file =
        Path.of(stage)
            .resolve(partitioner.partitionPath(all.get(0)))
            .resolve(HivePartitionedWriter.FILE_NAME);
    ParquetFiles.writeAtomically(file, type, all);
    rows.clear();
    partitions.add(1);
    out.collect((long) all.size());
  }

  /**
   * The rows sorted by their text, computed once per row (not once per comparison). The texts are
   * garbage once this returns: a seed-scale partition holds 800 k rows, and their texts are as
   * large as the rows, so they must not stay on the heap while the file is written.
   */
  private List<T> sortedByText(Iterable<T> partition) {
    List<Map.Entry<String, T>> keyed = new ArrayList<>();
    partition.forEach(r -> keyed.add(Map.entry(text.of(r), r)));
    keyed.sort(Map.Entry.comparingByKey());
    List<T> sorted = new ArrayList<>(keyed.size());
    keyed.forEach(e -> sorted.add(e.getValue()));
    return sorted;
  }
}
