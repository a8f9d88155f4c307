package io.poolcast.connectors.parquet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Writes a collection of records (a forecast run, a backfill) as a Hive-partitioned Parquet table
 * without Flink: one file {@value #FILE_NAME} per partition directory, each written atomically. A
 * rerun replaces the partitions it writes; partitions it has no rows for are left as they were.
 */
public final class HivePartitionedWriter {
  /** The file name inside each partition directory; fixed so a rerun replaces, not duplicates. */
  public static final String FILE_NAME = "part-00000.parquet";

  private HivePartitionedWriter() {}

  /**
   * Groups {@code rows} by partition and writes each group to {@code
   * base/<col1=v1>/<col2=v2>/part-00000.parquet} with the default codec.
   *
   * @return rows written per partition path (relative to {@code base}, "" without columns), sorted
   * @throws java.io.UncheckedIOException if a partition cannot be written; partitions written
   *     before the failure stay written
   */
  public static <T extends Record> Map<String, Long> write(
      Path base, Class<T> type, Iterable<T> rows, List<PartitionColumn<T>> columns) {
    HivePartitioner<T> partitioner = new HivePartitioner<>(columns);
    SortedMap<String, List<T>> partitions = new TreeMap<>();
    for (T row : rows) {
      partitions.computeIfAbsent(partitioner.partitionPath(row), p -> new ArrayList<>()).add(row);
    }
    RecordAvroSchema.of(type); // fail on an unmappable type before touching the disk
    Map<String, Long> written = new TreeMap<>();
    for (Map.Entry<String, List<T>> partition : partitions.entrySet()) {
      Path file = partitionDirectory(base, partition.getKey()).resolve(FILE_NAME);
      ParquetFiles.writeAtomically(file, type, partition.getValue());
      written.put(partition.getKey(), (long) partition.getValue().size());
    }
    return written;
  }

  private static Path partitionDirectory(Path base, String partitionPath) {
    return partitionPath.isEmpty() ? base : base.resolve(partitionPath);
  }
}
