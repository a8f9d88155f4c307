package io.poolcast.forecasting.daily;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ForecastEligibilityTest {
  private static final LocalDate D = LocalDate.of(2026, 1, 5);
  private static final ForecastEligibility RULE = ForecastEligibility.DEFAULT;

  /** A series selling every {@code every} days over {@code days} days from D. */
  private static DemandHistory selling(int days, int every) {
    DemandHistory h = DemandHistory.start(D, 1);
    for (int d = every; d < days; d += every) {
      h = h.add(D.plusDays(d), 1);
    }
    return h;
  }

  @Test
  void aRegionSeriesIsForecastFromItsSeventhDay() {
    SeriesKey key = SeriesKey.regionSku("r", "a");
    assertThat(RULE.forecasts(key, selling(7, 1), D.plusDays(5))).isFalse();
    assertThat(RULE.forecasts(key, selling(7, 1), D.plusDays(6))).isTrue();
  }

  @Test
  void aShopSeriesNeedsFourWeeksAndFourSellingDaysInThem() {
    SeriesKey key = SeriesKey.shopSku("r", "s", "a");
    assertThat(RULE.forecasts(key, selling(28, 1), D.plusDays(26))).as("27 days").isFalse();
    assertThat(RULE.forecasts(key, selling(28, 1), D.plusDays(27))).as("28 days").isTrue();
    // sales on days 0, 9, 18, 27: four selling days in the 28 days up to day 27
    assertThat(RULE.forecasts(key, selling(28, 9), D.plusDays(27))).isTrue();
    // sales on days 0, 10, 20: three
    assertThat(RULE.forecasts(key, selling(28, 10), D.plusDays(27))).isFalse();
  }

  @Test
  void seriesIdsRoundTrip() {
    assertThat(SeriesKey.parse("east|shop-1|sku-9"))
        .isEqualTo(SeriesKey.shopSku("east", "shop-1", "sku-9"));
    assertThat(SeriesKey.parse(SeriesKey.regionSku("east", "sku-9").id()))
        .isEqualTo(SeriesKey.regionSku("east", "sku-9"));
    assertThat(SeriesKey.regionSku("east", "sku-9").attributes())
        .containsEntry("level", SeriesKey.REGION_SKU)
        .doesNotContainKey("shop");
  }
}
