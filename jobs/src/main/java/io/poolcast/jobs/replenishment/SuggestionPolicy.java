package io.poolcast.jobs.replenishment;

import io.poolcast.forecasting.Forecaster;
import io.poolcast.forecasting.data.Series;
import io.poolcast.forecasting.data.SeriesFrame;
import io.poolcast.forecasting.replenishment.DemandOutlook;
import io.poolcast.forecasting.replenishment.OrderUpTo;
import io.poolcast.forecasting.replenishment.Suggestion;
import io.poolcast.world.OrderPolicy;
import io.poolcast.world.ProgressListener;
import io.poolcast.world.SupplierReview;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A shop that follows the replenishment suggestions ({@link OrderUpTo}) from {@code followFrom} on,
 * with forecasts of the forecasting library fitted on what it has seen (censored sales, stock-out
 * days uncensored) and refitted every {@code refitDays}. Before {@code followFrom}, and for a SKU
 * with less than {@code minHistory} days of sales, it keeps the world's (s, S) habit.
 */
public final class SuggestionPolicy implements OrderPolicy {
  /** Forecast days: a refit must reach past the next refit plus the longest delivery gap. */
  static final int HORIZON = 30;

  static final double UPPER_LEVEL = 0.9;

  /** Explanations kept as examples for the report. */
  static final int EXAMPLES = 5;

  private final LocalDate followFrom;
  private final Forecaster forecaster;
  private final OrderUpTo rule;
  private final int refitDays;
  private final int cycleDays;
  private final int minHistory;
  private final ProgressListener progress;
  private final Map<String, SalesHistory> histories = new HashMap<>();
  private final List<String> examples = new ArrayList<>();
  private ForecastBook forecasts = ForecastBook.empty();
  private LocalDate lastRefit;
  private int refits;
  private long seriesForecast;
  private long forecastNanos;
  private long suggestedLines;
  private long habitLines;

  public SuggestionPolicy(
      LocalDate followFrom,
      Forecaster forecaster,
      double serviceLevel,
      int refitDays,
      int cycleDays,
      int minHistory,
      ProgressListener progress) {
    if (refitDays < 1 || refitDays > HORIZON - 14) {
      throw new IllegalArgumentException("refit days must be 1–" + (HORIZON - 14));
    }
    this.followFrom = followFrom;
    this.forecaster = forecaster;
    this.rule = new OrderUpTo(serviceLevel);
    this.refitDays = refitDays;
    this.cycleDays = cycleDays;
    this.minHistory = Math.max(2, minHistory);
    this.progress = progress;
  }

  @Override
  public void sold(String shopId, String sku, LocalDate date, int units, boolean stockOut) {
    histories
        .computeIfAbsent(key(shopId, sku), k -> new SalesHistory(date))
        .add(date, units, stockOut);
  }

  @Override
  public void decide(SupplierReview review, int[] cases) {
    LocalDate day = review.date();
    if (day.isBefore(followFrom)) {
      review.habit(cases);
      return;
    }
    refitIfDue(day);
    int[] habit = null;
    for (int k = 0; k < review.lines(); k++) {
      if (!review.launched(k)) {
        continue;
      }
      String id = key(review.shopId(), review.sku(k));
      DemandOutlook outlook = forecasts.outlookAfter(id, day);
      if (outlook == null) {
        if (habit == null) {
          habit = new int[review.lines()];
          review.habit(habit);
        }
        cases[k] = habit[k];
        habitLines++;
        continue;
      }
      int days = Math.min(review.daysToCover(), outlook.days());
      int cycle = cycleDays < 0 ? review.habitCycleDays() : cycleDays;
      Suggestion s =
          rule.suggest(
              outlook, days, cycle, review.stock(k), review.onOrder(k), review.packSize(k), 1);
      cases[k] = s.cases();
      suggestedLines++;
      if (s.cases() > 0 && examples.size() < EXAMPLES) {
        examples.add(id + " on " + day + ": " + s.explanation());
      }
    }
  }

  /**
   * Refits at the first review of a due day, on the history through the day before: the day's own
   * sales of shops simulated later are not in yet.
   */
  private void refitIfDue(LocalDate day) {
    if (lastRefit != null && day.toEpochDay() - lastRefit.toEpochDay() < refitDays) {
      return;
    }
    lastRefit = day;
    LocalDate last = day.minusDays(1);
    List<Series> series = new ArrayList<>();
    histories.forEach(
        (id, h) -> {
          if (h.daysThrough(last) >= minHistory) {
            series.add(h.series(id, last));
          }
        });
    long started = System.nanoTime();
    refits++;
    progress.progress("refit " + refits + " (" + day + ")", 0, series.size());
    forecasts =
        series.isEmpty()
            ? ForecastBook.empty()
            : ForecastBook.of(
                forecaster
                    .withProgress(
                        (done, total) ->
                            progress.progress("refit " + refits + " (" + day + ")", done, total))
                    .forecast(new SeriesFrame(series), HORIZON, new double[] {UPPER_LEVEL}),
                last);
    seriesForecast += series.size();
    forecastNanos += System.nanoTime() - started;
  }

  private static String key(String shopId, String sku) {
    return shopId + "|" + sku;
  }

  /** What the policy did: refits, series forecast, lines by suggestion and by habit. */
  public record Activity(
      int refits,
      long seriesForecast,
      double forecastSeconds,
      long suggestedLines,
      long habitLines,
      List<String> examples) {}

  public Activity activity() {
    return new Activity(
        refits,
        seriesForecast,
        forecastNanos / 1e9,
        suggestedLines,
        habitLines,
        List.copyOf(examples));
  }
}
