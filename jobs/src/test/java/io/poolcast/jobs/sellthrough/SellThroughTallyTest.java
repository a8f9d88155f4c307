package io.poolcast.jobs.sellthrough;

import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.events.OrderEventType;
import io.poolcast.events.OrderLine;
import io.poolcast.events.SellThroughRow;
import io.poolcast.events.reference.Sku;
import io.poolcast.forecasting.insight.StockLedger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Shop rows, roll-up contributions, sums and the rates recomputed from them; deliveries. */
class SellThroughTallyTest {
  private static final LocalDate DAY = LocalDate.of(2026, 1, 6);
  private static final Instant END = Instant.parse("2026-01-06T16:00:00Z");
  private static final Sku COLA = TinyWorld.world().skus().get(0);

  private static SellThroughRow shopRow(String shop, long delivered, long sold, long value) {
    var day = StockLedger.start().closeDay(delivered, sold, true);
    return SellThroughTally.shopRow(shop, "east-hz", COLA, DAY, day, value, END);
  }

  @Test
  void aShopRowCarriesItsStockDay() {
    SellThroughRow r = shopRow("shop-1", 12, 4, 1_200);
    assertThat(r.level()).isEqualTo(SellThroughRow.SHOP_SKU);
    assertThat(r.supplierId()).isEqualTo("sup-1");
    assertThat(r.category()).isEqualTo("beverages");
    assertThat(r.listedSkus()).isEqualTo(1);
    assertThat(r.sellingSkus()).isEqualTo(1);
    assertThat(r.sellThroughRate()).isEqualTo(1.0);
    assertThat(r.estimatedStockUnits()).isEqualTo(8);
    assertThat(r.averageDailyUnits()).isEqualTo(4.0);
    assertThat(r.daysOfCover()).isEqualTo(2.0);
    assertThat(r.stockOutSkus()).isZero();
  }

  @Test
  void rollUpsAddCountsAndRecomputeRates() {
    // shop-1: 12 in, 4 sold (8 left). shop-2: 6 in, 6 sold (sold out). shop-3: stock unknown,
    // nothing sold. Region × SKU: 3 listed, 2 selling, 1 out, 8 units on hand, 10 sold/day.
    List<SellThroughRow> shops =
        List.of(
            shopRow("shop-1", 12, 4, 1_200),
            shopRow("shop-2", 6, 6, 1_800),
            shopRow("shop-3", 0, 0, 0));
    SellThroughRow sum = null;
    for (SellThroughRow r : shops) {
      SellThroughRow c = SellThroughTally.contribution(r, SellThroughRow.REGION_SKU);
      sum = sum == null ? c : SellThroughTally.add(sum, c);
    }
    SellThroughRow region = SellThroughTally.finish(sum);
    assertThat(region.shopId()).isNull();
    assertThat(region.sku()).isEqualTo("cola");
    assertThat(region.unitsSold()).isEqualTo(10);
    assertThat(region.valueCents()).isEqualTo(3_000);
    assertThat(region.listedSkus()).isEqualTo(3);
    assertThat(region.sellingSkus()).isEqualTo(2);
    assertThat(region.sellThroughRate()).isEqualTo(2 / 3.0);
    assertThat(region.stockKnownSkus()).isEqualTo(2);
    assertThat(region.estimatedStockUnits()).isEqualTo(8);
    assertThat(region.daysOfCover()).isEqualTo(0.8); // 8 / (4 + 6 + 0)
    assertThat(region.stockOutSkus()).isEqualTo(1);
    assertThat(region.stockOutRate()).isEqualTo(1 / 3.0);
  }

  @Test
  void aShopDaysContributionsAddUpAsOnePerRowAndLevel() {
    Sku chips = TinyWorld.world().skus().get(1);
    var chipsDay = StockLedger.start().closeDay(6, 2, true);
    List<SellThroughRow> shopDay =
        List.of(
            shopRow("shop-1", 12, 4, 1_200),
            SellThroughTally.shopRow("shop-1", "east-hz", chips, DAY, chipsDay, 400, END));
    List<SellThroughRow> combined = SellThroughTally.contributions(shopDay);
    assertThat(combined)
        .extracting(r -> r.level() + " " + r.unitsSold())
        .containsExactly(
            "region_sku 4", "region_sku 2", "region_category 4", "region_category 2", "supplier 6");
    java.util.Map<String, SellThroughRow> onePerRow = new java.util.TreeMap<>();
    for (SellThroughRow row : shopDay) {
      for (String level : SellThroughTally.ROLLUPS) {
        SellThroughRow c = SellThroughTally.contribution(row, level);
        onePerRow.merge(SellThroughTally.seriesKey(c), c, SellThroughTally::add);
      }
    }
    java.util.Map<String, SellThroughRow> summed = new java.util.TreeMap<>();
    combined.forEach(c -> summed.merge(SellThroughTally.seriesKey(c), c, SellThroughTally::add));
    assertThat(summed.keySet()).isEqualTo(onePerRow.keySet());
    summed.forEach(
        (series, sum) ->
            assertThat(SellThroughTally.finish(sum))
                .isEqualTo(SellThroughTally.finish(onePerRow.get(series))));
  }

  @Test
  void categoryAndSupplierSumsAreTheirRowsContributionsAddedInRowOrder() {
    java.util.Random random = new java.util.Random(17);
    List<SellThroughRow> shopDay = new java.util.ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Sku sku = TinyWorld.world().skus().get(random.nextInt(TinyWorld.world().skus().size()));
      var ledger = StockLedger.start();
      for (int d = random.nextInt(5); d > 0; d--) { // averages over a few days: thirds, sevenths
        ledger = ledger.closeDay(random.nextInt(9), random.nextInt(9), true).ledger();
      }
      var day = ledger.closeDay(random.nextInt(20), random.nextInt(20), random.nextBoolean());
      shopDay.add(
          SellThroughTally.shopRow("shop-1", "east-hz", sku, DAY, day, random.nextInt(900), END));
    }
    List<SellThroughRow> expected = new java.util.ArrayList<>();
    java.util.Map<String, SellThroughRow> categories = new java.util.LinkedHashMap<>();
    java.util.Map<String, SellThroughRow> suppliers = new java.util.LinkedHashMap<>();
    for (SellThroughRow row : shopDay) {
      expected.add(SellThroughTally.contribution(row, SellThroughRow.REGION_SKU));
      categories.merge(
          row.category(),
          SellThroughTally.contribution(row, SellThroughRow.REGION_CATEGORY),
          SellThroughTally::add);
      suppliers.merge(
          row.supplierId(),
          SellThroughTally.contribution(row, SellThroughRow.SUPPLIER),
          SellThroughTally::add);
    }
    expected.addAll(categories.values());
    expected.addAll(suppliers.values());
    assertThat(categories).hasSizeGreaterThan(1);
    assertThat(SellThroughTally.contributions(shopDay)).isEqualTo(expected); // to the last bit
  }

  @Test
  void eachLevelKeepsOnlyItsKeys() {
    SellThroughRow r = shopRow("shop-1", 12, 4, 1_200);
    SellThroughRow category = SellThroughTally.contribution(r, SellThroughRow.REGION_CATEGORY);
    assertThat(category.supplierId()).isNull();
    assertThat(category.sku()).isNull();
    assertThat(category.kafkaKey()).isEqualTo(SellThroughRow.PLATFORM_KEY);
    SellThroughRow supplier = SellThroughTally.contribution(r, SellThroughRow.SUPPLIER);
    assertThat(supplier.category()).isNull();
    assertThat(supplier.kafkaKey()).isEqualTo("sup-1");
    assertThat(SellThroughTally.seriesKey(supplier))
        .isEqualTo("supplier|east-hz|null|sup-1|null|null|2026-01-06");
  }

  @Test
  void noSalesMeansNoCoverFigure() {
    assertThat(shopRow("shop-3", 5, 0, 0).daysOfCover()).isNull();
    assertThat(shopRow("shop-4", 0, 0, 0).daysOfCover()).isEqualTo(0.0);
  }

  @Test
  void turnoverDaysAreTheSummedAverageStockOverTheSummedAverageSales() {
    // shop-1 over two days: 12 in, 4 sold (8 left), then 2 sold (6 left): average stock 7, sales 3.
    var day1 = StockLedger.start().closeDay(12, 4, true);
    var day2 = day1.ledger().closeDay(0, 2, true);
    SellThroughRow one = SellThroughTally.shopRow("shop-1", "east-hz", COLA, DAY, day2, 600, END);
    assertThat(one.averageStockUnits()).isEqualTo(7.0);
    assertThat(one.turnoverDays()).isEqualTo(7 / 3.0);
    // shop-2: 3 in, nothing sold (stock that does not move): no turnover figure, as for cover.
    SellThroughRow two = shopRow("shop-2", 3, 0, 0);
    assertThat(two.averageStockUnits()).isEqualTo(3.0);
    assertThat(two.turnoverDays()).isNull();
    // shop-3: nothing in, nothing sold: 0 days.
    assertThat(shopRow("shop-3", 0, 0, 0).turnoverDays()).isEqualTo(0.0);
    // Region × SKU: (7 + 3 + 0) / (3 + 0 + 0) = 3.333333 days; no classes on sums.
    SellThroughRow sum = null;
    for (SellThroughRow r : List.of(one, two, shopRow("shop-3", 0, 0, 0))) {
      SellThroughRow c = SellThroughTally.contribution(r, SellThroughRow.REGION_SKU);
      sum = sum == null ? c : SellThroughTally.add(sum, c);
    }
    SellThroughRow region = SellThroughTally.finish(sum);
    assertThat(region.averageStockUnits()).isEqualTo(10.0);
    assertThat(region.averageDailyUnits()).isEqualTo(3.0);
    assertThat(region.turnoverDays()).isEqualTo(10 / 3.0);
    assertThat(region.abcClass()).isNull();
    assertThat(region.xyzClass()).isNull();
  }

  @Test
  void averagesAreRoundedToSixDecimalsBeforeTurnoverIsComputed() {
    // Thirds of a unit are published to 6 decimals, and turnover is their ratio.
    var third = StockLedger.start().closeDay(1, 0, true).ledger();
    third = third.closeDay(0, 0, true).ledger();
    var day = third.closeDay(0, 1, true); // stock 1, 1, 0 → 2/3; sold 0, 0, 1 → 1/3
    SellThroughRow r = SellThroughTally.shopRow("shop-1", "east-hz", COLA, DAY, day, 100, END);
    assertThat(r.averageStockUnits()).isEqualTo(0.666667);
    assertThat(r.averageDailyUnits()).isEqualTo(0.333333);
    assertThat(r.turnoverDays()).isEqualTo(0.666667 / 0.333333);
  }

  @Test
  void theLatestNonCancelledVersionIsDeliveredOnItsRequestedDay() {
    LocalDate d = LocalDate.of(2026, 1, 6);
    var placed =
        TinyWorld.order(
            "o1",
            1,
            OrderEventType.PLACED,
            "shop-1",
            0,
            "19:00",
            d,
            new OrderLine("cola", 2, 3000));
    var amended =
        TinyWorld.order(
            "o1",
            2,
            OrderEventType.AMENDED,
            "shop-1",
            0,
            "19:10",
            d,
            new OrderLine("cola", 1, 3000),
            new OrderLine("chips", 3, 1200));
    assertThat(OrderDeliveries.latest(null, placed)).isSameAs(placed);
    assertThat(OrderDeliveries.latest(placed, amended)).isSameAs(amended);
    assertThat(OrderDeliveries.latest(amended, placed)).isSameAs(amended); // stale replay
    var cancelled = TinyWorld.order("o2", 2, OrderEventType.CANCELLED, "shop-1", 0, "19:20", d);
    var other =
        TinyWorld.order(
            "o3",
            1,
            OrderEventType.PLACED,
            "shop-1",
            0,
            "19:30",
            d.plusDays(1),
            new OrderLine("cola", 9, 3000));
    assertThat(
            OrderDeliveries.unitsArriving(
                List.of(amended, cancelled, other), d, sku -> sku.equals("cola") ? 12 : 6))
        .containsOnly(java.util.Map.entry("chips", 18L), java.util.Map.entry("cola", 12L));
  }
}
