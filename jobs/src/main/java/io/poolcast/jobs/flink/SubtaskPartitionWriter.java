package io.poolcast.jobs.flink;

import io.poolcast.connectors.parquet.HivePartitioner;
import io.poolcast.connectors.parquet.ParquetFiles;
import io.poolcast.connectors.parquet.PartitionColumn;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.BoundedOneInput;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;

/**
 * BATCH only: writes the rows of one subtask, in the order they arrive, into one Parquet file per
 * Hive partition, {@code part-NNNNN.parquet} by the subtask's index; each file appears when the
 * input ends. Chained to the operator that makes the rows, so they cross no exchange: for rows that
 * arrive in a fixed order already (the sell-through shop stage emits shop after shop, each day's
 * SKUs sorted), a keyed {@link PartitionFileWriter} would only serialise, sort and spill them to
 * disk to gather each partition into one file (on the seed year, a fifth of the backfill's CPU).
 *
 * <p>A partition then has a file per subtask that had rows for it. A rerun with the same
 * parallelism writes the same bytes: a subtask's keys and their order follow from the parallelism.
 * Every file of a subtask is open until the end, each holding a row group in memory: the caller
 * caps row groups so that their sum stays small ({@link #rowGroupBytes}).
 */
public final class SubtaskPartitionWriter<T extends Record> extends AbstractStreamOperator<Long>
    implements OneInputStreamOperator<T, Long>, BoundedOneInput {
  private static final long serialVersionUID = 1L;

  /** Files this writer has written, per row type (a partition may have one per subtask). */
  public static final String FILES = "backfill-subtask-files-written";

  /** Buffered row groups of one subtask's open files together, at most about this much. */
  static final long MEMORY_BYTES = 256L << 20;

  private final Class<T> type;
  private final HivePartitioner<T> partitioner;
  private final String stage;
  private final long rowGroupBytes;
  private transient Map<String, ParquetFiles.RowFile<T>> files;
  private transient LongCounter written;
  private transient PartitionPaths<T> paths;
  private transient String lastPath;
  private transient ParquetFiles.RowFile<T> lastFile;

  /**
   * @param type the row record
   * @param partitions the table's partition columns
   * @param stage the table's staging folder
   * @param openFiles how many partitions a subtask may write at once, for the row groups' cap
   */
  public SubtaskPartitionWriter(
      Class<T> type, List<PartitionColumn<T>> partitions, Path stage, int openFiles) {
    this.type = type;
    this.partitioner = new HivePartitioner<>(partitions);
    this.stage = stage.toString();
    this.rowGroupBytes = rowGroupBytes(openFiles);
  }

  /** Row groups of {@code openFiles} files fit {@link #MEMORY_BYTES}; 1 to 128 MB each. */
  static long rowGroupBytes(int openFiles) {
    return Math.max(1L << 20, Math.min(128L << 20, MEMORY_BYTES / Math.max(1, openFiles)));
  }

  @Override
  public void open() throws Exception {
    super.open();
    files = new TreeMap<>();
    paths = new PartitionPaths<>(partitioner);
    written = new LongCounter();
    getRuntimeContext().addAccumulator(FILES + "-" + type.getSimpleName(), written);
  }

  @Override
  public void processElement(StreamRecord<T> element) {
    T row = element.getValue();
    String path = paths.of(row);
    if (path != lastPath) { // a new run of rows: the same partition's rows share one instance
      lastFile = files.computeIfAbsent(path, this::openFile);
      lastPath = path;
    }
    lastFile.write(row);
  }

  /** Closes every file, in path order, each renamed into place. */
  @Override
  public void endInput() {
    for (ParquetFiles.RowFile<T> file : files.values()) {
      file.close();
      written.add(1);
      output.collect(new StreamRecord<>(file.rows()));
    }
    files.clear();
  }

  /** A failed or cancelled task leaves no file behind (the stage is removed anyway). */
  @Override
  public void close() throws Exception {
    if (files != null) {
      files.values().forEach(ParquetFiles.RowFile::abort);
      files.clear();
    }
    super.close();
  }

  private ParquetFiles.RowFile<T> openFile(String partitionPath) {
    String name =
        String.format(
            "part-%05d.parquet", getRuntimeContext().getTaskInfo().getIndexOfThisSubtask());
    return ParquetFiles.openRowFile(
        Path.of(stage).resolve(partitionPath).resolve(name), type, rowGroupBytes);
  }
}
