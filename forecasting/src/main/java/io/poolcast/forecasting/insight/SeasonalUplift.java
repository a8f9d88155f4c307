package io.poolcast.forecasting.insight;

import io.poolcast.forecasting.gbm.RetailCalendarFeatures;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * Seasonal event uplift: on the eve of a festival, the {@value #WINDOW} days before it against the
 * up to {@value #BASELINE} days before those — "gift boxes +150 % in the 14 days before the Spring
 * Festival". Festival dates come from the lunar calendar table the forecaster's features use
 * ({@link RetailCalendarFeatures}: Spring Festival, Dragon Boat, Mid-Autumn). The same significance
 * rule as a trend ({@link Trend}: Welch p &lt; 0.05 and |change| ≥ 10 %), with at least {@value
 * #MIN_BASELINE} baseline days.
 *
 * @param festival the festival's name
 * @param festivalDay the festival's first day
 * @param trend the comparison
 * @param windowMean mean daily value of the festival window
 * @param baselineMean mean daily value of the baseline days
 * @param baselineDays how many baseline days were compared
 */
public record SeasonalUplift(
    String festival,
    LocalDate festivalDay,
    Trend trend,
    double windowMean,
    double baselineMean,
    int baselineDays) {
  static final int WINDOW = 14;
  static final int BASELINE = 28;
  static final int MIN_BASELINE = 14;

  private enum Festival {
    SPRING("Spring Festival", RetailCalendarFeatures::springFestivalDays),
    DRAGON_BOAT("Dragon Boat festival", RetailCalendarFeatures::dragonBoatDays),
    MID_AUTUMN("Mid-Autumn festival", RetailCalendarFeatures::midAutumnDays);

    final String label;
    final ToIntFunction<LocalDate> daysFrom;

    Festival(String label, ToIntFunction<LocalDate> daysFrom) {
      this.label = label;
      this.daysFrom = daysFrom;
    }
  }

  /**
   * The uplift told on {@code day} when it is a festival's eve and the history (ending on {@code
   * day}) is long enough; empty otherwise.
   */
  public static Optional<SeasonalUplift> on(LocalDate day, DailyHistory history) {
    LocalDate tomorrow = day.plusDays(1);
    for (Festival f : Festival.values()) {
      if (f.daysFrom.applyAsInt(tomorrow) == 0) {
        return compare(f, tomorrow, history);
      }
    }
    return Optional.empty();
  }

  private static Optional<SeasonalUplift> compare(
      Festival f, LocalDate festivalDay, DailyHistory history) {
    int baselineDays = Math.min(BASELINE, history.days() - WINDOW);
    if (baselineDays < MIN_BASELINE) {
      return Optional.empty();
    }
    double[] window = history.window(WINDOW, 0);
    double[] baseline = history.window(baselineDays, WINDOW);
    return Optional.of(
        new SeasonalUplift(
            f.label,
            festivalDay,
            Trend.of(window, baseline),
            mean(window),
            mean(baseline),
            baselineDays));
  }

  /** "seasonal_gift_boxes sales in east-sh in the 14 days before the Spring Festival (…) +…". */
  public String describe(String subject) {
    String baseline =
        baselineDays % 7 == 0
            ? "the " + baselineDays / 7 + " weeks before"
            : "the " + baselineDays + " days before";
    return trend.describe(
        String.format(
            Locale.ROOT,
            "%s in the %d days before the %s (%s)",
            subject,
            WINDOW,
            festival,
            festivalDay),
        baseline);
  }

  private static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }
}
