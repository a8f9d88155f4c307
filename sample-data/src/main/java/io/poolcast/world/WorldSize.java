package io.poolcast.world;

/**
 * The size of a generated market. {@link Scale} names the usual ones; tests use smaller custom
 * sizes.
 *
 * @param regions number of regions (1–12)
 * @param shops number of shops
 * @param suppliers number of suppliers (at least 8, one per category)
 * @param skus number of SKUs over all suppliers
 * @param minAssortment fewest SKUs a shop lists
 * @param maxAssortment most SKUs a shop lists
 * @param defaultDays default length of the event period
 *     <p>When {@code minAssortment} reaches {@code skus}, every shop lists every SKU (see {@link
 *     #listsEverySku()}).
 */
public record WorldSize(
    int regions,
    int shops,
    int suppliers,
    int skus,
    int minAssortment,
    int maxAssortment,
    int defaultDays) {

  public WorldSize {
    if (regions < 1 || regions > RegionProfile.ALL.size()) {
      throw new IllegalArgumentException("regions must be 1–" + RegionProfile.ALL.size());
    }
    if (suppliers < Category.values().length) {
      throw new IllegalArgumentException("need at least one supplier per category");
    }
    if (shops < 1 || skus < suppliers || minAssortment < 1 || maxAssortment < minAssortment) {
      throw new IllegalArgumentException("inconsistent world size " + this);
    }
  }

  /**
   * Every shop lists every SKU, as in the M5 data. Then every supplier must serve every region,
   * otherwise a shop could only list the SKUs of its region's suppliers.
   */
  public boolean listsEverySku() {
    return minAssortment >= skus;
  }
}
