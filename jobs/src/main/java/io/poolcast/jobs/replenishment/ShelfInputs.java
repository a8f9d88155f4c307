package io.poolcast.jobs.replenishment;

import io.poolcast.connectors.kafka.DeadLetters;
import io.poolcast.connectors.kafka.EventTypes;
import io.poolcast.events.DeadLetter;
import io.poolcast.events.DeadLetterReason;
import io.poolcast.events.DemandForecast;
import io.poolcast.events.OrderEventType;
import io.poolcast.events.OrderLine;
import io.poolcast.events.SellThroughRow;
import io.poolcast.events.ShopOrderEvent;
import io.poolcast.events.reference.Sku;
import io.poolcast.jobs.flink.DeadLetterFactory;
import io.poolcast.jobs.flink.EventTimes;
import io.poolcast.jobs.flink.RegionZones;
import io.poolcast.jobs.pooling.WorldSnapshot;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.flink.api.common.eventtime.SerializableTimestampAssigner;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The replenishment job's three inputs turned into {@link ShelfInput}s per shop × SKU. Rows of
 * other levels (region × SKU forecasts, roll-up sell-through rows) are for other readers and are
 * skipped (counted); rows that cannot be used are dead letters with the reason.
 */
final class ShelfInputs {
  static final String SOURCE = "replenishment";

  private ShelfInputs() {}

  /** Event time of forecast rows: the last millisecond of the issue day in the region's zone. */
  static WatermarkStrategy<DemandForecast> forecastTimes(RegionZones zones) {
    return dayCloses(new ForecastTime(zones));
  }

  /** Event time of sell-through rows: the last millisecond of their day. */
  static WatermarkStrategy<SellThroughRow> stockTimes() {
    return dayCloses(new StockTime());
  }

  /**
   * Watermarks of rows an upstream job publishes in a burst once its watermark has passed a day's
   * close, each carrying the close's last millisecond: a row of a day says that the day is closed
   * upstream, so the watermark is the newest close seen ({@link NewestClose}). A bounded
   * out-of-orderness would keep it {@link EventTimes#MAX_OUT_OF_ORDER} short of the close until the
   * next day's burst, and with the shop-orders topic quiet the day's suggestions would wait for it.
   * A row of a day already closed here is not dropped: {@link ReplenishFunction} takes it up to its
   * grace. Idle after {@link EventTimes#IDLENESS} without rows, so that between bursts the stream
   * does not hold back the other inputs' time.
   */
  static <T> WatermarkStrategy<T> dayCloses(SerializableTimestampAssigner<T> time) {
    return WatermarkStrategy.<T>forGenerator(context -> new NewestClose<>())
        .withTimestampAssigner(time)
        .withIdleness(EventTimes.IDLENESS);
  }

  /** The newest event time seen is the watermark (rows without one never move it). */
  static final class NewestClose<T> implements WatermarkGenerator<T> {
    private long newest = Long.MIN_VALUE;

    @Override
    public void onEvent(T row, long timestamp, WatermarkOutput output) {
      newest = Math.max(newest, timestamp);
    }

    @Override
    public void onPeriodicEmit(WatermarkOutput output) {
      if (newest != Long.MIN_VALUE) {
        output.emitWatermark(new Watermark(newest));
      }
    }
  }

  static final class ForecastTime implements SerializableTimestampAssigner<DemandForecast> {
    private static final long serialVersionUID = 1L;
    private final RegionZones zones;

    ForecastTime(RegionZones zones) {
      this.zones = zones;
    }

    @Override
    public long extractTimestamp(DemandForecast f, long recordTimestamp) {
      Optional<ZoneId> zone = f.region() == null ? Optional.empty() : zones.zoneOf(f.region());
      if (zone.isEmpty() || f.issuedOn() == null) {
        return Long.MIN_VALUE; // refused downstream; never moves the watermark
      }
      return ReviewTiming.lastMilliOf(f.issuedOn(), zone.get()).toEpochMilli();
    }
  }

  static final class StockTime implements SerializableTimestampAssigner<SellThroughRow> {
    private static final long serialVersionUID = 1L;

    @Override
    public long extractTimestamp(SellThroughRow r, long recordTimestamp) {
      return r.closedAt() == null ? Long.MIN_VALUE : r.closedAt().toEpochMilli() - 1;
    }
  }

  /** Shop × SKU forecast rows, one {@link ShelfInput} each. */
  static final class FromForecasts extends ProcessFunction<DemandForecast, ShelfInput> {
    private static final long serialVersionUID = 1L;
    private final WorldSnapshot world;
    private transient ReplenishmentCatalog catalog;
    private transient Counter otherLevels;

    FromForecasts(WorldSnapshot world) {
      this.world = world;
    }

    @Override
    public void open(OpenContext openContext) {
      catalog = new ReplenishmentCatalog(world.world());
      otherLevels = getRuntimeContext().getMetricGroup().addGroup("poolcast").counter("regionRows");
    }

    @Override
    public void processElement(DemandForecast f, Context ctx, Collector<ShelfInput> out) {
      if (!"shop_sku".equals(f.level())) {
        otherLevels.inc();
        return;
      }
      Optional<String> problem = problem(f);
      if (problem.isPresent()) {
        ctx.output(DeadLetters.TAG, refused(DeadLetterReason.INVALID_VALUE, problem.get(), f, ctx));
        return;
      }
      Optional<Sku> sku = catalog.sku(f.sku());
      if (sku.isEmpty()
          || catalog.zone(f.shopId()).isEmpty()
          || ctx.timestamp() == null
          || ctx.timestamp() == Long.MIN_VALUE) {
        ctx.output(
            DeadLetters.TAG,
            refused(DeadLetterReason.UNKNOWN_REFERENCE, "unknown shop, region or SKU", f, ctx));
        return;
      }
      out.collect(
          ShelfInput.forecastDay(
              f.shopId(),
              f.region(),
              sku.get(),
              f.issuedOn(),
              f.step(),
              f.mean(),
              f.p90(),
              f.modelCardId(),
              ctx.timestamp()));
    }

    private static Optional<String> problem(DemandForecast f) {
      if (f.shopId() == null || f.sku() == null || f.issuedOn() == null || f.region() == null) {
        return Optional.of("shop_sku forecast without shop_id, sku, region or issued_on");
      }
      if (f.step() < 1 || f.step() > ForecastDays.HORIZON) {
        return Optional.of("step must be 1.." + ForecastDays.HORIZON + ", was " + f.step());
      }
      if (!(f.mean() >= 0) || !(f.p90() >= 0)) {
        return Optional.of("mean and p90 must be numbers >= 0, were " + f.mean() + ", " + f.p90());
      }
      return Optional.empty();
    }

    /** Recorded at the row's event time (the issue day's close), when it has one. */
    private DeadLetter refused(
        DeadLetterReason reason, String detail, DemandForecast f, Context ctx) {
      Long t = ctx.timestamp();
      Instant at = t == null || t == Long.MIN_VALUE ? null : Instant.ofEpochMilli(t);
      return DeadLetterFactory.refused(reason, detail, SOURCE, f, at);
    }
  }

  /** Shop × SKU sell-through rows with a known stock estimate. */
  static final class FromStock extends ProcessFunction<SellThroughRow, ShelfInput> {
    private static final long serialVersionUID = 1L;
    private final WorldSnapshot world;
    private transient ReplenishmentCatalog catalog;
    private transient Counter otherLevels;
    private transient Counter stockUnknown;

    FromStock(WorldSnapshot world) {
      this.world = world;
    }

    @Override
    public void open(OpenContext openContext) {
      catalog = new ReplenishmentCatalog(world.world());
      var metrics = getRuntimeContext().getMetricGroup().addGroup("poolcast");
      otherLevels = metrics.counter("rollupRows");
      stockUnknown = metrics.counter("stockUnknown");
    }

    @Override
    public void processElement(SellThroughRow r, Context ctx, Collector<ShelfInput> out) {
      if (!SellThroughRow.SHOP_SKU.equals(r.level())) {
        otherLevels.inc();
        return;
      }
      if (r.shopId() == null
          || r.sku() == null
          || r.date() == null
          || r.closedAt() == null
          || r.estimatedStockUnits() < 0) {
        ctx.output(
            DeadLetters.TAG,
            DeadLetterFactory.refused(
                DeadLetterReason.INVALID_VALUE,
                "shop_sku row needs shop_id, sku, date, closed_at and a stock >= 0",
                SOURCE,
                r,
                r.closedAt()));
        return;
      }
      Optional<Sku> sku = catalog.sku(r.sku());
      if (sku.isEmpty() || catalog.zone(r.shopId()).isEmpty()) {
        ctx.output(
            DeadLetters.TAG,
            DeadLetterFactory.refused(
                DeadLetterReason.UNKNOWN_REFERENCE,
                "unknown shop or SKU",
                SOURCE,
                r,
                r.closedAt()));
        return;
      }
      if (r.stockKnownSkus() == 0) {
        stockUnknown.inc(); // no delivery seen yet: the estimate is only a lower bound
        return;
      }
      out.collect(
          ShelfInput.stock(
              r.shopId(),
              r.regionId(),
              sku.get(),
              r.date(),
              r.estimatedStockUnits(),
              ctx.timestamp()));
    }
  }

  /**
   * Order events keyed by order id: the units each SKU of the order now has on the way, one {@link
   * ShelfInput} per SKU of this or the previous version (a dropped line or a cancellation says 0).
   * Only the order's SKUs of the last version seen are kept, until its delivery day has passed.
   */
  static final class OrderLines extends KeyedProcessFunction<String, ShopOrderEvent, ShelfInput> {
    private static final long serialVersionUID = 1L;
    private final WorldSnapshot world;
    private transient ReplenishmentCatalog catalog;
    private transient ValueState<ShopOrderEvent> last;
    private transient Counter stale;

    OrderLines(WorldSnapshot world) {
      this.world = world;
    }

    @Override
    public void open(OpenContext openContext) {
      catalog = new ReplenishmentCatalog(world.world());
      last =
          getRuntimeContext()
              .getState(new ValueStateDescriptor<>("last", EventTypes.of(ShopOrderEvent.class)));
      stale =
          getRuntimeContext().getMetricGroup().addGroup("poolcast").counter("staleOrderVersions");
    }

    @Override
    public void processElement(ShopOrderEvent o, Context ctx, Collector<ShelfInput> out)
        throws Exception {
      Optional<ZoneId> zone = catalog.zone(o.shopId());
      boolean known =
          zone.isPresent() && o.lines().stream().allMatch(l -> catalog.sku(l.sku()).isPresent());
      if (!known) {
        ctx.output(
            DeadLetters.TAG,
            DeadLetterFactory.refused(
                DeadLetterReason.UNKNOWN_REFERENCE,
                "unknown shop or SKU in order " + o.orderId(),
                SOURCE,
                o,
                o.eventTime()));
        return;
      }
      ShopOrderEvent previous = last.value();
      if (previous != null && previous.version() >= o.version()) {
        stale.inc(); // a duplicate or an older version arriving late: the newer one stands
        return;
      }
      Map<String, Long> units = new HashMap<>();
      TreeSet<String> skus = new TreeSet<>();
      if (previous != null) {
        previous.lines().forEach(l -> skus.add(l.sku()));
      }
      if (o.type() != OrderEventType.CANCELLED) {
        for (OrderLine l : o.lines()) {
          skus.add(l.sku());
          units.merge(
              l.sku(), (long) l.quantity() * catalog.sku(l.sku()).get().packSize(), Long::sum);
        }
      }
      for (String s : skus) {
        out.collect(
            ShelfInput.onOrder(
                o.shopId(),
                o.regionId(),
                catalog.sku(s).get(),
                o.requestedDeliveryDate(),
                units.getOrDefault(s, 0L),
                o.orderId(),
                o.version(),
                o.eventTime().toEpochMilli()));
      }
      last.update(o);
      ctx.timerService()
          .registerEventTimeTimer(
              ReviewTiming.lastMilliOf(o.requestedDeliveryDate(), zone.get()).toEpochMilli());
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<ShelfInput> out) {
      last.clear(); // delivered (or its day passed): a later version would be dead on arrival
    }
  }

  /** Shop × SKU. */
  static final class ByShopSku implements KeySelector<ShelfInput, String> {
    private static final long serialVersionUID = 1L;

    @Override
    public String getKey(ShelfInput in) {
      return in.shopSku();
    }
  }

  /** Order id. */
  static final class ByOrder implements KeySelector<ShopOrderEvent, String> {
    private static final long serialVersionUID = 1L;

    @Override
    public String getKey(ShopOrderEvent o) {
      return o.orderId();
    }
  }
}
