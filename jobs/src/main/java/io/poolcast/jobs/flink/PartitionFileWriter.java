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
import java.util.TreeMap;
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
 * <p>Rows are sorted, by their natural order if they have one (a {@link Comparable} row) and then
 * by their text, and the file is always {@value HivePartitionedWriter#FILE_NAME}, so a rerun writes
 * the same bytes; a retried task overwrites its file atomically. The staging folder must be a path
 * every task manager can write (local runs, or a shared mount).
 */
public final class PartitionFileWriter<T extends Record>
    extends KeyedProcessFunction<Long, T, Long> {
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
    for (Map.Entry<String, List<T>> partition : byPath(rows.get()).entrySet()) {
      List<T> sorted = sorted(partition.getValue());
      Path file =
          Path.of(stage).resolve(partition.getKey()).resolve(HivePartitionedWriter.FILE_NAME);
      ParquetFiles.writeAtomically(file, type, sorted);
      partitions.add(1);
      out.collect((long) sorted.size());
    }
    rows.clear();
  }

  /**
   * A key's rows by partition path: one partition, unless two share the key's hash. A row with the
   * same partition values as the one before has the same path, which is then not formatted again.
   */
  private Map<String, List<T>> byPath(Iterable<T> keyRows) {
    Map<String, List<T>> byPath = new TreeMap<>();
    PartitionPaths<T> paths = new PartitionPaths<>(partitioner);
    String lastPath = null;
    List<T> partition = null;
    for (T row : keyRows) {
      String path = paths.of(row);
      if (path != lastPath) { // a new run of rows: the same partition's rows share one instance
        partition = byPath.computeIfAbsent(path, p -> new ArrayList<>());
        lastPath = path;
      }
      partition.add(row);
    }
    return byPath;
  }

  private List<T> sorted(List<T> partition) {
    return Comparable.class.isAssignableFrom(type)
        ? sortedNaturally(partition)
        : sortedByText(partition);
  }

  /**
   * The rows in their natural order, ties (rows a job does not emit twice) by their text. A row's
   * text costs more than comparing its keys: on the seed year's sell-through, building the texts
   * took a quarter of the writer's time.
   */
  @SuppressWarnings("unchecked")
  private List<T> sortedNaturally(List<T> partition) {
    partition.sort(
        (a, b) -> {
          int c = ((Comparable<T>) a).compareTo(b);
          return c != 0 ? c : text.of(a).compareTo(text.of(b));
        });
    return partition;
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
