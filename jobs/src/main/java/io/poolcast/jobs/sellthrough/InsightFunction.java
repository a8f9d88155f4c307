package io.poolcast.jobs.sellthrough;

import io.poolcast.events.Insight;
import io.poolcast.events.SellThroughRow;
import io.poolcast.forecasting.insight.DailyHistory;
import io.poolcast.jobs.pooling.WorldSnapshot;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * A region's findings, keyed by region: holds the roll-up rows of each day until the day's end
 * timer, then updates each series' {@link DailyHistory} in day order and publishes what {@link
 * InsightRules} finds. Rows are buffered rather than handled on arrival because a BATCH run
 * delivers a key's rows in no particular day order; timers always fire in time order.
 */
public final class InsightFunction extends KeyedProcessFunction<String, SellThroughRow, Insight> {
  private static final long serialVersionUID = 1L;

  private final WorldSnapshot world;
  private transient InsightRules rules;
  private transient PendingDays pending;
  private transient ValueHistories histories;

  public InsightFunction(WorldSnapshot world) {
    this.world = world;
  }

  @Override
  public void open(OpenContext openContext) {
    rules = new InsightRules(new SellThroughCatalog(world.world()));
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
    List<Insight> findings = new ArrayList<>();
    for (SellThroughRow row : day) {
      rules.stockOut(row).ifPresent(findings::add);
      if (InsightRules.hasHistory(row)) {
        String key = InsightRules.historyKey(row);
        DailyHistory history = histories.record(key, row);
        rules.trend(row, history).ifPresent(findings::add);
        rules.uplift(row, history).ifPresent(findings::add);
      }
    }
    InsightRules.strongest(findings).forEach(out::collect);
  }
}
