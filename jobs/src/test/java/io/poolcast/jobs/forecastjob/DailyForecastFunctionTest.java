package io.poolcast.jobs.forecastjob;

import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.connectors.kafka.DeadLetters;
import io.poolcast.events.DeadLetter;
import io.poolcast.events.DeadLetterReason;
import io.poolcast.events.DemandForecast;
import io.poolcast.events.PosSale;
import io.poolcast.forecasting.daily.ForecastEligibility;
import io.poolcast.jobs.flink.RegionZones;
import io.poolcast.jobs.flink.StageKey;
import java.time.LocalDate;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.api.operators.ProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/** Day close, late sales and restore from a snapshot, driven by explicit watermarks. */
class DailyForecastFunctionTest {
  private static final RegionZones ZONES = RegionZones.of(ForecastTestWorld.WORLD);
  private static final LocalDate START = ForecastTestWorld.START;

  private static KeyedOneInputStreamOperatorTestHarness<String, SeriesDemand, DemandForecast>
      harness(OperatorSubtaskState restoreFrom) throws Exception {
    var h =
        new KeyedOneInputStreamOperatorTestHarness<>(
            new KeyedProcessOperator<>(
                new DailyForecastFunction<>(
                    ZONES,
                    SkuCatalog.of(ForecastTestWorld.WORLD),
                    ForecastModelSpec.auto(),
                    ForecastEligibility.DEFAULT,
                    null,
                    StageKey.byId())),
            new ForecastJob.BySeries(),
            Types.STRING);
    if (restoreFrom != null) {
      h.initializeState(restoreFrom);
    }
    h.open();
    return h;
  }

  private static void sell(
      KeyedOneInputStreamOperatorTestHarness<String, SeriesDemand, DemandForecast> h, int day)
      throws Exception {
    LocalDate d = START.plusDays(day);
    SeriesDemand s =
        new SeriesDemand(
            "east|sku-1",
            d,
            3 + day % 2,
            d.atTime(10, 0).atZone(ForecastTestWorld.SHANGHAI).toInstant());
    h.processElement(s, s.eventTime().toEpochMilli());
  }

  private static long closeOf(int day) {
    return SaleSeries.closeTimer(START.plusDays(day), ForecastTestWorld.SHANGHAI);
  }

  @Test
  void aClosedDayRefreshesTheSeriesOnceAndTheStateSurvivesASnapshot() throws Exception {
    var h = harness(null);
    for (int d = 0; d < 10; d++) {
      sell(h, d);
    }
    h.processWatermark(closeOf(8));
    List<DemandForecast> out = h.extractOutputValues();
    // region series are forecast from their 7th day: days 6, 7 and 8 closed with sales
    assertThat(out).hasSize(3 * 30);
    assertThat(out.stream().map(DemandForecast::issuedOn).distinct())
        .containsExactly(START.plusDays(6), START.plusDays(7), START.plusDays(8));
    assertThat(out)
        .allSatisfy(r -> assertThat(r.modelCardId()).isEqualTo(ForecastModelSpec.auto().cardId()));

    OperatorSubtaskState snapshot = h.snapshot(1L, 1L);
    h.close();
    var restored = harness(snapshot);
    restored.processWatermark(closeOf(9));
    List<DemandForecast> after = restored.extractOutputValues();
    assertThat(after).hasSize(30);
    assertThat(after.get(0).issuedOn()).isEqualTo(START.plusDays(9));
    assertThat(after.get(0).note()).isNull();
    restored.close();
  }

  @Test
  void aSeriesIdleForTheWholeWindowIsDropped() throws Exception {
    var h = harness(null);
    sell(h, 0);
    h.processWatermark(closeOf(0));
    assertThat(h.numKeyedStateEntries()).isPositive();
    h.processWatermark(closeOf(182));
    assertThat(h.numKeyedStateEntries()).isZero();
    h.close();
  }

  @Test
  void aSaleForAClosedDayIsOneDeadLetter() throws Exception {
    var h =
        new OneInputStreamOperatorTestHarness<>(
            new ProcessOperator<>(
                new SaleToSeriesFunction(
                    ZONES,
                    SkuCatalog.of(ForecastTestWorld.WORLD),
                    ShopIds.of(ForecastTestWorld.WORLD))));
    h.open();
    PosSale onTime = ForecastTestWorld.sale("shop-1", "east", "sku-1", START.plusDays(3), 9, 2);
    PosSale late = ForecastTestWorld.sale("shop-1", "east", "sku-1", START.plusDays(1), 22, 2);
    PosSale unknown = ForecastTestWorld.sale("shop-1", "east", "sku-404", START.plusDays(3), 9, 2);
    PosSale stranger = ForecastTestWorld.sale("shop-404", "east", "sku-1", START.plusDays(3), 9, 2);
    h.processWatermark(closeOf(1));
    h.processElement(onTime, onTime.eventTime().toEpochMilli());
    h.processElement(late, late.eventTime().toEpochMilli());
    h.processElement(unknown, unknown.eventTime().toEpochMilli());
    h.processElement(stranger, stranger.eventTime().toEpochMilli());
    assertThat(h.extractOutputValues())
        .extracting(SeriesDemand::seriesId)
        .containsExactly("east|sku-1", "east|shop-1|sku-1");
    assertThat(h.getSideOutput(DeadLetters.TAG))
        .extracting(r -> ((DeadLetter) r.getValue()).reason())
        .containsExactly(
            DeadLetterReason.TOO_LATE,
            DeadLetterReason.UNKNOWN_REFERENCE,
            DeadLetterReason.UNKNOWN_REFERENCE);
    h.close();
  }
}
