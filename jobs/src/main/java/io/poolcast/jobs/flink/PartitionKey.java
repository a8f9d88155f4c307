package io.poolcast.jobs.flink;

import io.poolcast.connectors.parquet.HivePartitioner;
import io.poolcast.connectors.parquet.PartitionColumn;
import java.util.List;
import org.apache.flink.api.java.functions.KeySelector;

/**
 * Keys a row by its Hive partition for a BATCH run: a 64-bit hash (FNV-1a) of {@link
 * HivePartitioner#partitionKey}, the partition's values. BATCH sorts every keyed input by key, and
 * a number is compared whole in the sort's 8-byte prefix, where partition values such as {@code
 * shop_sku|2026-12-08} tie and are compared again byte by byte (see {@link StageKey}). Two
 * partitions whose values share a hash share a key, so {@link PartitionFileWriter} writes a key's
 * rows by their partition path.
 */
public final class PartitionKey<T> implements KeySelector<T, Long> {
  private static final long serialVersionUID = 1L;
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private final HivePartitioner<T> partitioner;

  public PartitionKey(List<PartitionColumn<T>> columns) {
    this.partitioner = new HivePartitioner<>(columns);
  }

  @Override
  public Long getKey(T row) {
    return hash(partitioner.partitionKey(row));
  }

  static long hash(String text) {
    long h = FNV_OFFSET;
    for (int i = 0; i < text.length(); i++) {
      h = (h ^ text.charAt(i)) * FNV_PRIME;
    }
    return h;
  }
}
