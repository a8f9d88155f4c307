package io.poolcast.jobs.sellthrough;

import io.poolcast.events.Insight;
import io.poolcast.events.SellThroughRow;
import io.poolcast.forecasting.insight.DailyHistory;
import io.poolcast.forecasting.insight.RegionalPreference;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Regional preferences, on one key for the whole platform (region × category rows only: a few dozen
 * a day): keeps each region × category's daily sales value ({@link DailyHistory}) and, when a
 * Sunday closes, compares every region's category mix of the last four weeks with the platform's
 * ({@link RegionalPreference}), telling at most {@value #MAX_PER_REGION} per region. Rows are
 * buffered until their day's timer, as in {@link InsightFunction}, because a BATCH run delivers
 * them in no particular day order. Regions in other time zones are compared with the regions whose
 * Sunday has closed by then.
 */
public final class RegionalPreferenceFunction
    extends KeyedProcessFunction<String, SellThroughRow, Insight> {
  private static final long serialVersionUID = 1L;
  static final int MAX_PER_REGION = 3;
  private static final int DAYS = 7 * RegionalPreference.WEEKS;

  private transient PendingDays pending;
  private transient ValueHistories histories;

  @Override
  public void open(OpenContext openContext) {
    pending = PendingDays.finished(getRuntimeContext());
    histories = new ValueHistories(getRuntimeContext());
  }

  @Override
  public void processElement(SellThroughRow row, Context ctx, Collector<Insight> out)
      throws Exception {
    pending.hold(row, ctx.timerService());
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<Insight> out) throws Exception {
    List<SellThroughRow> day = pending.take(timestamp);
    for (SellThroughRow row : day) {
      histories.record(row.regionId() + "|" + row.category(), row);
    }
    if (!day.isEmpty() && day.get(0).date().getDayOfWeek() == DayOfWeek.SUNDAY) {
      tell(day.get(0), out);
    }
  }

  private void tell(SellThroughRow sunday, Collector<Insight> out) throws Exception {
    LocalDate date = sunday.date();
    Map<String, Integer> perRegion = new TreeMap<>();
    for (RegionalPreference p : RegionalPreference.of(weekly(date))) {
      if (perRegion.merge(p.region(), 1, Integer::sum) <= MAX_PER_REGION) {
        out.collect(insight(p, date, sunday));
      }
    }
  }

  /** Weekly value per region and category over the four weeks to {@code date}. */
  private Map<String, Map<String, double[]>> weekly(LocalDate date) throws Exception {
    Map<String, Map<String, double[]>> weekly = new TreeMap<>();
    for (Map.Entry<String, DailyHistory> e : histories.entries()) {
      DailyHistory h = e.getValue();
      if (h.lastEpochDay() != date.toEpochDay() || h.days() < DAYS) {
        continue; // a region without four closed weeks to this Sunday is not compared yet
      }
      double[] days = h.window(DAYS, 0);
      double[] weeks = new double[RegionalPreference.WEEKS];
      for (int d = 0; d < DAYS; d++) {
        weeks[d / 7] += days[d];
      }
      String[] regionCategory = e.getKey().split("\\|", 2);
      weekly.computeIfAbsent(regionCategory[0], r -> new TreeMap<>()).put(regionCategory[1], weeks);
    }
    return weekly;
  }

  private static Insight insight(RegionalPreference p, LocalDate date, SellThroughRow sunday) {
    return new Insight(
        String.join(
            "|",
            Insight.PREFERENCE,
            SellThroughRow.REGION_CATEGORY,
            p.region(),
            p.category(),
            date.toString()),
        Insight.PREFERENCE,
        SellThroughRow.REGION_CATEGORY,
        p.region(),
        null,
        p.category(),
        date,
        p.describe(date.toString()),
        p.regionShare(),
        p.platformShare(),
        p.index() - 1,
        0,
        0,
        0,
        sunday.closedAt());
  }
}
