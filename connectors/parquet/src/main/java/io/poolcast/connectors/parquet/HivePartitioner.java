package io.poolcast.connectors.parquet;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.flink.core.io.SimpleVersionedSerializer;
import org.apache.flink.streaming.api.functions.sink.filesystem.BucketAssigner;
import org.apache.flink.streaming.api.functions.sink.filesystem.bucketassigners.SimpleVersionedStringSerializer;

/**
 * Assigns each row of a FileSink to its Hive partition directory, e.g. {@code
 * delivery_date=2026-01-05/region=east-hz}, columns in the given order. With no columns every row
 * goes to the base directory.
 *
 * @param <T> the row type
 */
public final class HivePartitioner<T> implements BucketAssigner<T, String> {
  private static final long serialVersionUID = 1L;

  private final List<PartitionColumn<T>> columns;

  /**
   * @throws IllegalArgumentException if two columns share a name
   */
  public HivePartitioner(List<PartitionColumn<T>> columns) {
    this.columns = List.copyOf(columns);
    Set<String> names = new HashSet<>();
    for (PartitionColumn<T> column : this.columns) {
      if (!names.add(column.name())) {
        throw new IllegalArgumentException("partition column '" + column.name() + "' given twice");
      }
    }
  }

  public List<PartitionColumn<T>> columns() {
    return columns;
  }

  /**
   * The row's partition values, one per column: equal for rows of one partition, cheaper to compare
   * than formatting the path of every row.
   */
  public Object[] partitionValues(T row) {
    Object[] values = new Object[columns.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = columns.get(i).value().apply(row);
    }
    return values;
  }

  /** The relative partition directory of a row ({@code ""} without partition columns). */
  public String partitionPath(T row) {
    return HivePartitionPath.of(columns, row);
  }

  /**
   * A compact key of a row's partition: rows have equal keys exactly when they have equal {@link
   * #partitionPath}s. For keying a stream by partition (sorting and comparing the shorter key is
   * cheaper); the path is then taken from any row of the key.
   */
  public String partitionKey(T row) {
    return HivePartitionPath.keyOf(columns, row);
  }

  @Override
  public String getBucketId(T element, Context context) {
    return partitionPath(element);
  }

  @Override
  public SimpleVersionedSerializer<String> getSerializer() {
    return SimpleVersionedStringSerializer.INSTANCE;
  }

  @Override
  public String toString() {
    return "HivePartitioner" + columns.stream().map(PartitionColumn::name).toList();
  }
}
