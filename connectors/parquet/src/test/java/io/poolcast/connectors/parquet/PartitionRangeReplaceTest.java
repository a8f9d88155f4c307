package io.poolcast.connectors.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartitionRangeReplaceTest {
  @TempDir Path dir;

  private final PartitionRangeReplace january2to3 =
      new PartitionRangeReplace("d", LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 3));

  private static void file(Path base, String partition, String content) throws IOException {
    Path p = base.resolve(partition).resolve("r=x").resolve("part-00000.parquet");
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
  }

  private static String read(Path base, String partition) throws IOException {
    return Files.readString(base.resolve(partition).resolve("r=x").resolve("part-00000.parquet"));
  }

  @Test
  void replacesOnlyTheRangeAndRemovesWhatTheStageNoLongerHas() throws IOException {
    Path table = dir.resolve("table");
    Path stage = dir.resolve("stage");
    file(table, "d=2026-01-01", "old 1");
    file(table, "d=2026-01-02", "old 2");
    file(table, "d=2026-01-03", "old 3");
    file(table, "d=2026-01-04", "old 4");
    file(stage, "d=2026-01-02", "new 2");
    file(stage, "d=2026-01-04", "new 4 (outside the range: ignored)");

    PartitionRangeReplace.Outcome outcome = january2to3.replace(table, stage);

    assertThat(outcome).isEqualTo(new PartitionRangeReplace.Outcome(1, 0, 1));
    assertThat(read(table, "d=2026-01-01")).isEqualTo("old 1");
    assertThat(read(table, "d=2026-01-02")).isEqualTo("new 2");
    assertThat(table.resolve("d=2026-01-03")).doesNotExist();
    assertThat(read(table, "d=2026-01-04")).isEqualTo("old 4");
    assertThat(dir.resolve(".table.replaced")).doesNotExist();
  }

  @Test
  void aFailedSwapLeavesTheTableAsItWas() throws IOException {
    Path table = dir.resolve("table");
    Path stage = dir.resolve("stage");
    file(table, "d=2026-01-02", "old 2");
    file(stage, "d=2026-01-02", "new 2");
    file(stage, "d=2026-01-03", "new 3");
    // A plain file where the staged folder of the 3rd must go: that move fails mid-swap.
    Files.writeString(table.resolve("d=2026-01-03"), "in the way");

    assertThatThrownBy(() -> january2to3.replace(table, stage))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("left as it was");

    assertThat(read(table, "d=2026-01-02")).isEqualTo("old 2");
    assertThat(read(stage, "d=2026-01-02")).isEqualTo("new 2");
    assertThat(Files.readString(table.resolve("d=2026-01-03"))).isEqualTo("in the way");
  }

  @Test
  void aFailureInTheSecondTableUndoesTheFirst() throws IOException {
    Path first = dir.resolve("first");
    Path second = dir.resolve("second");
    file(first, "d=2026-01-02", "old first");
    file(dir.resolve("stage/first"), "d=2026-01-02", "new first");
    file(dir.resolve("stage/second"), "d=2026-01-03", "new second");
    Files.createDirectories(second);
    Files.writeString(second.resolve("d=2026-01-03"), "in the way");

    assertThatThrownBy(
            () ->
                january2to3.replaceAll(
                    List.of(
                        new PartitionRangeReplace.Swap(first, dir.resolve("stage/first")),
                        new PartitionRangeReplace.Swap(second, dir.resolve("stage/second")))))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("left as it was");

    assertThat(read(first, "d=2026-01-02")).isEqualTo("old first");
    assertThat(read(dir.resolve("stage/first"), "d=2026-01-02")).isEqualTo("new first");
    assertThat(Files.readString(second.resolve("d=2026-01-03"))).isEqualTo("in the way");
  }

  @Test
  void foldersThatAreNotDatePartitionsAreNeverTouched() throws IOException {
    Path table = dir.resolve("table");
    file(table, "d=__HIVE_DEFAULT_PARTITION__", "keep");
    Files.createDirectories(table.resolve("_tmp"));
    january2to3.replace(table, dir.resolve("empty-stage"));
    assertThat(read(table, "d=__HIVE_DEFAULT_PARTITION__")).isEqualTo("keep");
    assertThat(table.resolve("_tmp")).isDirectory();
  }

  @Test
  void aRangeMustNotEndBeforeItStarts() {
    assertThatThrownBy(
            () ->
                new PartitionRangeReplace("d", LocalDate.of(2026, 1, 3), LocalDate.of(2026, 1, 2)))
        .hasMessageContaining("before it starts");
  }
}
