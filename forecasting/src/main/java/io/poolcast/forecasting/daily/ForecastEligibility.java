package io.poolcast.forecasting.daily;

import java.time.LocalDate;

/**
 * Which series get a forecast when a day closes.
 *
 * <ul>
 *   <li>region × SKU: from {@code minRegionDays} days of history (one week: the weekday pattern is
 *       seen once and SeasonalNaive is possible);
 *   <li>shop × SKU: once the series has {@code minShopDays} days of history (four weeks: every
 *       weekday four times, and a calibration window for the intervals) and at least {@code
 *       minShopSellingDays} selling days in the last {@code minShopDays}. Sparser shop series are
 *       mostly zeros; their region's forecast is the better signal, and skipping them keeps the
 *       refresh cheap.
 * </ul>
 *
 * @param minRegionDays days of history a region × SKU series needs
 * @param minShopDays days of history a shop × SKU series needs (also the selling-days window)
 * @param minShopSellingDays days with a sale a shop × SKU series needs in that window
 */
public record ForecastEligibility(int minRegionDays, int minShopDays, int minShopSellingDays)
    implements java.io.Serializable {
  public static final ForecastEligibility DEFAULT = new ForecastEligibility(7, 28, 4);

  public ForecastEligibility {
    if (minRegionDays < 1 || minShopDays < 1 || minShopSellingDays < 0) {
      throw new IllegalArgumentException("eligibility thresholds must be positive");
    }
  }

  /** Whether {@code key} is forecast when {@code day} closes, given its history. */
  public boolean forecasts(SeriesKey key, DemandHistory history, LocalDate day) {
    int days = history.daysUpTo(day);
    if (!key.isShopLevel()) {
      return days >= minRegionDays;
    }
    return days >= minShopDays && history.sellingDays(day, minShopDays) >= minShopSellingDays;
  }

  /** One line for docs and the console. */
  public String describe() {
    return "region x SKU from "
        + minRegionDays
        + " days of history; shop x SKU from "
        + minShopDays
        + " days with >= "
        + minShopSellingDays
        + " selling days in the last "
        + minShopDays;
  }
}
