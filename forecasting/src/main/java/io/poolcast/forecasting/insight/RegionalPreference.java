package io.poolcast.forecasting.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A region's taste against the platform's: the category's share of the region's sales value divided
 * by its share of the platform's (all regions), over the last {@value #WEEKS} weeks. An index of
 * 1.4 reads "east-sh buys 1.4× the platform's share of dairy". Told only when it is both large and
 * steady, so one promotion week is not called a preference: |index − 1| ≥ {@value #MIN_GAP} over
 * the four weeks together, every single week on the same side by at least {@value #MIN_WEEKLY_GAP},
 * a platform share of at least {@value #MIN_PLATFORM_SHARE} (1 %) and at least two regions.
 *
 * @param region the region
 * @param category the category
 * @param index region share ÷ platform share over the four weeks
 * @param regionShare the category's share of the region's sales value
 * @param platformShare the category's share of the platform's sales value
 */
public record RegionalPreference(
    String region, String category, double index, double regionShare, double platformShare) {
  public static final int WEEKS = 4;
  static final double MIN_GAP = 0.2;
  static final double MIN_WEEKLY_GAP = 0.1;
  static final double MIN_PLATFORM_SHARE = 0.01;

  /**
   * The preferences worth telling, strongest first.
   *
   * @param weekly sales value per region, category and week: {@code weekly.get(region)
   *     .get(category)[w]}, {@value #WEEKS} weeks oldest first
   */
  public static List<RegionalPreference> of(Map<String, Map<String, double[]>> weekly) {
    List<RegionalPreference> out = new ArrayList<>();
    if (weekly.size() < 2) {
      return out;
    }
    Totals platform = Totals.of(weekly.values());
    for (Map.Entry<String, Map<String, double[]>> region : new TreeMap<>(weekly).entrySet()) {
      Totals own = Totals.of(List.of(region.getValue()));
      for (String category : new TreeMap<>(region.getValue()).keySet()) {
        double platformShare = platform.share(category);
        if (platformShare < MIN_PLATFORM_SHARE) {
          continue;
        }
        double index = own.share(category) / platformShare;
        if (Math.abs(index - 1) >= MIN_GAP && steady(own, platform, category, index > 1)) {
          out.add(
              new RegionalPreference(
                  region.getKey(), category, index, own.share(category), platformShare));
        }
      }
    }
    out.sort((a, b) -> Double.compare(Math.abs(b.index - 1), Math.abs(a.index - 1)));
    return out;
  }

  private static boolean steady(Totals own, Totals platform, String category, boolean above) {
    for (int w = 0; w < WEEKS; w++) {
      double p = platform.share(category, w);
      if (p == 0) {
        return false;
      }
      double weekIndex = own.share(category, w) / p;
      if (above ? weekIndex < 1 + MIN_WEEKLY_GAP : weekIndex > 1 - MIN_WEEKLY_GAP) {
        return false;
      }
    }
    return true;
  }

  /** "east-sh buys 1.45× the platform's share of dairy: 12.3% of its sales value vs 8.5% …". */
  public String describe(String weeksTo) {
    return String.format(
        Locale.ROOT,
        "%s buys %.2f× the platform's share of %s: %.1f%% of its sales value vs %.1f%% in the %d"
            + " weeks to %s, every week %s",
        region,
        index,
        category,
        100 * regionShare,
        100 * platformShare,
        WEEKS,
        weeksTo,
        index > 1 ? "above" : "below");
  }

  /** Sales value per category and week, summed over some regions. */
  private record Totals(Map<String, double[]> byCategory, double[] all) {
    static Totals of(Iterable<Map<String, double[]>> regions) {
      Map<String, double[]> byCategory = new TreeMap<>();
      double[] all = new double[WEEKS];
      for (Map<String, double[]> region : regions) {
        region.forEach(
            (category, weeks) -> {
              double[] sum = byCategory.computeIfAbsent(category, c -> new double[WEEKS]);
              for (int w = 0; w < WEEKS; w++) {
                sum[w] += weeks[w];
                all[w] += weeks[w];
              }
            });
      }
      return new Totals(byCategory, all);
    }

    double share(String category) {
      double[] weeks = byCategory.getOrDefault(category, new double[WEEKS]);
      double value = 0;
      double total = 0;
      for (int w = 0; w < WEEKS; w++) {
        value += weeks[w];
        total += all[w];
      }
      return total == 0 ? 0 : value / total;
    }

    double share(String category, int week) {
      double[] weeks = byCategory.getOrDefault(category, new double[WEEKS]);
      return all[week] == 0 ? 0 : weeks[week] / all[week];
    }
  }
}
