package io.poolcast.forecasting.insight;

import java.util.Set;

/**
 * Sell-through rate (动销率): the share of a shop's listed SKUs that sold at least one unit in the
 * period. A SKU sold but not listed (a listing gap in the reference data) does not count, so the
 * rate is never above 1.
 */
public final class SellThroughRate {
  private SellThroughRate() {}

  /**
   * @param listed SKUs on the shop's shelf list for the period
   * @param sold SKUs with at least one unit sold in the period
   * @return sold ∩ listed / listed, in [0, 1]; 0 for an empty list
   */
  public static double of(Set<String> listed, Set<String> sold) {
    if (listed.isEmpty()) {
      return 0;
    }
    long selling = listed.stream().filter(sold::contains).count();
    return (double) selling / listed.size();
  }

  /**
   * The rate from counts, e.g. of shop × SKU listings rolled up over a region.
   *
   * @return selling / listed, in [0, 1]; 0 when nothing is listed
   */
  public static double of(long listed, long selling) {
    if (selling < 0 || selling > listed) {
      throw new IllegalArgumentException(selling + " selling of " + listed + " listed");
    }
    return listed == 0 ? 0 : (double) selling / listed;
  }
}
