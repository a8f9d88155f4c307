package io.poolcast.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.jobs.backfill.EventTimeRangeFilter;
import io.poolcast.jobs.flink.PartitionFileWriter;
import io.poolcast.jobs.flink.SubtaskPartitionWriter;
import io.poolcast.jobs.forecastjob.DailyForecastFunction;
import io.poolcast.jobs.sellthrough.ShopStockFunction;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The backfill's progress moves from events read through computing to files written. */
class BackfillProgressTest {
  private static final String READ = EventTimeRangeFilter.READ;
  private static final String ORDERS = PartitionFileWriter.PARTITIONS + "-PooledOrderLine";
  private static final String ALLOCATIONS = PartitionFileWriter.PARTITIONS + "-PoolAllocation";

  @Test
  void readingThenComputingThenWritingEachOnItsOwnLine() {
    List<String> lines =
        linesShown(
            new Shown(Map.of(), 0),
            new Shown(Map.of(READ, 500L), 1),
            new Shown(Map.of(READ, 1_000L), 2),
            new Shown(Map.of(READ, 1_000L), 40),
            new Shown(Map.of(READ, 1_000L, ORDERS, 3L, ALLOCATIONS, 2L), 41));

    assertThat(lines)
        .containsSubsequence(
            "backfill events read         [##########..........]  50%  500 / 1,000",
            "backfill events read         [####################] 100%  1,000 / 1,000",
            "backfill computing (s)       0",
            "backfill computing (s)       38",
            "backfill files written       5");
  }

  @Test
  void aForecastBackfillCountsItsSeriesWhileItComputes() {
    String refreshed = DailyForecastFunction.REFRESHED;
    List<String> lines =
        linesShown(
            new Shown(Map.of(READ, 1_000L), 2),
            new Shown(Map.of(READ, 1_000L), 30),
            new Shown(Map.of(READ, 1_000L, refreshed, 40_000L), 60),
            new Shown(Map.of(READ, 1_000L, refreshed, 819_148L), 900));

    assertThat(lines)
        .containsSubsequence(
            "backfill computing (s)       28",
            "backfill series forecast     40,000",
            "backfill series forecast     819,148");
  }

  @Test
  void aSellThroughBackfillCountsItsShopDaysWhileItComputes() {
    String closed = ShopStockFunction.DAYS_CLOSED;
    List<String> lines =
        linesShown(
            new Shown(Map.of(READ, 1_000L), 2),
            new Shown(Map.of(READ, 1_000L), 30),
            new Shown(Map.of(READ, 1_000L, closed, 9_100L), 60),
            new Shown(Map.of(READ, 1_000L, closed, 455_000L), 600),
            new Shown(Map.of(READ, 1_000L, closed, 455_000L, ORDERS, 1L), 601));

    assertThat(lines)
        .containsSubsequence(
            "backfill computing (s)       28",
            "backfill shop days closed    9,100",
            "backfill shop days closed    455,000",
            "backfill files written       1");
  }

  /** The job's accumulators at one of the CLI's once-a-second looks, and its running seconds. */
  private record Shown(Map<String, Object> accumulators, long seconds) {}

  /** The lines a backfill of 1,000 events prints for these looks (no terminal: one per line). */
  private static List<String> linesShown(Shown... looks) {
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    ConsoleProgress line =
        new ConsoleProgress(new PrintStream(text, true, StandardCharsets.UTF_8), false);
    BackfillProgress view = new BackfillProgress(1_000);
    for (Shown look : looks) {
      view.show(look.accumulators(), look.seconds(), line);
    }
    line.finishLine();
    return text.toString(StandardCharsets.UTF_8).lines().map(String::strip).toList();
  }

  @Test
  void filesAreCountedOverEveryTableAndWriter() {
    assertThat(
            BackfillProgress.filesWritten(
                Map.of(
                    ORDERS,
                    7L,
                    ALLOCATIONS,
                    5L,
                    SubtaskPartitionWriter.FILES + "-SellThroughRow",
                    4L,
                    READ,
                    1_000L,
                    "other",
                    9L)))
        .isEqualTo(16);
  }
}
