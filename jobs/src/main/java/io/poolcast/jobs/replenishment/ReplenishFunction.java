package io.poolcast.jobs.replenishment;

import io.poolcast.connectors.kafka.DeadLetters;
import io.poolcast.connectors.kafka.EventTypes;
import io.poolcast.events.DeadLetterReason;
import io.poolcast.events.ReplenishmentSuggestion;
import io.poolcast.forecasting.replenishment.DemandOutlook;
import io.poolcast.forecasting.replenishment.OrderUpTo;
import io.poolcast.forecasting.replenishment.Suggestion;
import io.poolcast.jobs.flink.DeadLetterFactory;
import io.poolcast.jobs.pooling.WorldSnapshot;
import io.poolcast.pooling.DeliveryCalendar;
import io.poolcast.pooling.LocalDays;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * One shop × SKU's replenishment, keyed by shop × SKU: keeps the closing stock of each day until it
 * is used, the forecasts (30 rows per issue day) and the versions of the orders on the way, and
 * makes one {@link ReplenishmentSuggestion} per closed day with a known stock and a usable
 * forecast.
 *
 * <p><b>When.</b> Once the watermark has passed the day's close (an event-time timer at its last
 * millisecond, which fires when the watermark of all three inputs is past it, so every order placed
 * before the close that is not late is in) and both the day's stock and the complete forecast
 * issued on that day are in: at the close, or when the last of the two comes after it. The stock
 * and forecast rows come in bursts minutes after the close and carry its last millisecond; their
 * watermark is the newest close seen ({@link ShelfInputs#dayCloses}), so they do not hold the close
 * back until the next day's burst. Otherwise (the series did not sell that day, so the forecast job
 * issued nothing new) when the watermark passes the day's close plus {@link #GRACE}, with the
 * newest complete forecast issued before it, shifted to start the day after. No usable forecast
 * (the shop × SKU is not eligible for a shop forecast, or the last one is 30 days old) means no
 * suggestion (counted, {@code noForecast}). The suggestion depends on event times only, so the
 * bounded run (BATCH, every timer at the end of input) makes the same ones.
 *
 * <p><b>Idle inputs.</b> Every input is marked idle after {@link
 * io.poolcast.jobs.flink.EventTimes#IDLENESS} without records (a shop-orders partition at night,
 * the stock and forecast topics between bursts), and an idle input does not hold the watermark
 * back. An order that comes later than that with an event time before a close that has passed is
 * late: it counts for the days after, not for that day's suggestion. When all inputs are idle, the
 * watermark is the newest any input reached, the close of the last burst: the day's suggestions
 * still come right after its rows, but the {@link #GRACE} fallback waits for the next record that
 * moves event time (the first order of the morning, at the latest the next day's rows).
 *
 * <p><b>On order</b> = units of the orders on the way for this SKU (per order the newest version
 * placed before the day's close, {@link OnOrder}) whose delivery day is after the day: a delivery
 * on or before it is in the stock.
 *
 * <p><b>Late input.</b> A stock or forecast row whose day has already closed here (event time at or
 * plus {@link #GRACE} behind the watermark) is a {@link DeadLetterReason#TOO_LATE} dead letter: a
 * suggestion is made once and never revised. Orders are never late: they count for the days that
 * follow.
 */
public final class ReplenishFunction
    extends KeyedProcessFunction<String, ShelfInput, ReplenishmentSuggestion> {
  private static final long serialVersionUID = 1L;

  /**
   * How long after a day's close its stock and forecast rows may still come: both are published
   * only once the upstream jobs' watermarks pass midnight (10 minutes out of order) and the
   * forecasts of a day take minutes to compute.
   */
  public static final Duration GRACE = Duration.ofHours(2);

  static final long GRACE_MS = GRACE.toMillis();

  private final WorldSnapshot world;
  private final double serviceLevel;
  private final int cycleDays;
  private transient ReplenishmentCatalog catalog;
  private transient OrderUpTo rule;
  private transient MapState<Long, ShelfInput> stock;
  private transient MapState<Long, ForecastDays> forecasts;
  private transient MapState<String, ShelfInput> orderVersions;
  private transient Counter late;
  private transient Counter noForecast;

  public ReplenishFunction(WorldSnapshot world, double serviceLevel, int cycleDays) {
    new OrderUpTo(serviceLevel); // fails on the client for a bad level
    if (cycleDays < 0) {
      throw new IllegalArgumentException("cycle days must not be negative, was " + cycleDays);
    }
    this.world = world;
    this.serviceLevel = serviceLevel;
    this.cycleDays = cycleDays;
  }

  @Override
  public void open(OpenContext openContext) {
    catalog = new ReplenishmentCatalog(world.world());
    rule = new OrderUpTo(serviceLevel);
    var state = getRuntimeContext();
    stock =
        state.getMapState(
            new MapStateDescriptor<>("stock", Types.LONG, EventTypes.of(ShelfInput.class)));
    forecasts =
        state.getMapState(
            new MapStateDescriptor<>("forecasts", Types.LONG, EventTypes.of(ForecastDays.class)));
    orderVersions =
        state.getMapState(
            new MapStateDescriptor<>(
                "orderVersions", Types.STRING, EventTypes.of(ShelfInput.class)));
    var metrics = state.getMetricGroup().addGroup("poolcast");
    late = metrics.counter("lateRows");
    noForecast = metrics.counter("noForecast");
  }

  @Override
  public void processElement(ShelfInput in, Context ctx, Collector<ReplenishmentSuggestion> out)
      throws Exception {
    if (in.kind() == ShelfInput.Kind.ORDER) {
      orderVersions.put(OnOrder.key(in), in);
      Optional<ZoneId> zone = catalog.zone(in.shopId());
      if (zone.isPresent()) { // tidy up after delivery even if no stock row comes
        ctx.timerService()
            .registerEventTimeTimer(
                ReviewTiming.lastMilliOf(in.day(), zone.get()).toEpochMilli() + GRACE_MS);
      }
      return;
    }
    long watermark = ctx.timerService().currentWatermark();
    if (in.timestamp() + GRACE_MS <= watermark) {
      late.inc();
      ctx.output(
          DeadLetters.TAG,
          DeadLetterFactory.refused(
              DeadLetterReason.TOO_LATE,
              in.kind().name().toLowerCase(Locale.ROOT)
                  + " of "
                  + in.day()
                  + " for "
                  + in.shopSku()
                  + " arrived after the day closed",
              ShelfInputs.SOURCE,
              in,
              Instant.ofEpochMilli(in.timestamp())));
      return;
    }
    boolean closed = in.timestamp() <= watermark; // every order placed before the close is in
    ctx.timerService().registerEventTimeTimer(in.timestamp() + GRACE_MS);
    if (in.kind() == ShelfInput.Kind.STOCK) {
      stock.put(in.timestamp(), in);
      ctx.timerService().registerEventTimeTimer(in.timestamp());
      ForecastDays same = forecasts.get(in.day().toEpochDay());
      if (closed && same != null && same.complete()) {
        suggest(in, same, ctx, out);
      }
      return;
    }
    long issued = in.day().toEpochDay();
    ForecastDays current = forecasts.get(issued);
    ForecastDays updated =
        (current == null ? ForecastDays.start(in.day(), in.modelCardId()) : current)
            .with(in.step(), in.mean(), in.p90());
    forecasts.put(issued, updated);
    ShelfInput sameDay = stock.get(in.timestamp());
    if (closed && updated.complete() && sameDay != null) {
      suggest(sameDay, updated, ctx, out);
    }
  }

  /**
   * A day's close: suggest if its stock and its own forecast are in. A close plus {@link #GRACE}:
   * suggest with an older forecast if the day's own did not come, then tidy up.
   */
  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<ReplenishmentSuggestion> out)
      throws Exception {
    String shopId = ctx.getCurrentKey().substring(0, ctx.getCurrentKey().indexOf('|'));
    Optional<ZoneId> zone = catalog.zone(shopId);
    if (zone.isEmpty()) {
      return; // inputs of unknown shops never get here
    }
    LocalDate today = LocalDays.dayOf(Instant.ofEpochMilli(timestamp), zone.get());
    if (ReviewTiming.lastMilliOf(today, zone.get()).toEpochMilli() == timestamp) {
      ShelfInput closing = stock.get(timestamp);
      ForecastDays own = forecasts.get(today.toEpochDay());
      if (closing != null && own != null && own.complete()) {
        suggest(closing, own, ctx, out);
      }
      return;
    }
    long close = timestamp - GRACE_MS;
    LocalDate closed = LocalDays.dayOf(Instant.ofEpochMilli(close), zone.get());
    ForecastDays newest = newestUsable(closed);
    ShelfInput day = stock.get(close);
    if (day != null) {
      if (newest != null) {
        suggest(day, newest, ctx, out);
      } else {
        stock.remove(close);
        noForecast.inc();
      }
    }
    forgetBefore(closed, close, newest);
  }

  /** The newest complete forecast issued on or before the day. */
  private ForecastDays newestUsable(LocalDate day) throws Exception {
    ForecastDays newest = null;
    for (ForecastDays f : forecasts.values()) {
      boolean usable = f.complete() && !f.issuedOn().isAfter(day);
      if (usable && (newest == null || f.issuedOn().isAfter(newest.issuedOn()))) {
        newest = f;
      }
    }
    return newest;
  }

  private void suggest(
      ShelfInput day, ForecastDays forecast, Context ctx, Collector<ReplenishmentSuggestion> out)
      throws Exception {
    stock.remove(day.timestamp()); // one suggestion per day
    Optional<ZoneId> zone = catalog.zone(day.shopId());
    Optional<DeliveryCalendar> calendar = catalog.calendar(day.supplierId(), day.regionId());
    if (zone.isEmpty() || calendar.isEmpty()) {
      ctx.output(
          DeadLetters.TAG,
          DeadLetterFactory.refused(
              DeadLetterReason.UNKNOWN_REFERENCE,
              "no cut-off calendar of " + day.supplierId() + " in " + day.regionId(),
              ShelfInputs.SOURCE,
              day,
              Instant.ofEpochMilli(day.timestamp())));
      return;
    }
    DemandOutlook outlook = forecast.outlookAfter(day.day());
    if (outlook == null) {
      noForecast.inc();
      return;
    }
    ReviewTiming timing = ReviewTiming.at(day.day(), zone.get(), calendar.get());
    int daysToCover = Math.min(timing.daysToCover(), outlook.days());
    int onOrder = OnOrder.units(keptVersions(), day.day(), day.timestamp());
    int onHand = (int) Math.min(Integer.MAX_VALUE, day.units());
    Suggestion s =
        rule.suggest(outlook, daysToCover, cycleDays, onHand, onOrder, day.packSize(), 1);
    out.collect(
        new ReplenishmentSuggestion(
            day.shopId(),
            day.regionId(),
            day.supplierId(),
            day.sku(),
            day.day(),
            serviceLevel,
            onHand,
            onOrder,
            day.packSize(),
            s.cases(),
            s.units(),
            s.target(),
            daysToCover,
            s.daysCovered(),
            timing.deliveryDate(),
            s.explanation(),
            forecast.issuedOn(),
            forecast.modelCardId(),
            timing.orderTime()));
  }

  /** Every order version kept, read once. */
  private List<ShelfInput> keptVersions() throws Exception {
    List<ShelfInput> versions = new ArrayList<>();
    orderVersions.values().forEach(versions::add);
    return versions;
  }

  /**
   * Drops what no later day needs: order versions superseded or delivered by the day, forecasts
   * older than the one the day used (later days use it or a newer one) or out of reach.
   */
  private void forgetBefore(LocalDate closed, long close, ForecastDays used) throws Exception {
    for (ShelfInput v : OnOrder.unneeded(keptVersions(), closed, close)) {
      orderVersions.remove(OnOrder.key(v));
    }
    List<Long> old = new ArrayList<>();
    for (Long issued : forecasts.keys()) {
      boolean superseded = used != null && issued < used.issuedOn().toEpochDay();
      boolean outOfReach = issued + ForecastDays.HORIZON <= closed.toEpochDay();
      if (superseded || outOfReach) {
        old.add(issued);
      }
    }
    for (Long issued : old) {
      forecasts.remove(issued);
    }
  }
}
