package io.poolcast.jobs.flink;

import io.poolcast.connectors.parquet.HivePartitioner;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * Rows gathered by Hive partition path, handed back partition by partition in path order, each
 * partition's rows in one order whatever order they came in: by their natural order if they have
 * one (a {@link Comparable} row), then by their text. So a rerun writes the same files.
 *
 * @param <T> the row type
 */
final class PartitionRows<T extends Record> {
  private final boolean comparable;
  private final RecordText<T> text;
  private final PartitionPaths<T> paths;
  private final Map<String, List<T>> byPath = new TreeMap<>();
  private String lastPath;
  private List<T> lastPartition;

  PartitionRows(Class<T> type, HivePartitioner<T> partitioner) {
    this.comparable = Comparable.class.isAssignableFrom(type);
    this.text = new RecordText<>(type);
    this.paths = new PartitionPaths<>(partitioner);
  }

  /** Adds a row to its partition's rows. */
  void add(T row) {
    String path = paths.of(row);
    if (path != lastPath) { // a new run of rows: the same partition's rows share one instance
      lastPartition = byPath.computeIfAbsent(path, p -> new ArrayList<>());
      lastPath = path;
    }
    lastPartition.add(row);
  }

  /**
   * Hands each partition's sorted rows to {@code write}, in path order, and forgets them as it goes
   * (a partition written is garbage before the next one is sorted); then gathers anew.
   */
  void drain(BiConsumer<String, List<T>> write) {
    Iterator<Map.Entry<String, List<T>>> partitions = byPath.entrySet().iterator();
    while (partitions.hasNext()) {
      Map.Entry<String, List<T>> partition = partitions.next();
      partitions.remove();
      write.accept(partition.getKey(), sorted(partition.getValue()));
    }
    lastPath = null;
    lastPartition = null;
  }

  private List<T> sorted(List<T> partition) {
    return comparable ? sortedNaturally(partition) : sortedByText(partition);
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
  private List<T> sortedByText(List<T> partition) {
    List<Map.Entry<String, T>> keyed = new ArrayList<>(partition.size());
    partition.forEach(r -> keyed.add(Map.entry(text.of(r), r)));
    keyed.sort(Map.Entry.comparingByKey());
    List<T> sorted = new ArrayList<>(keyed.size());
    keyed.forEach(e -> sorted.add(e.getValue()));
    return sorted;
  }
}
