package io.poolcast.jobs.sellthrough;

import static io.poolcast.jobs.sellthrough.TinyWorld.DAY1;
import static io.poolcast.jobs.sellthrough.TinyWorld.endOf;
import static io.poolcast.jobs.sellthrough.TinyWorld.order;
import static io.poolcast.jobs.sellthrough.TinyWorld.sale;
import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.connectors.kafka.DeadLetters;
import io.poolcast.events.DeadLetterReason;
import io.poolcast.events.OrderEventType;
import io.poolcast.events.OrderLine;
import io.poolcast.events.PosSale;
import io.poolcast.events.SellThroughRow;
import io.poolcast.events.ShopOrderEvent;
import io.poolcast.jobs.flink.StageKey;
import io.poolcast.jobs.pooling.WorldSnapshot;
import java.time.Instant;
import java.time.ZoneId;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.co.KeyedCoProcessOperator;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/** A shop's days close at the region's midnight, with deliveries, stock and the late rule. */
class ShopStockFunctionTest {
  private static final SaleNumbers NUMBERS = new SaleNumbers(TinyWorld.world());

  private static KeyedTwoInputStreamOperatorTestHarness<
          String, ShopDaySales, ShopOrderEvent, SellThroughRow>
      harness() throws Exception {
    return harness(DayBounds.LIVE);
  }

  private static KeyedTwoInputStreamOperatorTestHarness<
          String, ShopDaySales, ShopOrderEvent, SellThroughRow>
      harness(DayBounds bounds) throws Exception {
    var h =
        new KeyedTwoInputStreamOperatorTestHarness<>(
            new KeyedCoProcessOperator<>(
                new ShopStockFunction<>(
                    WorldSnapshot.of(TinyWorld.world()), bounds, StageKey.byId())),
            s -> NUMBERS.shopId(s.shop()),
            ShopOrderEvent::shopId,
            Types.STRING);
    h.open();
    return h;
  }

  private static void feedSale(
      KeyedTwoInputStreamOperatorTestHarness<String, ShopDaySales, ShopOrderEvent, SellThroughRow>
          h,
      PosSale s)
      throws Exception {
    int day =
        Math.toIntExact(
            s.eventTime().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate().toEpochDay());
    ShopDaySales numbered =
        ShopDaySales.of(
            NUMBERS.shop(s.shopId()), day, NUMBERS.sku(s.sku()), s.quantity(), s.valueCents(), s);
    h.processElement1(numbered, s.eventTime().toEpochMilli());
  }

  private static void feedOrder(
      KeyedTwoInputStreamOperatorTestHarness<String, ShopDaySales, ShopOrderEvent, SellThroughRow>
          h,
      ShopOrderEvent o)
      throws Exception {
    h.processElement2(o, o.eventTime().toEpochMilli());
  }

  private static void watermark(
      KeyedTwoInputStreamOperatorTestHarness<String, ShopDaySales, ShopOrderEvent, SellThroughRow>
          h,
      Instant at)
      throws Exception {
    h.processBothWatermarks(
        new org.apache.flink.streaming.api.watermark.Watermark(at.toEpochMilli()));
  }

  @Test
  void deliveriesOfTheLatestVersionMinusSalesDayByDay() throws Exception {
    var h = harness();
    // Day 0 evening: order 2 cases of cola and 1 of chips for day 1, then amend cola to 1 case; a
    // second order is cancelled. Day 0 sells 3 colas (stock unknown yet).
    feedSale(h, sale("shop-1", "cola", 0, "10:00", 3));
    feedOrder(
        h,
        order(
            "o1",
            1,
            OrderEventType.PLACED,
            "shop-1",
            0,
            "19:00",
            DAY1.plusDays(1),
            new OrderLine("cola", 2, 3000),
            new OrderLine("chips", 1, 1200)));
    feedOrder(
        h,
        order(
            "o1",
            2,
            OrderEventType.AMENDED,
            "shop-1",
            0,
            "19:30",
            DAY1.plusDays(1),
            new OrderLine("cola", 1, 3000),
            new OrderLine("chips", 1, 1200)));
    feedOrder(
        h,
        order(
            "o2",
            1,
            OrderEventType.PLACED,
            "shop-1",
            0,
            "19:40",
            DAY1.plusDays(1),
            new OrderLine("cola", 5, 3000)));
    feedOrder(h, order("o2", 2, OrderEventType.CANCELLED, "shop-1", 0, "19:50", DAY1.plusDays(1)));
    watermark(h, endOf(0));
    assertThat(h.extractOutputValues())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.sku()).isEqualTo("cola");
              assertThat(r.unitsSold()).isEqualTo(3);
              assertThat(r.valueCents()).isEqualTo(900);
              assertThat(r.stockKnownSkus()).isZero();
              assertThat(r.stockOutSkus()).isZero();
            });

    // Day 1: 12 colas and 6 chips arrive; 5 colas and all 6 chips sell → chips sold out.
    feedSale(h, sale("shop-1", "cola", 1, "09:00", 5));
    feedSale(h, sale("shop-1", "chips", 1, "12:00", 6));
    // Day 2: 7 colas sell → 0 left, sold out; chips: empty shelf all day.
    feedSale(h, sale("shop-1", "cola", 2, "09:00", 7));
    watermark(h, endOf(2));
    var rows = h.extractOutputValues();
    assertThat(rows).hasSize(5);
    SellThroughRow chips1 = row(rows, "chips", 1);
    assertThat(chips1.deliveredUnits()).isEqualTo(6);
    assertThat(chips1.estimatedStockUnits()).isZero();
    assertThat(chips1.stockOutSkus()).isEqualTo(1);
    SellThroughRow cola1 = row(rows, "cola", 1);
    assertThat(cola1.deliveredUnits()).isEqualTo(12);
    assertThat(cola1.estimatedStockUnits()).isEqualTo(7);
    assertThat(cola1.stockOutSkus()).isZero();
    assertThat(cola1.averageDailyUnits()).isEqualTo(4.0); // (3 + 5) / 2
    assertThat(cola1.daysOfCover()).isEqualTo(1.75);
    assertThat(cola1.averageStockUnits()).isEqualTo(3.5); // closing (0 + 7) / 2
    assertThat(cola1.turnoverDays()).isEqualTo(0.875); // 3.5 / 4
    assertThat(cola1.sellThroughRate()).isEqualTo(1.0);
    assertThat(row(rows, "cola", 2).stockOutSkus()).isEqualTo(1);
    SellThroughRow chips2 = row(rows, "chips", 2);
    assertThat(chips2.unitsSold()).isZero();
    assertThat(chips2.sellThroughRate()).isZero();
    assertThat(chips2.stockOutSkus()).isEqualTo(1);
    assertThat(chips2.closedAt()).isEqualTo(endOf(2));
    h.close();
  }

  @Test
  void aSaleOfAClosedDayAndAnOrderForAClosedDeliveryDayAreDeadLetters() throws Exception {
    var h = harness();
    feedSale(h, sale("shop-1", "cola", 0, "10:00", 1));
    watermark(h, endOf(1));
    int rowsBefore = h.extractOutputValues().size();
    feedSale(h, sale("shop-1", "cola", 1, "23:59", 2));
    feedOrder(
        h,
        order(
            "o9",
            1,
            OrderEventType.PLACED,
            "shop-1",
            1,
            "20:00",
            DAY1.plusDays(1),
            new OrderLine("cola", 1, 3000)));
    assertThat(h.extractOutputValues()).hasSize(rowsBefore);
    assertThat(h.getSideOutput(DeadLetters.TAG))
        .extracting(r -> r.getValue().reason())
        .containsExactly(DeadLetterReason.TOO_LATE, DeadLetterReason.TOO_LATE);
    // The late sale's dead letter carries the sale as it came, not its numbers.
    assertThat(h.getSideOutput(DeadLetters.TAG).peek().getValue().payload())
        .contains("\"sale_id\":\"s-shop-1-cola-1-23:59\"");
    h.close();
  }

  @Test
  void aDayWithoutEventsStillClosesWithOneRowPerListedSku() throws Exception {
    var h = harness();
    feedSale(h, sale("shop-1", "cola", 0, "10:00", 1));
    feedSale(h, sale("shop-1", "chips", 0, "11:00", 1));
    watermark(h, endOf(3));
    assertThat(h.extractOutputValues())
        .extracting(r -> r.date().toString() + " " + r.sku())
        .containsExactly(
            "2026-01-05 chips", "2026-01-05 cola",
            "2026-01-06 chips", "2026-01-06 cola",
            "2026-01-07 chips", "2026-01-07 cola",
            "2026-01-08 chips", "2026-01-08 cola");
    h.close();
  }

  @Test
  void eachClosedDaySendsItsRollUpContributionsToTheSideOutput() throws Exception {
    var h = harness();
    feedSale(h, sale("shop-1", "cola", 0, "10:00", 2));
    feedSale(h, sale("shop-1", "chips", 0, "11:00", 1));
    watermark(h, endOf(1));
    assertThat(h.getSideOutput(ShopStockFunction.CONTRIBUTIONS))
        .extracting(r -> r.getValue())
        .extracting(r -> r.date() + " " + r.level() + " " + r.unitsSold())
        .containsExactly(
            "2026-01-05 region_sku 1", // chips
            "2026-01-05 region_sku 2", // cola
            "2026-01-05 region_category 1", // snacks (chips comes first)
            "2026-01-05 region_category 2", // beverages
            "2026-01-05 supplier 3", // sup-1 sells both
            "2026-01-06 region_sku 0",
            "2026-01-06 region_sku 0",
            "2026-01-06 region_category 0",
            "2026-01-06 region_category 0",
            "2026-01-06 supplier 0");
    h.close();
  }

  @Test
  void rowsBeforeTheFirstDayToEmitAreLeftOutButTheirDaysStillCount() throws Exception {
    var live = harness();
    var bounded = harness(new DayBounds(null, DAY1.plusDays(2), null));
    for (var h : java.util.List.of(live, bounded)) {
      feedOrder(
          h,
          order(
              "o1",
              1,
              OrderEventType.PLACED,
              "shop-1",
              0,
              "19:00",
              DAY1.plusDays(1),
              new OrderLine("cola", 2, 3000)));
      feedSale(h, sale("shop-1", "cola", 1, "10:00", 5));
      feedSale(h, sale("shop-1", "cola", 2, "10:00", 3));
      watermark(h, endOf(3));
    }
    var fromDay2 =
        live.extractOutputValues().stream().filter(r -> !r.date().isBefore(DAY1.plusDays(2)));
    assertThat(bounded.extractOutputValues()).containsExactlyElementsOf(fromDay2.toList());
    assertThat(bounded.extractOutputValues())
        .extracting(r -> r.date().toString())
        .containsExactly("2026-01-07", "2026-01-08");
    assertThat(bounded.getSideOutput(ShopStockFunction.CONTRIBUTIONS))
        .extracting(r -> r.getValue().date().toString())
        .allMatch(d -> d.compareTo("2026-01-07") >= 0);
    live.close();
    bounded.close();
  }

  @Test
  void daysOnlyClassifiedGiveTheirRegionSkuContributionsAlone() throws Exception {
    var live = harness();
    var bounded = harness(new DayBounds(DAY1.plusDays(1), DAY1.plusDays(2), null));
    for (var h : java.util.List.of(live, bounded)) {
      feedSale(h, sale("shop-1", "cola", 0, "10:00", 2));
      feedSale(h, sale("shop-1", "chips", 1, "10:00", 1));
      feedSale(h, sale("shop-1", "cola", 2, "10:00", 3));
      watermark(h, endOf(3));
    }
    assertThat(bounded.extractOutputValues())
        .extracting(r -> r.date().toString())
        .containsOnly("2026-01-07", "2026-01-08");
    var fromDay1 =
        live.getSideOutput(ShopStockFunction.CONTRIBUTIONS).stream()
            .map(r -> r.getValue())
            .filter(r -> !r.date().isBefore(DAY1.plusDays(1)))
            .filter(r -> r.date().isAfter(DAY1.plusDays(1)) || r.level().equals("region_sku"));
    assertThat(bounded.getSideOutput(ShopStockFunction.CONTRIBUTIONS))
        .extracting(r -> r.getValue())
        .containsExactlyElementsOf(fromDay1.toList());
    assertThat(bounded.getSideOutput(ShopStockFunction.CONTRIBUTIONS))
        .extracting(r -> r.getValue().date() + " " + r.getValue().level())
        .contains("2026-01-06 region_sku")
        .doesNotContain("2026-01-06 region_category", "2026-01-06 supplier");
    live.close();
    bounded.close();
  }

  private static SellThroughRow row(java.util.List<SellThroughRow> rows, String sku, int day) {
    return rows.stream()
        .filter(r -> r.sku().equals(sku) && r.date().equals(DAY1.plusDays(day)))
        .findFirst()
        .orElseThrow();
  }
}
