package io.poolcast.jobs.flink;

import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.connectors.parquet.HivePartitionedWriter;
import io.poolcast.connectors.parquet.ParquetFiles;
import io.poolcast.connectors.parquet.PartitionColumn;
import java.nio.file.Path;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A partition's rows are written in one order, whatever order they arrived in. */
class PartitionFileWriterTest {
  /** Ordered by name alone: rows of one name tie. */
  public record Named(String shelf, String name, long count) implements Comparable<Named> {
    @Override
    public int compareTo(Named other) {
      return name.compareTo(other.name);
    }
  }

  /** Without a natural order. */
  public record Plain(String shelf, String name, long count) {}

  @TempDir Path stage;

  @Test
  void writesComparableRowsInTheirOrderAndTiesByText() throws Exception {
    List<Named> rows =
        List.of(
            new Named("a", "pear", 2),
            new Named("a", "apple", 10),
            new Named("a", "pear", 1),
            new Named("a", "fig", 3));
    assertThat(written(Named.class, rows))
        .containsExactly(
            new Named("a", "apple", 10),
            new Named("a", "fig", 3),
            new Named("a", "pear", 1),
            new Named("a", "pear", 2));
  }

  @Test
  void writesOtherRowsByText() throws Exception {
    List<Plain> rows =
        List.of(new Plain("a", "pear", 2), new Plain("a", "apple", 10), new Plain("a", "fig", 3));
    assertThat(written(Plain.class, rows))
        .containsExactly(
            new Plain("a", "apple", 10), new Plain("a", "fig", 3), new Plain("a", "pear", 2));
  }

  @Test
  void writesEachPartitionOfAKeyToItsOwnFile() throws Exception {
    List<PartitionColumn<Plain>> shelf = List.of(PartitionColumn.of("shelf", Plain::shelf));
    var h = harness(Plain.class, shelf, row -> 0L); // as if two partitions' hashes collided
    h.processElement(new Plain("b", "fig", 3), 0);
    h.processElement(new Plain("a", "pear", 2), 0);
    h.processElement(new Plain("b", "apple", 1), 0);
    h.processWatermark(Long.MAX_VALUE);
    h.close();
    assertThat(ParquetFiles.read(file("shelf=a"), Plain.class))
        .containsExactly(new Plain("a", "pear", 2));
    assertThat(ParquetFiles.read(file("shelf=b"), Plain.class))
        .containsExactly(new Plain("b", "apple", 1), new Plain("b", "fig", 3));
  }

  private <T extends Record> List<T> written(Class<T> type, List<T> rows) throws Exception {
    List<PartitionColumn<T>> shelf = List.of(PartitionColumn.of("shelf", r -> "a"));
    var h = harness(type, shelf, new PartitionKey<>(shelf));
    for (T row : rows) {
      h.processElement(row, 0);
    }
    h.processWatermark(Long.MAX_VALUE);
    h.close();
    return ParquetFiles.read(file("shelf=a"), type);
  }

  private <T extends Record> KeyedOneInputStreamOperatorTestHarness<Long, T, Long> harness(
      Class<T> type, List<PartitionColumn<T>> partitions, KeySelector<T, Long> key)
      throws Exception {
    var h =
        new KeyedOneInputStreamOperatorTestHarness<>(
            new KeyedProcessOperator<>(new PartitionFileWriter<>(type, partitions, stage)),
            key,
            Types.LONG);
    h.open();
    return h;
  }

  private Path file(String partition) {
    return stage.resolve(partition).resolve(HivePartitionedWriter.FILE_NAME);
  }
}
