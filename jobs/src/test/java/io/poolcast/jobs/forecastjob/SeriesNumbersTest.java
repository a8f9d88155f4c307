package io.poolcast.jobs.forecastjob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.poolcast.forecasting.daily.SeriesKey;
import io.poolcast.jobs.flink.FlinkEnvironments;
import io.poolcast.jobs.flink.StageKey;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.flink.api.common.typeinfo.Types;
import org.junit.jupiter.api.Test;

/** A BATCH run numbers each series exactly: every series gets its own number and its id back. */
class SeriesNumbersTest {
  @Test
  void everySeriesOfTheWorldHasItsOwnNumberAndItsIdBack() {
    SeriesNumbers numbers = SeriesNumbers.of(ForecastTestWorld.WORLD);
    Set<Long> seen = new HashSet<>();
    for (var region : ForecastTestWorld.WORLD.regions()) {
      for (var sku : ForecastTestWorld.WORLD.skus()) {
        List<SeriesKey> keys = new java.util.ArrayList<>();
        keys.add(SeriesKey.regionSku(region.regionId(), sku.sku()));
        ForecastTestWorld.WORLD
            .shops()
            .forEach(s -> keys.add(SeriesKey.shopSku(region.regionId(), s.shopId(), sku.sku())));
        for (SeriesKey key : keys) {
          long number = numbers.of(key.id());
          assertThat(numbers.id(number)).isEqualTo(key.id());
          assertThat(seen.add(number)).as(key.id()).isTrue();
        }
      }
    }
  }

  @Test
  void aSeriesOfUnknownReferenceDataHasNoNumber() {
    SeriesNumbers numbers = SeriesNumbers.of(ForecastTestWorld.WORLD);

    assertThatThrownBy(() -> numbers.of("east|shop-404|sku-1"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("east|shop-404|sku-1");
  }

  @Test
  void onlyABatchRunKeysByNumber() {
    StageKey<?> batch =
        StageKey.forMode(
            FlinkEnvironments.localBounded(1), () -> SeriesNumbers.of(ForecastTestWorld.WORLD));

    assertThat(batch.type()).isEqualTo(Types.LONG);
    assertThat(StageKey.byId().type()).isEqualTo(Types.STRING);
    assertThat(StageKey.byId().of("east|sku-1")).isEqualTo("east|sku-1");
  }
}
