package io.poolcast.forecasting.insight;

/**
 * Stock-out days of a shop × SKU: days that ended with nothing on the shelf. On such a day sales
 * were censored (demand may have been higher than what was sold), so forecasts and trend tests
 * treat those days' sales as a lower bound, not as demand.
 *
 * <p>Why closing stock and not "zero sales": a slow mover sells nothing on most days with full
 * shelves; only an empty shelf says the shop could not sell.
 */
public final class StockOuts {
  private StockOuts() {}

  /** Which days ended with no stock. */
  public static boolean[] censoredDays(long[] closingStock) {
    boolean[] out = new boolean[closingStock.length];
    for (int d = 0; d < closingStock.length; d++) {
      out[d] = closingStock[d] <= 0;
    }
    return out;
  }

  /** How many days ended with no stock. */
  public static int days(long[] closingStock) {
    int n = 0;
    for (boolean out : censoredDays(closingStock)) {
      n += out ? 1 : 0;
    }
    return n;
  }

  /** Stock-out days as a share of the period's days, e.g. the case's 18 % → 3 %. */
  public static double rate(long[] closingStock) {
    return closingStock.length == 0 ? 0 : (double) days(closingStock) / closingStock.length;
  }
}
