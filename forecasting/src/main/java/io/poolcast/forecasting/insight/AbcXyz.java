package io.poolcast.forecasting.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fast and slow movers: ABC by value, XYZ by variability of daily units.
 *
 * <ul>
 *   <li>A: the SKUs, highest value first, that make the first 80 % of the total value; B: the next
 *       15 % (to 95 %); C: the rest. The SKU that crosses a boundary belongs to the class it starts
 *       in.
 *   <li>X: coefficient of variation of daily units (population standard deviation / mean) ≤ 0.5; Y:
 *       ≤ 1.0; Z: above, or no sales at all.
 * </ul>
 */
public final class AbcXyz {
  static final double A_SHARE = 0.80;
  static final double B_SHARE = 0.95;
  static final double X_CV = 0.5;
  static final double Y_CV = 1.0;

  private AbcXyz() {}

  /**
   * @param valueBySku sales value of each SKU in the period
   * @return class letter (A, B, C) per SKU; ties in value are broken by SKU id
   */
  public static Map<String, Character> abc(Map<String, Long> valueBySku) {
    List<Map.Entry<String, Long>> ranked = new ArrayList<>(valueBySku.entrySet());
    ranked.sort(
        Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()));
    double total = ranked.stream().mapToLong(Map.Entry::getValue).sum();
    Map<String, Character> classes = new TreeMap<>();
    double before = 0;
    for (Map.Entry<String, Long> e : ranked) {
      double share = total == 0 ? 1 : before / total;
      classes.put(e.getKey(), share < A_SHARE ? 'A' : share < B_SHARE ? 'B' : 'C');
      before += e.getValue();
    }
    return classes;
  }

  /** X, Y or Z for a SKU's daily units. */
  public static char xyz(long[] dailyUnits) {
    double cv = coefficientOfVariation(dailyUnits);
    return cv <= X_CV ? 'X' : cv <= Y_CV ? 'Y' : 'Z';
  }

  /** Population standard deviation over the mean; infinite without sales. */
  static double coefficientOfVariation(long[] values) {
    double mean = StockCover.mean(values);
    if (mean <= 0) {
      return Double.POSITIVE_INFINITY;
    }
    double squares = 0;
    for (long v : values) {
      squares += (v - mean) * (v - mean);
    }
    return Math.sqrt(squares / values.length) / mean;
  }
}
