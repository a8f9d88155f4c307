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
import org.apache.flink.util.OutputTag;

/**
 * Fast and slow movers, keyed by supplier × region ({@link SupplierRegionKey}): sets {@code
 * abc_class} and {@code xyz_class} on the {@code region_sku} rows ({@link MoverClasses}, over the
 * trailing {@value MoverClasses#WINDOW_DAYS} days); rows of the other levels pass unchanged.
 *
 * <p>A day's rows are held until the day's end timer ({@link PendingDays}: the roll-up emits them
 * at that time, so the timer fires on the same watermark; a BATCH run delivers a key's rows in no
 * particular day order, but its timers fire in time order), then emitted in series order: rows of
 * one key and time reach a BATCH run's keyed input in an order that varies between runs, and a
 * backfill writes them as they leave. Each SKU keeps {@value MoverClasses#WINDOW_DAYS} days of
 * units and value and is dropped once its last row has left the window, so state is bounded by the
 * SKUs listed in the last four weeks.
 *
 * <p>A BATCH run rolls up here too ({@link #rollingUp}): it takes the shop stage subtasks' partial
 * sums per series and day ({@link ContributionCombiner}) keyed by supplier × region, as every
 * series of a key is, adds each day's up when its timer fires and sends the finished roll-ups to
 * {@link #ROLLUPS} as well. That spares a keyed stage: a roll-up keyed by series would sort and
 * spill every roll-up row once more only to hand it over here, and in a BATCH run nothing waits for
 * a watermark in between.
 *
 * @param <K> the key: {@link SupplierRegionKey} in STREAMING, {@link RollupNumbers#groups} in BATCH
 */
public final class MoverClassFunction<K>
    extends KeyedProcessFunction<K, SellThroughRow, SellThroughRow> {
  private static final long serialVersionUID = 1L;

  /** The roll-ups, without classes, of a function that rolls up ({@link #rollingUp}). */
  public static final OutputTag<SellThroughRow> ROLLUPS =
      new OutputTag<>("rollups", EventTypes.of(SellThroughRow.class));

  private final boolean rollsUp;
  private transient PendingDays pending;
  private transient MapState<String, SkuDays> skus;
  private transient ValueState<Long> firstDay;

  private MoverClassFunction(boolean rollsUp) {
    this.rollsUp = rollsUp;
  }

  /** Classes of finished roll-up rows (a STREAMING job's {@link SellThroughRollupFunction}'s). */
  public static <K> MoverClassFunction<K> ofRollups() {
    return new MoverClassFunction<>(false);
  }

  /** Rolls partial sums up per series and day, then classes them (BATCH). */
  public static <K> MoverClassFunction<K> rollingUp() {
    return new MoverClassFunction<>(true);
  }

  @Override
  public void open(OpenContext openContext) {
    var state = getRuntimeContext();
    pending = rollsUp ? PendingDays.summing(state) : PendingDays.finished(state);
    skus =
        state.getMapState(
            new MapStateDescriptor<>("skus", Types.STRING, EventTypes.of(SkuDays.class)));
    firstDay = state.getState(new ValueStateDescriptor<>("firstDay", Types.LONG));
  }

  @Override
  public void processElement(SellThroughRow row, Context ctx, Collector<SellThroughRow> out)
      throws Exception {
    pending.hold(row, ctx.timerService());
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<SellThroughRow> out)
      throws Exception {
    List<SellThroughRow> day = pending.take(timestamp);
    if (rollsUp) {
      day.forEach(row -> ctx.output(ROLLUPS, row));
    }
    Map<String, Classes> classes = classes(day);
    for (SellThroughRow row : day) {
      Classes c = row.level().equals(SellThroughRow.REGION_SKU) ? classes.get(row.sku()) : null;
      out.collect(
          c == null ? row : row.withClasses(String.valueOf(c.abc()), String.valueOf(c.xyz())));
    }
  }

  /** The classes of a day's region × SKU rows, by SKU, once their units and value are recorded. */
  private Map<String, Classes> classes(List<SellThroughRow> day) throws Exception {
    List<SellThroughRow> skuRows =
        day.stream().filter(r -> r.level().equals(SellThroughRow.REGION_SKU)).toList();
    if (skuRows.isEmpty()) {
      return Map.of();
    }
    long epochDay = skuRows.get(0).date().toEpochDay();
    if (firstDay.value() == null) {
      firstDay.update(epochDay);
    }
    for (SellThroughRow row : skuRows) {
      SkuDays before = skus.get(row.sku());
      skus.put(
          row.sku(),
          (before == null ? SkuDays.empty() : before)
              .record(epochDay, row.unitsSold(), row.valueCents()));
    }
    return MoverClasses.of(inWindow(epochDay), epochDay, firstDay.value());
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
