package io.poolcast.jobs.flink;

import io.poolcast.connectors.parquet.HivePartitioner;
import io.poolcast.connectors.parquet.ParquetFiles;
import io.poolcast.connectors.parquet.PartitionColumn;
import java.nio.file.Path;
import java.util.List;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.BoundedOneInput;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;

/**
 * BATCH only: gathers the rows of one subtask on the heap by Hive partition and, when the input
 * ends, writes each partition's rows, sorted ({@link PartitionRows}), into one Parquet file, {@code
 * part-NNNNN.parquet} by the subtask's index. Chained to the operator that makes the rows, for rows
 * that come in no partition order (the pooling stage emits supplier after supplier, each with every
 * day of the range): they cross no exchange, where a keyed {@link PartitionFileWriter} serialises,
 * sends, sorts and reads back every row (on the seed world's pooled orders, two fifths of a
 * backfill's CPU), and no Parquet file is open before the end, where a {@link
 * SubtaskPartitionWriter} would hold one open per partition (a dictionary and a row group each:
 * gigabytes for a month of pools).
 *
 * <p>A partition then has a file per subtask that had rows for it; a rerun with the same
 * parallelism writes the same bytes. The caller bounds the rows a subtask may gather: they all stay
 * on the heap until its input ends.
 */
public final class GatheringPartitionWriter<T extends Record> extends AbstractStreamOperator<Long>
    implements OneInputStreamOperator<T, Long>, BoundedOneInput {
  private static final long serialVersionUID = 1L;

  private final Class<T> type;
  private final HivePartitioner<T> partitioner;
  private final String stage;
  private transient PartitionRows<T> rows;
  private transient LongCounter written;

  /**
   * @param type the row record
   * @param partitions the table's partition columns
   * @param stage the table's staging folder
   */
  public GatheringPartitionWriter(Class<T> type, List<PartitionColumn<T>> partitions, Path stage) {
    this.type = type;
    this.partitioner = new HivePartitioner<>(partitions);
    this.stage = stage.toString();
  }

  @Override
  public void open() throws Exception {
    super.open();
    rows = new PartitionRows<>(type, partitioner);
    written = new LongCounter();
    // Counted with the subtask writers' files: the progress line shows files written.
    getRuntimeContext()
        .addAccumulator(SubtaskPartitionWriter.FILES + "-" + type.getSimpleName(), written);
  }

  @Override
  public void processElement(StreamRecord<T> element) {
    rows.add(element.getValue());
  }

  /** Writes every partition's file, in path order, each renamed into place. */
  @Override
  public void endInput() {
    String name =
        String.format(
            "part-%05d.parquet", getRuntimeContext().getTaskInfo().getIndexOfThisSubtask());
    rows.drain(
        (path, sorted) -> {
          ParquetFiles.writeAtomically(Path.of(stage).resolve(path).resolve(name), type, sorted);
          written.add(1);
          output.collect(new StreamRecord<>((long) sorted.size()));
        });
  }
}
