package io.poolcast.jobs.replenishment;

import static io.poolcast.jobs.replenishment.ReplenishmentTestWorld.THU;
import static io.poolcast.jobs.replenishment.ReplenishmentTestWorld.closeOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.poolcast.connectors.kafka.DeadLetters;
import io.poolcast.events.DeadLetterReason;
import io.poolcast.events.ReplenishmentSuggestion;
import io.poolcast.events.reference.Sku;
import io.poolcast.jobs.pooling.WorldSnapshot;
import java.time.LocalDate;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/**
 * Cola (12 a case) on Thursday: forecast 5 a day with p90 8 (σ = 3 / z(0.9) = 2.3409 a day), 3 on
 * the shelf, one case (12) on the way for Friday; 3 days to cover, 4 cycle days, p80 (z = 0.8416).
 */
class ReplenishFunctionTest {
  private static KeyedOneInputStreamOperatorTestHarness<String, ShelfInput, ReplenishmentSuggestion>
      harness() throws Exception {
    var h =
        new KeyedOneInputStreamOperatorTestHarness<>(
            new KeyedProcessOperator<>(
                new ReplenishFunction(WorldSnapshot.of(ReplenishmentTestWorld.world()), 0.8, 4)),
            new ShelfInputs.ByShopSku(),
            Types.STRING);
    h.open();
    return h;
  }

  private static final Sku COLA = ReplenishmentTestWorld.world().skus().get(0);

  private static ShelfInput stock(LocalDate day, long units) {
    return ShelfInput.stock("shop-1", "east-hz", COLA, day, units, closeOf(day));
  }

  private static ShelfInput forecast(LocalDate issued, int step) {
    return ShelfInput.forecastDay(
        "shop-1", "east-hz", COLA, issued, step, 5, 8, "card-" + issued, closeOf(issued));
  }

  private static ShelfInput onOrder(String id, LocalDate delivery, long units, long placedAt) {
    return onOrder(id, 1, delivery, units, placedAt);
  }

  private static ShelfInput onOrder(
      String id, int version, LocalDate delivery, long units, long placedAt) {
    return ShelfInput.onOrder("shop-1", "east-hz", COLA, delivery, units, id, version, placedAt);
  }

  /** Local time of a day in the shop's zone, epoch milliseconds. */
  private static long at(LocalDate day, int hour) {
    return day.atTime(hour, 0).atZone(ReplenishmentTestWorld.ZONE).toInstant().toEpochMilli();
  }

  private static void feed(
      KeyedOneInputStreamOperatorTestHarness<String, ShelfInput, ReplenishmentSuggestion> h,
      ShelfInput in)
      throws Exception {
    h.processElement(in, in.timestamp());
  }

  private static void feedForecast(
      KeyedOneInputStreamOperatorTestHarness<String, ShelfInput, ReplenishmentSuggestion> h,
      LocalDate issued)
      throws Exception {
    for (int step = 1; step <= ForecastDays.HORIZON; step++) {
      feed(h, forecast(issued, step));
    }
  }

  @Test
  void suggestsOnceTheDayHasClosedWithItsStockAndForecastIn() throws Exception {
    var h = harness();
    feed(h, onOrder("o1", THU.plusDays(1), 12, closeOf(THU.minusDays(1)) - 3_600_000));
    feed(h, stock(THU, 3));
    feedForecast(h, THU);
    assertThat(h.extractOutputValues()).isEmpty(); // orders of the day may still come
    h.processWatermark(new Watermark(closeOf(THU) - 1));
    assertThat(h.extractOutputValues()).isEmpty();
    h.processWatermark(new Watermark(closeOf(THU)));

    List<ReplenishmentSuggestion> out = h.extractOutputValues();
    assertThat(out).hasSize(1);
    ReplenishmentSuggestion s = out.get(0);
    // reorder point = 15 + 0.8416·√3·2.3409 = 18.41 > position 3 + 12 = 15: order up to
    // 35 + 0.8416·√7·2.3409 = 40.21 over 3 + 4 days: ⌈(40.21 − 15) / 12⌉ = 3 cases.
    assertThat(s.onOrderUnits()).isEqualTo(12);
    assertThat(s.daysToCover()).isEqualTo(3);
    assertThat(s.targetUnits()).isCloseTo(40.21, within(0.01));
    assertThat(s.cases()).isEqualTo(3);
    assertThat(s.units()).isEqualTo(36);
    assertThat(s.deliveryDate()).isEqualTo(THU.plusDays(2));
    assertThat(s.modelCardId()).isEqualTo("card-" + THU);
    // 51 units cover 9 days (45 + 0.8416·3·2.3409 = 50.91), not 10 (56.23).
    assertThat(s.daysCovered()).isEqualTo(9);
    assertThat(s.explanation())
        .isEqualTo(
            "3 cases of 12: stock 3 + on order 12 + 36 units covers 9 days at p80 demand"
                + " (needed 3 + 4 days: 40.2 units)");

    h.processWatermark(new Watermark(closeOf(THU) + ReplenishFunction.GRACE_MS));
    assertThat(h.extractOutputValues()).hasSize(1); // made once
  }

  @Test
  void anOrderOfTheDayArrivingAfterTheStockAndForecastIsOnOrder() throws Exception {
    var h = harness();
    feed(h, stock(THU, 3));
    feedForecast(h, THU);
    feed(h, onOrder("o1", THU.plusDays(1), 12, at(THU, 19)));
    // Amended on Friday morning, after Thursday's close: not what was on order at the close.
    feed(h, onOrder("o1", 2, THU.plusDays(1), 36, at(THU.plusDays(1), 8)));
    // Placed at the close itself, as this job places its own orders: for the next day on.
    feed(h, onOrder("r-1", THU.plusDays(2), 24, closeOf(THU)));
    h.processWatermark(new Watermark(closeOf(THU)));

    List<ReplenishmentSuggestion> out = h.extractOutputValues();
    assertThat(out).hasSize(1);
    assertThat(out.get(0).onOrderUnits()).isEqualTo(12);
    assertThat(out.get(0).cases()).isEqualTo(3); // as with the case known in time, above
  }

  @Test
  void aDayClosedBeforeItsRowsCameIsSuggestedOnItsLastRow() throws Exception {
    var h = harness();
    feed(h, onOrder("o1", THU.plusDays(1), 12, at(THU, 19)));
    h.processWatermark(new Watermark(closeOf(THU) + 600_000)); // the orders are past midnight
    feed(h, stock(THU, 3));
    for (int step = 1; step < ForecastDays.HORIZON; step++) {
      feed(h, forecast(THU, step));
    }
    assertThat(h.extractOutputValues()).isEmpty(); // one forecast day missing
    feed(h, forecast(THU, ForecastDays.HORIZON));

    assertThat(h.extractOutputValues())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.onOrderUnits()).isEqualTo(12);
              assertThat(s.cases()).isEqualTo(3);
            });
    h.processWatermark(new Watermark(closeOf(THU) + ReplenishFunction.GRACE_MS));
    assertThat(h.extractOutputValues()).hasSize(1);
  }

  @Test
  void withoutANewForecastTheDayClosesOnTheLastOne() throws Exception {
    var h = harness();
    feedForecast(h, THU);
    // Friday: the Friday delivery is in the stock, nothing is on the way, no Friday forecast.
    feed(h, onOrder("o1", THU.plusDays(1), 12, closeOf(THU.minusDays(1)) - 3_600_000));
    feed(h, stock(THU.plusDays(1), 20));
    assertThat(h.extractOutputValues()).isEmpty();
    h.processWatermark(new Watermark(closeOf(THU.plusDays(1)) + ReplenishFunction.GRACE_MS));

    List<ReplenishmentSuggestion> out = h.extractOutputValues();
    assertThat(out).hasSize(1);
    ReplenishmentSuggestion s = out.get(0);
    // Friday: 2 days to cover (Monday's delivery); reorder point 10 + 0.8416·√2·2.3409 = 12.79
    // ≤ 20: no order. 20 units cover 3 days at p80 (18.41), not 4 (23.94).
    assertThat(s.forecastIssuedOn()).isEqualTo(THU);
    assertThat(s.onOrderUnits()).isZero();
    assertThat(s.cases()).isZero();
    assertThat(s.daysCovered()).isEqualTo(3);
    assertThat(s.explanation())
        .isEqualTo(
            "no order: stock 20 + on order 0 covers 3 days at p80 demand (needed 2 days: 12.8 units)");
  }

  @Test
  void rowsOfAClosedDayAreDeadLettersAndNoForecastMeansNoSuggestion() throws Exception {
    var h = harness();
    feed(h, stock(THU, 3));
    h.processWatermark(new Watermark(closeOf(THU) + ReplenishFunction.GRACE_MS));
    assertThat(h.extractOutputValues()).isEmpty(); // no forecast: nothing to suggest from
    feed(h, stock(THU, 4));
    feed(h, forecast(THU, 1));

    assertThat(h.extractOutputValues()).isEmpty();
    assertThat(h.getSideOutput(DeadLetters.TAG))
        .hasSize(2)
        .allSatisfy(r -> assertThat(r.getValue().reason()).isEqualTo(DeadLetterReason.TOO_LATE));
  }
}
