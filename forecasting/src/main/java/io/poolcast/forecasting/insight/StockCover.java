package io.poolcast.forecasting.insight;

/**
 * Days of cover and inventory turnover days, from units (not value, so price changes do not move
 * them).
 *
 * <ul>
 *   <li>days of cover = stock on hand / average daily units sold over the trailing window;
 *   <li>turnover days = average stock over the period / average daily units sold in the period.
 * </ul>
 *
 * Without sales both are infinite when there is stock (it does not move) and 0 without stock.
 */
public final class StockCover {
  private StockCover() {}

  public static double daysOfCover(long stockUnits, double averageDailyUnits) {
    return ratio(stockUnits, averageDailyUnits);
  }

  /**
   * @param closingStock units on hand at the end of each day of the period
   * @param sold units sold on each day of the period
   */
  public static double turnoverDays(long[] closingStock, long[] sold) {
    if (closingStock.length != sold.length || sold.length == 0) {
      throw new IllegalArgumentException("one stock and one sales figure per day are needed");
    }
    return turnoverDays(mean(closingStock), mean(sold));
  }

  /**
   * Turnover days from the period's means, for figures kept as running means (a trailing window) or
   * summed over listings (a roll-up of means over the same window is the mean of the sums).
   */
  public static double turnoverDays(double averageStockUnits, double averageDailyUnits) {
    return ratio(averageStockUnits, averageDailyUnits);
  }

  static double mean(long[] values) {
    double sum = 0;
    for (long v : values) {
      sum += v;
    }
    return sum / values.length;
  }

  private static double ratio(double stock, double dailyUnits) {
    if (stock <= 0) {
      return 0;
    }
    return dailyUnits <= 0 ? Double.POSITIVE_INFINITY : stock / dailyUnits;
  }
}
