package io.poolcast.forecasting.replenishment;

/**
 * Sales on a stock-out day are a floor of demand, not demand: a forecast fitted on them learns that
 * an empty shelf means no customers, orders less and empties the shelf again. Before forecasting,
 * each stock-out day's sales are raised to the mean sales of the in-stock days of the trailing
 * window when that is higher (never lowered). Without an in-stock day in the window the sales stay
 * as they are.
 */
public final class CensoredSales {
  private CensoredSales() {}

  /**
   * @param sales units sold per day
   * @param stockOut whether the shelf ran empty that day
   * @param window trailing days (before the day) whose in-stock sales give the estimate
   */
  public static double[] uncensor(double[] sales, boolean[] stockOut, int window) {
    if (sales.length != stockOut.length || window < 1) {
      throw new IllegalArgumentException("one stock-out flag per day and a window >= 1 are needed");
    }
    double[] out = sales.clone();
    for (int d = 0; d < sales.length; d++) {
      if (!stockOut[d]) {
        continue;
      }
      double sum = 0;
      int inStock = 0;
      for (int t = Math.max(0, d - window); t < d; t++) {
        if (!stockOut[t]) {
          sum += sales[t];
          inStock++;
        }
      }
      if (inStock > 0) {
        out[d] = Math.max(sales[d], sum / inStock);
      }
    }
    return out;
  }
}
