package io.poolcast.jobs.sellthrough;

import io.poolcast.connectors.kafka.DeadLetters;
import io.poolcast.connectors.kafka.EventTypes;
import io.poolcast.events.DeadLetterReason;
import io.poolcast.events.OrderLine;
import io.poolcast.events.SellThroughRow;
import io.poolcast.events.ShopOrderEvent;
import io.poolcast.events.reference.Shop;
import io.poolcast.forecasting.insight.StockDay;
import io.poolcast.forecasting.insight.StockLedger;
import io.poolcast.jobs.flink.DeadLetterFactory;
import io.poolcast.jobs.flink.StageKey;
import io.poolcast.jobs.pooling.WorldSnapshot;
import io.poolcast.pooling.LocalDays;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * One shop's sell-through and stock, keyed by shop: sums the day's POS sales per SKU, keeps the
 * latest version of each open order, and when the watermark passes the region's midnight closes the
 * day: deliveries arrive ({@link OrderDeliveries}), every listed SKU's {@link StockLedger} closes
 * the day, and one {@code shop_sku} row per listed SKU goes out, zero-sales days included, with the
 * day's roll-up contributions in the {@link #CONTRIBUTIONS} side output.
 *
 * <p>Days close one after the other from the shop's first event, through an event-time timer at
 * each midnight; at the end of a bounded input (watermark at +∞) the remaining days up to the
 * shop's last event day close at once. A sale of a day already closed, or an order event whose
 * delivery day is already closed, is a {@link DeadLetterReason#TOO_LATE} dead letter and counted
 * ({@code lateSales}, {@code lateOrders}): a published day is never revised. Orders naming a shop
 * or SKU the reference data does not know are {@link DeadLetterReason#UNKNOWN_REFERENCE}; sales
 * come numbered ({@link SaleNumbering}), which refuses those before the stage's exchange.
 */
public final class ShopStockFunction<K>
    extends KeyedCoProcessFunction<K, ShopDaySales, ShopOrderEvent, SellThroughRow> {
  private static final long serialVersionUID = 1L;
  static final String SOURCE = "sell-through";

  /**
   * The closed days' contributions to the roll-ups ({@link SellThroughTally#contributions}): per
   * SKU for region × SKU, already summed over the shop's day for region × category and supplier.
   */
  public static final OutputTag<SellThroughRow> CONTRIBUTIONS =
      new OutputTag<>("sell-through-contributions", EventTypes.of(SellThroughRow.class));

  /**
   * Accumulator: shop days closed so far (the CLI shows it as progress: a backfill closes its whole
   * window's days of every shop before it writes a file).
   */
  public static final String DAYS_CLOSED = "sell-through-shop-days-closed";

  private final WorldSnapshot world;
  private final DayBounds bounds;
  private final StageKey<K> key;
  private transient SellThroughCatalog catalog;
  private transient SaleNumbers numbers;
  private transient ValueState<ShopDays> days;
  private transient MapState<String, SkuDaySales> sales;
  private transient MapState<String, ShopOrderEvent> orders;
  private transient MapState<String, StockLedger> ledgers;
  private transient Counter lateSales;
  private transient Counter lateOrders;
  private transient Counter unknown;
  private transient LongCounter daysClosed;
  private transient LocalDate lastDay;
  private transient String lastDayText;

  /**
   * @param bounds the days whose rows are emitted (or only classified), and the day a bounded input
   *     closes through (a backfill's last day: a streaming job's watermark closes it for every
   *     shop, even one without events on it)
   * @param key how the inputs are keyed: by shop id, or by {@link ShopNumbers} in BATCH
   */
  public ShopStockFunction(WorldSnapshot world, DayBounds bounds, StageKey<K> key) {
    this.world = world;
    this.bounds = bounds;
    this.key = key;
  }

  @Override
  public void open(OpenContext openContext) {
    catalog = new SellThroughCatalog(world.world());
    numbers = new SaleNumbers(world.world());
    var state = getRuntimeContext();
    days = state.getState(new ValueStateDescriptor<>("days", EventTypes.of(ShopDays.class)));
    sales =
        state.getMapState(
            new MapStateDescriptor<>("sales", Types.STRING, EventTypes.of(SkuDaySales.class)));
    orders =
        state.getMapState(
            new MapStateDescriptor<>("orders", Types.STRING, EventTypes.of(ShopOrderEvent.class)));
    ledgers =
        state.getMapState(
            new MapStateDescriptor<>("ledgers", Types.STRING, EventTypes.of(StockLedger.class)));
    var metrics = state.getMetricGroup().addGroup("poolcast");
    lateSales = metrics.counter("lateSales");
    lateOrders = metrics.counter("lateOrders");
    unknown = metrics.counter("unknownReferences");
    daysClosed = state.getLongCounter(DAYS_CLOSED);
  }

  @Override
  public void processElement1(ShopDaySales sold, Context ctx, Collector<SellThroughRow> out)
      throws Exception {
    ZoneId zone = numbers.zone(sold.shop());
    LocalDate day = sold.date();
    if (isLate(ctx, day, zone)) {
      lateSales.inc(sold.size());
      refuse(
          ctx,
          DeadLetterReason.TOO_LATE,
          "day " + day + " of shop " + numbers.shopId(sold.shop()) + " was already closed",
          sold.event() == null ? sold : sold.event(),
          sold.event() == null ? Instant.ofEpochMilli(ctx.timestamp()) : sold.event().eventTime());
      return;
    }
    String dayText = dayText(day);
    for (int i = 0; i < sold.size(); i++) {
      String sku = numbers.skuId(sold.skus()[i]);
      String key = dayText + "|" + sku;
      SkuDaySales current = sales.get(key);
      SkuDaySales tally = current == null ? new SkuDaySales(sku, day, 0, 0) : current;
      sales.put(key, tally.plus(sold.units()[i], sold.valueCents()[i]));
    }
    seen(ctx, day, zone);
  }

  @Override
  public void processElement2(ShopOrderEvent order, Context ctx, Collector<SellThroughRow> out)
      throws Exception {
    Optional<ZoneId> zone = zoneOf(order.shopId());
    if (zone.isEmpty()
        || !order.lines().stream().map(OrderLine::sku).allMatch(s -> catalog.sku(s).isPresent())) {
      refuse(
          ctx,
          DeadLetterReason.UNKNOWN_REFERENCE,
          "unknown shop or SKU in order " + order.orderId(),
          order,
          order.eventTime());
      return;
    }
    if (isLate(ctx, order.requestedDeliveryDate(), zone.get())) {
      lateOrders.inc();
      refuse(
          ctx,
          DeadLetterReason.TOO_LATE,
          "delivery day "
              + order.requestedDeliveryDate()
              + " of shop "
              + order.shopId()
              + " was already closed",
          order,
          order.eventTime());
      return;
    }
    orders.put(order.orderId(), OrderDeliveries.latest(orders.get(order.orderId()), order));
    seen(ctx, LocalDays.dayOf(order.eventTime(), zone.get()), zone.get());
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<SellThroughRow> out)
      throws Exception {
    ShopDays current = days.value();
    String shopId = key.id(ctx.getCurrentKey());
    Optional<ZoneId> zone = zoneOf(shopId);
    if (current == null || zone.isEmpty()) {
      return;
    }
    boolean endOfInput = ctx.timerService().currentWatermark() == Long.MAX_VALUE;
    LocalDate limit =
        endOfInput
            ? lastDayOfInput(current)
            : LocalDays.dayOf(Instant.ofEpochMilli(timestamp), zone.get());
    Map<LocalDate, Map<String, SkuDaySales>> soldByDay = takeSalesThrough(limit);
    while (!current.nextOpen().isAfter(limit)) {
      LocalDate day = current.nextOpen();
      Map<String, SkuDaySales> sold = soldByDay.getOrDefault(day, Map.of());
      closeDay(ctx, shopId, day, LocalDays.endOf(day, zone.get()), sold, out);
      daysClosed.add(1);
      current = current.closed(day);
    }
    if (ledgers.isEmpty() && orders.isEmpty() && sales.isEmpty()) {
      days.clear(); // every listing went dormant: the shop starts afresh with its next event
      return;
    }
    days.update(current);
    if (!endOfInput) {
      ctx.timerService().registerEventTimeTimer(closeTimer(current.nextOpen(), zone.get()));
    }
  }

  private LocalDate lastDayOfInput(ShopDays current) {
    LocalDate last = current.lastEventDay();
    LocalDate closeThrough = bounds.closeThrough();
    return closeThrough != null && closeThrough.isAfter(last) ? closeThrough : last;
  }

  private void closeDay(
      OnTimerContext ctx,
      String shopId,
      LocalDate day,
      Instant end,
      Map<String, SkuDaySales> sold,
      Collector<SellThroughRow> out)
      throws Exception {
    Map<String, Long> delivered =
        OrderDeliveries.unitsArriving(orders.values(), day, s -> catalog.sku(s).get().packSize());
    removeOrdersUpTo(day);
    boolean shopOpen = sold.values().stream().anyMatch(s -> s.units() > 0);
    Shop shop = catalog.shop(shopId).get();
    boolean classify = bounds.classifies(day); // a backfill's early look-back days only close
    Listing[] listings = listingsOfDay(sold.keySet(), delivered.keySet(), classify);
    List<SellThroughRow> rows = new ArrayList<>(classify ? listings.length : 0);
    for (Listing listing : listings) {
      String sku = listing.sku();
      StockLedger ledger = listing.ledger();
      SkuDaySales s = sold.get(sku);
      StockDay stock =
          (ledger == null ? StockLedger.start() : ledger)
              .closeDay(delivered.getOrDefault(sku, 0L), s == null ? 0 : s.units(), shopOpen);
      if (classify) {
        rows.add(
            SellThroughTally.shopRow(
                shop.shopId(),
                shop.regionId(),
                catalog.sku(sku).get(),
                day,
                stock,
                s == null ? 0 : s.valueCents(),
                end));
      }
      if (stock.ledger().dormant()) {
        ledgers.remove(sku);
      } else {
        ledgers.put(sku, stock.ledger());
      }
    }
    emit(ctx, day, rows, out);
  }

  /**
   * The listings a day closes: every SKU with a ledger, and those sold or delivered without one (a
   * null ledger), sorted by SKU when the day's rows go out, so they go out in one order (the
   * ledgers themselves close in any order). One pass over the ledgers' entries: a set of the SKUs,
   * then a lookup of each SKU's ledger, took about 8 % of the shop stage's time (JFR).
   */
  private Listing[] listingsOfDay(Set<String> sold, Set<String> delivered, boolean sorted)
      throws Exception {
    List<Listing> listings = new ArrayList<>(sold.size() + delivered.size() + 64);
    for (Map.Entry<String, StockLedger> e : ledgers.entries()) {
      listings.add(new Listing(e.getKey(), e.getValue()));
    }
    for (String sku : sold) {
      if (!ledgers.contains(sku)) {
        listings.add(new Listing(sku, null));
      }
    }
    for (String sku : delivered) {
      if (!sold.contains(sku) && !ledgers.contains(sku)) {
        listings.add(new Listing(sku, null));
      }
    }
    Listing[] array = listings.toArray(new Listing[0]);
    if (sorted) {
      Arrays.sort(array, Listing.BY_SKU);
    }
    return array;
  }

  /** A SKU a day closes and its ledger so far (null: none yet). */
  private record Listing(String sku, StockLedger ledger) {
    static final Comparator<Listing> BY_SKU = Comparator.comparing(Listing::sku);
  }

  /**
   * A closed day's rows and their roll-up contributions; of a day that is only classified, its
   * region × SKU contributions alone (the classes of the first published day look back on them).
   */
  private void emit(
      OnTimerContext ctx, LocalDate day, List<SellThroughRow> rows, Collector<SellThroughRow> out) {
    if (bounds.publishes(day)) {
      rows.forEach(out::collect);
      SellThroughTally.contributions(rows).forEach(c -> ctx.output(CONTRIBUTIONS, c));
    } else {
      rows.forEach(
          r ->
              ctx.output(
                  CONTRIBUTIONS, SellThroughTally.contribution(r, SellThroughRow.REGION_SKU)));
    }
  }

  /**
   * Removes the sales of the days through {@code last} from state, per day and SKU. One pass for
   * all the days a timer closes: at the end of a bounded input that is the shop's whole window, and
   * a pass per day would read every day's sales once per day.
   */
  private Map<LocalDate, Map<String, SkuDaySales>> takeSalesThrough(LocalDate last)
      throws Exception {
    Map<LocalDate, Map<String, SkuDaySales>> byDay = new HashMap<>();
    List<String> keys = new ArrayList<>();
    int entries = 0;
    for (Map.Entry<String, SkuDaySales> e : sales.entries()) {
      entries++;
      SkuDaySales s = e.getValue();
      if (!s.date().isAfter(last)) {
        keys.add(e.getKey());
        byDay.computeIfAbsent(s.date(), d -> new HashMap<>()).put(s.sku(), s);
      }
    }
    if (keys.size() == entries) {
      sales.clear(); // all of them (a bounded input's end): no removal key by key
    } else {
      for (String k : keys) {
        sales.remove(k);
      }
    }
    return byDay;
  }

  private void removeOrdersUpTo(LocalDate day) throws Exception {
    List<String> done = new ArrayList<>();
    for (Map.Entry<String, ShopOrderEvent> e : orders.entries()) {
      if (!e.getValue().requestedDeliveryDate().isAfter(day)) {
        done.add(e.getKey());
      }
    }
    for (String k : done) {
      orders.remove(k);
    }
  }

  /** Whether {@code day} of the current shop is already closed, in state or by the watermark. */
  private boolean isLate(Context ctx, LocalDate day, ZoneId zone) throws Exception {
    ShopDays current = days.value();
    boolean closed = current != null && current.isClosed(day);
    long watermark = ctx.timerService().currentWatermark();
    // No watermark yet (a BATCH run's whole input): no day's close time to compute.
    return closed || (watermark != Long.MIN_VALUE && watermark >= closeTimer(day, zone));
  }

  /**
   * A day as its state key's text: the last one's is kept, since a shop's sales come day after day
   * (sorted by time in a BATCH run) and formatting a date for every sale was a seventh of the
   * sales' handling.
   */
  private String dayText(LocalDate day) {
    if (!day.equals(lastDay)) {
      lastDay = day;
      lastDayText = day.toString();
    }
    return lastDayText;
  }

  private void seen(Context ctx, LocalDate day, ZoneId zone) throws Exception {
    ShopDays before = days.value();
    ShopDays after = ShopDays.seen(before, day);
    days.update(after);
    if (before == null || !after.lastClosed().equals(before.lastClosed())) {
      ctx.timerService().registerEventTimeTimer(closeTimer(after.nextOpen(), zone));
    }
  }

  private Optional<ZoneId> zoneOf(String shopId) {
    return catalog.shop(shopId).flatMap(catalog::zoneOf);
  }

  /** The last millisecond of a local day: the timer fires once the watermark passes midnight. */
  private static long closeTimer(LocalDate day, ZoneId zone) {
    return LocalDays.endOf(day, zone).toEpochMilli() - 1;
  }

  private void refuse(
      Context ctx, DeadLetterReason reason, String detail, Object event, Instant time) {
    if (reason == DeadLetterReason.UNKNOWN_REFERENCE) {
      unknown.inc();
    }
    ctx.output(DeadLetters.TAG, DeadLetterFactory.refused(reason, detail, SOURCE, event, time));
  }
}
