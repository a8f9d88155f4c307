package io.poolcast.jobs.flink;

import io.poolcast.connectors.parquet.HivePartitioner;
import java.util.Arrays;

/**
 * The partition path of each row in turn, formatted again only when a row's partition values differ
 * from the row before: a writer's rows come in runs of one partition, and formatting each row's
 * path showed in its profile. A run's rows get the same {@code String}, so a caller can tell a new
 * partition by identity.
 *
 * @param <T> the row type
 */
final class PartitionPaths<T> {
  private final HivePartitioner<T> partitioner;
  private Object[] lastValues;
  private String lastPath;

  PartitionPaths(HivePartitioner<T> partitioner) {
    this.partitioner = partitioner;
  }

  /** The row's partition path; the previous row's own instance if it has the same values. */
  String of(T row) {
    Object[] values = partitioner.partitionValues(row);
    if (!Arrays.equals(values, lastValues)) {
      lastPath = partitioner.partitionPath(row);
      lastValues = values;
    }
    return lastPath;
  }
}
