package io.poolcast.jobs.sellthrough;

import io.poolcast.connectors.kafka.EventTypes;
import io.poolcast.events.SellThroughRow;
import io.poolcast.forecasting.insight.MoverClasses;
import io.poolcast.forecasting.insight.MoverClasses.Classes;
import io.poolcast.forecasting.insight.MoverClasses.SkuDays;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Fast and slow movers, keyed by supplier × region ({@link SupplierRegionKey}): sets {@code
 * abc_class} and {@code xyz_class} on the {@code region_sku} rows ({@link MoverClasses}, over the
 * trailing {@value MoverClasses#WINDOW_DAYS} days); rows of the other levels pass unchanged.
 *
 * <p>A day's region × SKU rows are held until the day's end timer ({@link PendingDays}: the roll-up
 * emits them at that time, so the timer fires on the same watermark; a BATCH run delivers a key's
 * rows in no particular day order, but its timers fire in time order). Each SKU keeps {@value
 * MoverClasses#WINDOW_DAYS} days of units and value and is dropped once its last row has left the
 * window, so state is bounded by the SKUs listed in the last four weeks.
 */
public final class MoverClassFunction
    extends KeyedProcessFunction<String, SellThroughRow, SellThroughRow> {
  private static final long serialVersionUID = 1L;

  private transient PendingDays pending;
  private transient MapState<String, SkuDays> skus;
  private transient ValueState<Long> firstDay;

  @Override
  public void open(OpenContext openContext) {
    var state = getRuntimeContext();
    pending = new PendingDays(state);
    skus =
        state.getMapState(
            new MapStateDescriptor<>("skus", Types.STRING, EventTypes.of(SkuDays.class)));
    firstDay = state.getState(new ValueStateDescriptor<>("firstDay", Types.LONG));
  }

  @Override
  public void processElement(SellThroughRow row, Context ctx, Collector<SellThroughRow> out)
      throws Exception {
    if (row.level().equals(SellThroughRow.REGION_SKU)) {
      pending.hold(row, ctx.timerService());
    } else {
      out.collect(row);
    }
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<SellThroughRow> out)
      throws Exception {
    List<SellThroughRow> day = pending.take(timestamp);
    if (day.isEmpty()) {
      return;
    }
    long epochDay = day.get(0).date().toEpochDay();
    if (firstDay.value() == null) {
      firstDay.update(epochDay);
    }
    for (SellThroughRow row : day) {
      SkuDays before = skus.get(row.sku());
      skus.put(
          row.sku(),
          (before == null ? SkuDays.empty() : before)
              .record(epochDay, row.unitsSold(), row.valueCents()));
    }
    Map<String, Classes> classes = MoverClasses.of(inWindow(epochDay), epochDay, firstDay.value());
    for (SellThroughRow row : day) {
      Classes c = classes.get(row.sku());
      out.collect(
          c == null ? row : row.withClasses(String.valueOf(c.abc()), String.valueOf(c.xyz())));
    }
  }

  /** The SKUs with days in the window ending on {@code epochDay}; the others leave state. */
  private Map<String, SkuDays> inWindow(long epochDay) throws Exception {
    Map<String, SkuDays> kept = new TreeMap<>();
    List<String> gone = new ArrayList<>();
    for (Map.Entry<String, SkuDays> e : skus.entries()) {
      if (e.getValue().outOfWindow(epochDay)) {
        gone.add(e.getKey());
      } else {
        kept.put(e.getKey(), e.getValue());
      }
    }
    for (String sku : gone) {
      skus.remove(sku);
    }
    return kept;
  }
}
