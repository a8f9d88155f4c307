package io.poolcast.jobs.flink;

import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.connectors.parquet.ParquetFiles;
import io.poolcast.connectors.parquet.PartitionColumn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A subtask's rows, in any order, become one sorted file per partition when its input ends. */
class GatheringPartitionWriterTest {
  /** Ordered by name. */
  public record Item(String shelf, String name, long count) implements Comparable<Item> {
    @Override
    public int compareTo(Item other) {
      return name.compareTo(other.name);
    }
  }

  @TempDir Path stage;

  @Test
  void writesEachPartitionsRowsSortedIntoTheSubtasksFileWhenTheInputEnds() throws Exception {
    var writer =
        new GatheringPartitionWriter<>(
            Item.class, List.of(PartitionColumn.of("shelf", Item::shelf)), stage);
    try (var h = new OneInputStreamOperatorTestHarness<>(writer, 2, 2, 1)) {
      h.open();
      h.processElement(new Item("b", "fig", 3), 0);
      h.processElement(new Item("a", "pear", 2), 0);
      h.processElement(new Item("b", "apple", 1), 0);
      h.processElement(new Item("a", "kiwi", 5), 0);
      assertThat(stage).isEmptyDirectory(); // nothing before the end

      h.endInput();

      assertThat(ParquetFiles.read(file("shelf=a"), Item.class))
          .containsExactly(new Item("a", "kiwi", 5), new Item("a", "pear", 2));
      assertThat(ParquetFiles.read(file("shelf=b"), Item.class))
          .containsExactly(new Item("b", "apple", 1), new Item("b", "fig", 3));
      try (var files = Files.list(stage.resolve("shelf=a"))) {
        assertThat(files.map(p -> p.getFileName().toString()))
            .containsExactly("part-00001.parquet");
      }
      assertThat(h.extractOutputValues()).containsExactly(2L, 2L);
    }
  }

  private Path file(String partition) {
    return stage.resolve(partition).resolve("part-00001.parquet");
  }
}
