package io.poolcast.world;

import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.events.Decoded;
import io.poolcast.events.EventJson;
import io.poolcast.events.OrderEventType;
import io.poolcast.events.OrderLine;
import io.poolcast.events.PosSale;
import io.poolcast.events.ShopOrderEvent;
import io.poolcast.events.reference.CutoffCalendar;
import io.poolcast.events.reference.Shop;
import io.poolcast.events.reference.Sku;
import io.poolcast.events.reference.Supplier;
import io.poolcast.events.reference.World;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WorldGeneratorTest {
  private static final LocalDate START = WorldGenerator.DEFAULT_START;
  private static TinyMarket market;
  private static World world;

  @BeforeAll
  static void generate() {
    market = new TinyMarket(7L, START, 35);
    world = market.generator.world();
  }

  @Test
  void producesAPlausibleVolume() {
    GenerationStats s = market.stats;
    assertThat(s.saleEvents()).isEqualTo(market.sales.size()).isGreaterThan(10_000);
    assertThat(s.ordersPlaced()).isGreaterThan(500);
    assertThat(s.orderEvents()).isEqualTo(market.orders.size());
    assertThat(s.soldUnits()).isLessThanOrEqualTo(s.demandUnits());
    assertThat(market.sales.stream().mapToLong(PosSale::quantity).sum()).isEqualTo(s.soldUnits());
  }

  @Test
  void everyEventValidates() {
    for (ShopOrderEvent o : market.orders) {
      Decoded<ShopOrderEvent> decoded =
          EventJson.decode(EventJson.toBytes(o), ShopOrderEvent.class);
      assertThat(decoded.isValid()).as(decoded.detail()).isTrue();
      assertThat(decoded.value()).isEqualTo(o);
    }
    for (PosSale s : market.sales) {
      Decoded<PosSale> decoded = EventJson.decode(EventJson.toBytes(s), PosSale.class);
      assertThat(decoded.isValid()).as(decoded.detail()).isTrue();
    }
  }

  @Test
  void eventsComeInNonDecreasingTimeOrderWithUniqueIds() {
    Instant previous = Instant.MIN;
    for (Object e : market.all) {
      Instant t = e instanceof PosSale s ? s.eventTime() : ((ShopOrderEvent) e).eventTime();
      assertThat(t).isAfterOrEqualTo(previous);
      previous = t;
    }
    assertThat(market.orders.stream().map(ShopOrderEvent::eventId).distinct().count())
        .isEqualTo(market.orders.size());
    assertThat(market.sales.stream().map(PosSale::saleId).distinct().count())
        .isEqualTo(market.sales.size());
  }

  @Test
  void ordersOnlyNameSkusOfTheirSupplierInRegionsItServes() {
    Map<String, Sku> skus = index(world.skus(), Sku::sku);
    Map<String, Shop> shops = index(world.shops(), Shop::shopId);
    Map<String, Supplier> suppliers = index(world.suppliers(), Supplier::supplierId);
    for (ShopOrderEvent o : market.orders) {
      Shop shop = shops.get(o.shopId());
      assertThat(o.regionId()).isEqualTo(shop.regionId());
      assertThat(suppliers.get(o.supplierId()).regionIds()).contains(shop.regionId());
      for (OrderLine line : o.lines()) {
        Sku sku = skus.get(line.sku());
        assertThat(sku.supplierId()).isEqualTo(o.supplierId());
        assertThat(line.listPriceCents()).isEqualTo(sku.listPriceCents());
        assertThat(sku.launchedOn())
            .isBeforeOrEqualTo(o.eventTime().atZone(DayContext.ZONE).toLocalDate());
      }
    }
  }

  @Test
  void requestedDeliveryDateIsTheNextDeliveryDayPerTheCalendar() {
    Map<String, DeliveryCalendar> calendars = new HashMap<>();
    for (CutoffCalendar c : world.cutoffCalendars()) {
      calendars.put(c.supplierId() + "/" + c.regionId(), DeliveryCalendar.of(c));
    }
    Map<String, ShopOrderEvent> placed = new HashMap<>();
    for (ShopOrderEvent o : market.orders) {
      DeliveryCalendar calendar = calendars.get(o.supplierId() + "/" + o.regionId());
      assertThat(calendar).isNotNull();
      assertThat(calendar.isDeliveryDay(o.requestedDeliveryDate())).isTrue();
      assertThat(o.latestDeliveryDate())
          .isBetween(o.requestedDeliveryDate(), o.requestedDeliveryDate().plusDays(3));
      if (o.type() == OrderEventType.PLACED) {
        assertThat(o.version()).isEqualTo(1);
        assertThat(calendar.requestedDeliveryDate(o.eventTime()))
            .isEqualTo(o.requestedDeliveryDate());
        placed.put(o.orderId(), o);
      } else {
        ShopOrderEvent original = placed.get(o.orderId());
        assertThat(original).as("change follows its placement").isNotNull();
        assertThat(o.version()).isEqualTo(2);
        assertThat(o.eventTime()).isAfter(original.eventTime());
        assertThat(o.eventTime()).isBefore(calendar.cutoffFor(o.requestedDeliveryDate()));
        assertThat(o.requestedDeliveryDate()).isEqualTo(original.requestedDeliveryDate());
        if (o.type() == OrderEventType.AMENDED) {
          assertThat(o.lines()).isNotEmpty().isNotEqualTo(original.lines());
        } else {
          assertThat(o.lines()).isEmpty();
        }
      }
    }
  }

  @Test
  void someOrdersAreCancelledOrAmended() {
    double placed = market.stats.ordersPlaced();
    assertThat(market.stats.ordersCancelled() / placed).isBetween(0.005, 0.05);
    assertThat(market.stats.ordersAmended() / placed).isBetween(0.01, 0.07);
    // the summary counts what was written, not changes scheduled after the last day
    assertThat(market.stats.ordersCancelled()).isEqualTo(written(OrderEventType.CANCELLED));
    assertThat(market.stats.ordersAmended()).isEqualTo(written(OrderEventType.AMENDED));
  }

  @Test
  void changesDueAfterTheLastDayAreNotCounted() {
    // The small world of the demo (seed 42, 28 days) has one cancellation due after its last
    // day: it used to be counted (603) though only 602 were written.
    java.util.Map<OrderEventType, Long> written = new java.util.EnumMap<>(OrderEventType.class);
    EventSink counting =
        new EventSink() {
          @Override
          public void order(ShopOrderEvent event) {
            written.merge(event.type(), 1L, Long::sum);
          }

          @Override
          public void sale(PosSale sale) {}
        };
    GenerationStats stats =
        new WorldGenerator(Scale.SMALL, 42L, START, 28).generateEvents(counting);
    assertThat(stats.ordersCancelled()).isEqualTo(written.get(OrderEventType.CANCELLED));
    assertThat(stats.ordersAmended()).isEqualTo(written.get(OrderEventType.AMENDED));
  }

  @Test
  void aWorldWithOneSupplierPerCategoryIsBuilt() {
    // 8 suppliers = one per category: building the market used to loop forever looking for a
    // second supplier of a category in every region
    World tiny =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
            java.time.Duration.ofSeconds(30),
            () -> new WorldGenerator(new WorldSize(2, 6, 8, 40, 5, 10, 7), 3L, START, 7).world());
    assertThat(tiny.suppliers()).hasSize(8);
    assertThat(tiny.shops()).hasSize(6);
  }

  private static long written(OrderEventType type) {
    return market.orders.stream().filter(o -> o.type() == type).count();
  }

  @Test
  void stockOutsCensorSales() {
    long stockOuts = 0;
    for (DemandObservation o : market.truth) {
      assertThat(o.sales()).isBetween(0, o.demand());
      if (o.sales() < o.demand()) {
        assertThat(o.stockOut()).isTrue();
      }
      stockOuts += o.stockOut() ? 1 : 0;
    }
    double rate = (double) stockOuts / market.truth.size();
    assertThat(rate).isEqualTo(market.stats.stockOutRate()).isBetween(0.02, 0.20);
    assertThat(market.stats.censoredDays()).isPositive();
  }

  @Test
  void posSalesMatchTheTruthsSales() {
    Map<String, Integer> truthSales = new HashMap<>();
    for (DemandObservation o : market.truth) {
      if (o.sales() > 0) {
        truthSales.put(o.uniqueId() + "@" + o.date(), o.sales());
      }
    }
    assertThat(market.sales).hasSize(truthSales.size());
    for (PosSale s : market.sales) {
      LocalDate day = s.eventTime().atZone(DayContext.ZONE).toLocalDate();
      assertThat(truthSales.get(s.shopId() + "|" + s.sku() + "@" + day)).isEqualTo(s.quantity());
    }
  }

  @Test
  void shopsThatSellMoreOrderMore() {
    Map<String, Integer> pack =
        world.skus().stream().collect(Collectors.toMap(Sku::sku, Sku::packSize));
    Map<String, Double> sold = new HashMap<>();
    Map<String, Double> ordered = new HashMap<>();
    for (PosSale s : market.sales) {
      sold.merge(s.shopId(), (double) s.quantity(), Double::sum);
    }
    for (ShopOrderEvent o : market.orders) {
      if (o.type() == OrderEventType.PLACED) {
        for (OrderLine l : o.lines()) {
          ordered.merge(o.shopId(), (double) l.quantity() * pack.get(l.sku()), Double::sum);
        }
      }
    }
    List<String> shops = sold.keySet().stream().sorted().toList();
    double[] x = shops.stream().mapToDouble(sold::get).toArray();
    double[] y = shops.stream().mapToDouble(s -> ordered.getOrDefault(s, 0.0)).toArray();
    assertThat(correlation(x, y)).isGreaterThan(0.7);
  }

  @Test
  void weekendsSellMoreThanWeekdays() {
    Map<DayOfWeek, Double> demand = new HashMap<>();
    Map<DayOfWeek, Integer> days = new HashMap<>();
    Map<LocalDate, Double> perDay = new HashMap<>();
    for (DemandObservation o : market.truth) {
      perDay.merge(o.date(), (double) o.demand(), Double::sum);
    }
    // Only the weeks before the Spring Festival stock-up starts (it begins 2026-01-26).
    perDay.forEach(
        (day, units) -> {
          if (day.isBefore(LocalDate.of(2026, 1, 26))) {
            demand.merge(day.getDayOfWeek(), units, Double::sum);
            days.merge(day.getDayOfWeek(), 1, Integer::sum);
          }
        });
    double weekend = average(demand, days, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    double weekday =
        average(
            demand,
            days,
            DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY);
    assertThat(weekend / weekday).isGreaterThan(1.1);
  }

  @Test
  void newShopsAndNewSkusOnlySellFromTheirFirstDay() {
    Map<String, Shop> shops = index(world.shops(), Shop::shopId);
    Map<String, Sku> skus = index(world.skus(), Sku::sku);
    assertThat(world.shops().stream().filter(s -> !s.openedOn().isBefore(START))).isNotEmpty();
    assertThat(world.skus().stream().filter(s -> !s.launchedOn().isBefore(START))).isNotEmpty();
    for (PosSale s : market.sales) {
      LocalDate day = s.eventTime().atZone(DayContext.ZONE).toLocalDate();
      assertThat(day).isAfterOrEqualTo(shops.get(s.shopId()).openedOn());
      assertThat(day).isAfterOrEqualTo(skus.get(s.sku()).launchedOn());
    }
  }

  @Test
  void generatingAgainGivesTheSameEvents() {
    TinyMarket again = new TinyMarket(7L, START, 35);
    assertThat(again.all).isEqualTo(market.all);
    TinyMarket other = new TinyMarket(8L, START, 35);
    assertThat(other.all).isNotEqualTo(market.all);
  }

  private static <T> Map<String, T> index(List<T> rows, Function<T, String> key) {
    return rows.stream().collect(Collectors.toMap(key, Function.identity()));
  }

  private static double average(
      Map<DayOfWeek, Double> sums, Map<DayOfWeek, Integer> counts, DayOfWeek... days) {
    double total = 0;
    int n = 0;
    for (DayOfWeek d : days) {
      total += sums.get(d);
      n += counts.get(d);
    }
    return total / n;
  }

  static double correlation(double[] x, double[] y) {
    double mx = 0;
    double my = 0;
    for (int i = 0; i < x.length; i++) {
      mx += x[i] / x.length;
      my += y[i] / y.length;
    }
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxy / Math.sqrt(sxx * syy);
  }
}
