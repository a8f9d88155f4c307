package io.poolcast.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * One day of sell-through of one series, as published on {@code poolcast.sell-through}. A series is
 * a shop × SKU ({@link #SHOP_SKU}) or a roll-up of them: region × SKU, region × category, or
 * supplier × region. Counts of SKUs are counts of listings (shop × SKU pairs), so every figure adds
 * up from the shop rows. Formulas: docs/metrics.md.
 *
 * <p>Rows are ordered by their series and day (level, region, shop, supplier, category, SKU, date;
 * a missing key first): the order a partition's rows are written in. The order is inconsistent with
 * equals: two rows of one series and day with different figures compare equal, which a job never
 * emits.
 *
 * @param level {@code shop_sku}, {@code region_sku}, {@code region_category} or {@code supplier}
 * @param regionId the region
 * @param shopId the shop ({@code shop_sku} only)
 * @param supplierId the supplier (not on {@code region_category} rows, which cover all suppliers)
 * @param category the category (not on {@code supplier} rows)
 * @param sku the SKU ({@code shop_sku} and {@code region_sku} rows)
 * @param date the region-local day
 * @param unitsSold consumer units sold
 * @param valueCents sales value at the shelf prices paid, in cents
 * @param listedSkus listings: shop × SKU pairs on sale (delivered or sold before)
 * @param sellingSkus listings that sold at least one unit that day
 * @param sellThroughRate selling ÷ listed (动销率), in [0, 1]
 * @param deliveredUnits consumer units delivered that morning (order lines × pack size)
 * @param estimatedStockUnits estimated units on hand at the end of the day (a lower bound)
 * @param stockKnownSkus listings whose stock estimate is known (a delivery has been seen)
 * @param averageDailyUnits mean units sold per day over the trailing 7 days
 * @param daysOfCover estimated stock ÷ average daily units; null when nothing sold recently
 * @param averageStockUnits mean estimated closing stock over the same trailing 7 days (summed over
 *     listings, like the average daily units)
 * @param turnoverDays inventory turnover days: average stock units ÷ average daily units; null when
 *     there was stock and nothing sold in those days
 * @param stockOutSkus listings out of stock that day
 * @param stockOutRate stock-out listings ÷ listed
 * @param abcClass {@code region_sku} only: the SKU's ABC class (A, B, C by sales value) among the
 *     supplier's SKUs in the region over the trailing 28 days; null on other levels and while the
 *     supplier has been seen in the region for less than 7 days
 * @param xyzClass {@code region_sku} only: its XYZ class (X, Y, Z by the coefficient of variation
 *     of daily units) over the same days; null when {@code abcClass} is
 * @param closedAt end of the day in the region's zone: the row's event time
 */
public record SellThroughRow(
    String level,
    String regionId,
    String shopId,
    String supplierId,
    String category,
    String sku,
    LocalDate date,
    long unitsSold,
    long valueCents,
    long listedSkus,
    long sellingSkus,
    double sellThroughRate,
    long deliveredUnits,
    long estimatedStockUnits,
    long stockKnownSkus,
    double averageDailyUnits,
    Double daysOfCover,
    double averageStockUnits,
    Double turnoverDays,
    long stockOutSkus,
    double stockOutRate,
    String abcClass,
    String xyzClass,
    Instant closedAt)
    implements Comparable<SellThroughRow> {
  private static final Comparator<String> KEY = Comparator.nullsFirst(Comparator.naturalOrder());

  public static final String SHOP_SKU = "shop_sku";
  public static final String REGION_SKU = "region_sku";
  public static final String REGION_CATEGORY = "region_category";
  public static final String SUPPLIER = "supplier";

  /** Kafka key of region × category rows, which belong to no one supplier. */
  public static final String PLATFORM_KEY = "platform";

  /** The Kafka key: the supplier, or {@value #PLATFORM_KEY} for platform-wide category rows. */
  public String kafkaKey() {
    return supplierId == null ? PLATFORM_KEY : supplierId;
  }

  /** By series and day; see the class comment. */
  @Override
  public int compareTo(SellThroughRow other) {
    int c = KEY.compare(level, other.level);
    c = c != 0 ? c : KEY.compare(regionId, other.regionId);
    c = c != 0 ? c : KEY.compare(shopId, other.shopId);
    c = c != 0 ? c : KEY.compare(supplierId, other.supplierId);
    c = c != 0 ? c : KEY.compare(category, other.category);
    c = c != 0 ? c : KEY.compare(sku, other.sku);
    return c != 0 ? c : date.compareTo(other.date);
  }

  /** This row with its ABC and XYZ classes set. */
  public SellThroughRow withClasses(String abc, String xyz) {
    return new SellThroughRow(
        level,
        regionId,
        shopId,
        supplierId,
        category,
        sku,
        date,
        unitsSold,
        valueCents,
        listedSkus,
        sellingSkus,
        sellThroughRate,
        deliveredUnits,
        estimatedStockUnits,
        stockKnownSkus,
        averageDailyUnits,
        daysOfCover,
        averageStockUnits,
        turnoverDays,
        stockOutSkus,
        stockOutRate,
        abc,
        xyz,
        closedAt);
  }
}
