package io.poolcast.jobs.flink;

import io.poolcast.connectors.parquet.HivePartitioner;
import io.poolcast.connectors.parquet.PartitionColumn;
import java.util.List;
import org.apache.flink.api.java.functions.KeySelector;

/**
 * Keys a row by its Hive partition ({@link HivePartitioner#partitionKey}: the partition's values,
 * not its path {@code delivery_date=2026-01-06/region=east-hz}, which is longer to sort on).
 */
public final class PartitionKey<T> implements KeySelector<T, String> {
  private static final long serialVersionUID = 1L;

  private final HivePartitioner<T> partitioner;

  public PartitionKey(List<PartitionColumn<T>> columns) {
    this.partitioner = new HivePartitioner<>(columns);
  }

  @Override
  public String getKey(T row) {
    return partitioner.partitionKey(row);
  }
}
