package io.poolcast.jobs.replenishment;

import io.poolcast.forecasting.data.Frequency;
import io.poolcast.forecasting.data.Series;
import io.poolcast.forecasting.replenishment.CensoredSales;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;

/** What a shop has seen of one SKU, day by day from its first day on sale: sales and stock-outs. */
final class SalesHistory {
  /** Trailing days whose in-stock sales stand in for a stock-out day's demand. */
  static final int UNCENSOR_WINDOW = 28;

  private final LocalDate start;
  private double[] units = new double[64];
  private boolean[] stockOut = new boolean[64];
  private int days;

  SalesHistory(LocalDate start) {
    this.start = start;
  }

  /** Records a day; days are reported in order, one each (a gap would be a generator bug). */
  void add(LocalDate date, int sold, boolean out) {
    int index = (int) (date.toEpochDay() - start.toEpochDay());
    if (index != days) {
      throw new IllegalStateException("day " + date + " reported out of order after " + days);
    }
    if (days == units.length) {
      units = Arrays.copyOf(units, days * 2);
      stockOut = Arrays.copyOf(stockOut, days * 2);
    }
    units[days] = sold;
    stockOut[days] = out;
    days++;
  }

  /** Days recorded up to and including {@code last}. */
  int daysThrough(LocalDate last) {
    return (int) Math.min(days, last.toEpochDay() - start.toEpochDay() + 1);
  }

  /**
   * The demand series up to {@code last}, stock-out days uncensored (see {@link CensoredSales}).
   */
  Series series(String uniqueId, LocalDate last) {
    int n = daysThrough(last);
    double[] demand =
        CensoredSales.uncensor(
            Arrays.copyOf(units, n), Arrays.copyOf(stockOut, n), UNCENSOR_WINDOW);
    return new Series(uniqueId, start, Frequency.DAILY, demand, Map.of());
  }
}
