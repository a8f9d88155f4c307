package io.poolcast.connectors.parquet;

import java.io.Serializable;
import java.util.Objects;
import org.apache.flink.util.function.SerializableFunction;

/**
 * One Hive partition column: its directory name and how to get its value from a row. Serializable
 * because Flink ships it to the task managers inside the bucket assigner; pass a method reference
 * or a named class, not a lambda that captures large state.
 *
 * @param name the column name as it appears in the path ({@code delivery_date=...})
 * @param value the value of the column for a row; formatted with {@code toString()} (enums by
 *     name), null becomes {@value HivePartitionPath#DEFAULT_PARTITION}
 * @param <T> the row type
 */
public record PartitionColumn<T>(String name, SerializableFunction<? super T, ?> value)
    implements Serializable {

  public PartitionColumn {
    Objects.requireNonNull(name, "partition column name");
    Objects.requireNonNull(value, "partition column value function");
    if (name.isBlank()) {
      throw new IllegalArgumentException("partition column name must not be blank");
    }
  }

  public static <T> PartitionColumn<T> of(String name, SerializableFunction<? super T, ?> value) {
    return new PartitionColumn<>(name, value);
  }

  /** This column's {@code name=value} path segment for a row. */
  String segment(T row) {
    return HivePartitionPath.escape(name) + "=" + HivePartitionPath.formatValue(value.apply(row));
  }
}
