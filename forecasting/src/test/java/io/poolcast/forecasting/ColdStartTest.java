package io.poolcast.forecasting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.poolcast.forecasting.data.Frequency;
import io.poolcast.forecasting.data.Series;
import io.poolcast.forecasting.data.SeriesFrame;
import io.poolcast.forecasting.models.SeasonalNaive;
import io.poolcast.forecasting.uncertainty.CalibrationSettings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColdStartTest {
  private static final LocalDate START = LocalDate.of(2024, 1, 1); // a Monday
  private static final double[] WEEKDAY = {1.0, 0.8, 0.8, 0.9, 1.1, 1.6, 1.8};

  private static Series exact(String id, LocalDate start, int n, double level, String cat) {
    double[] y = new double[n];
    for (int t = 0; t < n; t++) {
      y[t] = level * WEEKDAY[start.plusDays(t).getDayOfWeek().getValue() - 1];
    }
    return new Series(id, start, Frequency.DAILY, y, Map.of("category", cat, "region", "north"));
  }

  @Test
  void shortSeriesGetTheirGroupProfileWithAReason() {
    List<Series> series = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      series.add(exact("food" + i, START, 84, 10, "food"));
    }
    series.add(exact("drink0", START, 84, 100, "drink"));
    LocalDate newStart = START.plusDays(79);
    series.add(
        new Series(
            "newFood",
            newStart,
            Frequency.DAILY,
            new double[] {50, 50, 50, 50, 50},
            Map.of("category", "food", "region", "north")));
    series.add(
        new Series(
            "newToy",
            newStart,
            Frequency.DAILY,
            new double[] {1, 2, 3, 4, 5},
            Map.of("category", "toys", "region", "east")));
    Forecaster fc =
        new Forecaster(List.of(new SeasonalNaive()), Frequency.DAILY, 1, 1)
            .withCalibration(new CalibrationSettings(2, 7, 5));
    ForecastResult result =
        new ColdStart(28, List.of("category", "region"))
            .forecast(fc, new SeriesFrame(series), 14, new double[] {0.1, 0.5, 0.9});

    assertThat(result.rows()).hasSize(7 * 14);
    List<ForecastRow> food =
        result.rows().stream().filter(r -> r.uniqueId().equals("newFood")).toList();
    assertThat(food.get(0).ds()).isEqualTo(newStart.plusDays(5));
    for (ForecastRow r : food) {
      double expected = 10 * WEEKDAY[r.ds().getDayOfWeek().getValue() - 1];
      assertThat(r.mean()).isCloseTo(expected, within(1e-9)); // not its own 50 a day
      assertThat(r.quantiles()[0]).isCloseTo(expected, within(1e-9)); // exact profile: no spread
      assertThat(r.fallbackReason())
          .isEqualTo(
              "cold start: 5 observations < 28; profile of category=food/region=north (4 series)");
    }
    ForecastRow toy =
        result.rows().stream().filter(r -> r.uniqueId().equals("newToy")).findFirst().orElseThrow();
    assertThat(toy.fallbackReason()).endsWith("profile of all series (5 series)");
    assertThat(result.labelCounts("SeasonalNaive"))
        .containsEntry(ColdStart.LABEL, 2)
        .containsEntry("SeasonalNaive(7)", 5);
    // mature series keep the model's own forecast
    ForecastRow drink = result.rows().get(0);
    assertThat(drink.uniqueId()).isEqualTo("drink0");
    assertThat(drink.fallbackReason()).isNull();
  }

  @Test
  void withoutAnyMatureSeriesTheSeriesOwnMeanIsUsed() {
    SeriesFrame frame =
        new SeriesFrame(List.of(Series.of("only", START, Frequency.DAILY, 2, 4, 6)));
    ForecastResult result =
        new ColdStart(28, List.of("category"))
            .forecast(
                new Forecaster(List.of(new SeasonalNaive()), Frequency.DAILY, 1, 1),
                frame,
                3,
                new double[] {0.5});
    assertThat(result.rows()).hasSize(3);
    assertThat(result.rows().get(0).mean()).isEqualTo(4.0);
    assertThat(result.rows().get(0).fallbackReason()).contains("no mature series: own mean");
  }
}
