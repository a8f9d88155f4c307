package io.poolcast.jobs.archive;

import io.poolcast.connectors.kafka.DeadLetters;
import io.poolcast.connectors.kafka.EventTypes;
import io.poolcast.events.DeadLetterReason;
import io.poolcast.events.RegionDailyOrderSummary;
import io.poolcast.events.ShopOrderEvent;
import io.poolcast.jobs.flink.DeadLetterFactory;
import io.poolcast.jobs.flink.RegionZones;
import io.poolcast.pooling.LocalDays;
import io.poolcast.pooling.RegionDailyOrderTally;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Sums a region's orders per local day and emits the day's summary once the watermark passes the
 * region's midnight. State is cleared on emit. An order for a day already emitted is a dead letter
 * ({@link DeadLetterReason#TOO_LATE}), so a day is published once and never silently revised.
 */
public final class RegionDailyOrdersFunction
    extends KeyedProcessFunction<String, ShopOrderEvent, RegionDailyOrderSummary> {
  private static final long serialVersionUID = 1L;

  private final RegionZones zones;
  private final String source;
  private transient ValueState<RegionDailyOrderSummary> day;

  public RegionDailyOrdersFunction(RegionZones zones, String source) {
    this.zones = zones;
    this.source = source;
  }

  @Override
  public void open(OpenContext openContext) {
    day =
        getRuntimeContext()
            .getState(
                new ValueStateDescriptor<>(
                    "region-day", EventTypes.of(RegionDailyOrderSummary.class)));
  }

  @Override
  public void processElement(
      ShopOrderEvent order, Context ctx, Collector<RegionDailyOrderSummary> out) throws Exception {
    LocalDate date = LocalDate.parse(ctx.getCurrentKey().substring(order.regionId().length() + 1));
    Instant close = LocalDays.endOf(date, zones.zoneOf(order.regionId()).get());
    if (ctx.timerService().currentWatermark() >= close.toEpochMilli()) {
      ctx.output(
          DeadLetters.TAG,
          DeadLetterFactory.refused(
              DeadLetterReason.TOO_LATE,
              "day " + date + " of region " + order.regionId() + " was already closed",
              source,
              order,
              order.eventTime()));
      return;
    }
    RegionDailyOrderSummary current = day.value();
    if (current == null) {
      current = RegionDailyOrderTally.empty(order.regionId(), date);
      ctx.timerService().registerEventTimeTimer(close.toEpochMilli() - 1);
    }
    day.update(RegionDailyOrderTally.add(current, order));
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<RegionDailyOrderSummary> out)
      throws Exception {
    RegionDailyOrderSummary summary = day.value();
    if (summary != null) {
      out.collect(summary);
      day.clear();
    }
  }
}
