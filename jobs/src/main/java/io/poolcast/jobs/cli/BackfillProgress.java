package io.poolcast.jobs.cli;

import io.poolcast.jobs.backfill.EventTimeRangeFilter;
import io.poolcast.jobs.flink.PartitionFileWriter;
import io.poolcast.jobs.flink.SubtaskPartitionWriter;
import io.poolcast.jobs.forecastjob.DailyForecastFunction;
import io.poolcast.jobs.sellthrough.ShopStockFunction;
import java.util.Map;

/**
 * A backfill's progress line in its three phases: events read against what the inputs hold; then,
 * while BATCH sorts and computes before the first file (minutes at seed scale), the seconds since
 * the last event was read, or once the work is countable the shop days a sell-through backfill has
 * closed or the series a forecast backfill has refreshed (most of their time); then files written
 * (their number is not known in advance).
 */
final class BackfillProgress implements FlinkRun.JobProgress {
  static final String READ = "backfill events read";
  static final String COMPUTING = "backfill computing (s)";
  static final String FORECAST = "backfill series forecast";
  static final String SHOP_DAYS = "backfill shop days closed";
  static final String WRITTEN = "backfill files written";

  private final long totalEvents;
  private long allReadAt = -1;

  /**
   * @param totalEvents events the inputs hold in the range's window; ≤ 0 if unknown
   */
  BackfillProgress(long totalEvents) {
    this.totalEvents = totalEvents;
  }

  @Override
  public void show(Map<String, Object> accumulators, long runningSeconds, ConsoleProgress line) {
    long written = filesWritten(accumulators);
    long read = FlinkRun.count(accumulators, EventTimeRangeFilter.READ);
    if (written > 0) {
      line.update(WRITTEN, written, -1);
    } else if (totalEvents > 0 && read >= totalEvents) {
      if (allReadAt < 0) {
        line.update(READ, read, totalEvents); // the 100 % line, however short the phase was
        allReadAt = runningSeconds;
      }
      long forecast = FlinkRun.count(accumulators, DailyForecastFunction.REFRESHED);
      long shopDays = FlinkRun.count(accumulators, ShopStockFunction.DAYS_CLOSED);
      if (forecast > 0) {
        line.update(FORECAST, forecast, -1);
      } else if (shopDays > 0) {
        line.update(SHOP_DAYS, shopDays, -1);
      } else {
        line.update(COMPUTING, runningSeconds - allReadAt, -1);
      }
    } else {
      line.update(READ, read, totalEvents);
    }
  }

  /**
   * Files written so far, over every table: a partition each by a {@link PartitionFileWriter}, a
   * partition's share of one subtask by a {@link SubtaskPartitionWriter} (the summary counts
   * partitions).
   */
  static long filesWritten(Map<String, Object> accumulators) {
    long written = 0;
    for (Map.Entry<String, Object> a : accumulators.entrySet()) {
      if (a.getKey().startsWith(PartitionFileWriter.PARTITIONS)
          || a.getKey().startsWith(SubtaskPartitionWriter.FILES)) {
        written += FlinkRun.count(accumulators, a.getKey());
      }
    }
    return written;
  }
}
