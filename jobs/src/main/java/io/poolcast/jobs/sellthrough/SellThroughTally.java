package io.poolcast.jobs.sellthrough;

import io.poolcast.events.SellThroughRow;
import io.poolcast.events.reference.Sku;
import io.poolcast.forecasting.insight.SellThroughRate;
import io.poolcast.forecasting.insight.StockCover;
import io.poolcast.forecasting.insight.StockDay;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sell-through rows: one per shop × SKU and day from its {@link StockDay}, and roll-ups that add
 * shop rows up per region × SKU, region × category and supplier × region. Counts and trailing
 * averages (units sold, stock) add; rates, days of cover and turnover days are recomputed from the
 * sums ({@link #finish}), never averaged.
 */
public final class SellThroughTally {
  /** The roll-up levels every shop row contributes to. */
  public static final List<String> ROLLUPS =
      List.of(SellThroughRow.REGION_SKU, SellThroughRow.REGION_CATEGORY, SellThroughRow.SUPPLIER);

  private static final double AVERAGE_SCALE = 1e6;

  private SellThroughTally() {}

  /** The shop × SKU row of a closed day. */
  public static SellThroughRow shopRow(
      String shopId,
      String regionId,
      Sku sku,
      LocalDate date,
      StockDay day,
      long valueCents,
      Instant closedAt) {
    return finish(
        new SellThroughRow(
            SellThroughRow.SHOP_SKU,
            regionId,
            shopId,
            sku.supplierId(),
            sku.category(),
            sku.sku(),
            date,
            day.soldUnits(),
            valueCents,
            1,
            day.soldUnits() > 0 ? 1 : 0,
            0,
            day.deliveredUnits(),
            day.closingUnits(),
            day.stockKnown() ? 1 : 0,
            day.averageDailyUnits(),
            null,
            day.averageStockUnits(),
            null,
            day.stockOut() ? 1 : 0,
            0,
            null,
            null,
            closedAt));
  }

  /**
   * One shop's rows of one day as their contributions to every roll-up level ({@link #ROLLUPS}):
   * one region × SKU contribution per row, and the rows already added up per region × category and
   * per supplier × region. A roll-up receives the same sums as from one contribution per row and
   * level, in about a third of the records: a shop's day lists a few hundred SKUs of a few dozen
   * suppliers and categories, and in a BATCH run every record is sorted and spilled to disk.
   */
  public static List<SellThroughRow> contributions(List<SellThroughRow> shopDay) {
    List<SellThroughRow> out = new ArrayList<>(shopDay.size() + 32);
    // In the order of the rows (no sorted map: its string comparisons cost more than the sums).
    Map<String, ShopDaySum> categories = new LinkedHashMap<>(64);
    Map<String, ShopDaySum> suppliers = new LinkedHashMap<>(64);
    // A shop's day has one region and date: its category and supplier series differ only there.
    for (SellThroughRow row : shopDay) {
      out.add(contribution(row, SellThroughRow.REGION_SKU));
      ShopDaySum.add(categories, row.category(), row);
      ShopDaySum.add(suppliers, row.supplierId(), row);
    }
    categories.values().forEach(sum -> out.add(sum.contribution(SellThroughRow.REGION_CATEGORY)));
    suppliers.values().forEach(sum -> out.add(sum.contribution(SellThroughRow.SUPPLIER)));
    return out;
  }

  /**
   * A shop's day's rows of one category or supplier added up in place: the same sums, in the same
   * order, as {@link #add} of their contributions, without two records made per row for that (a
   * seed-year backfill closes 22 million shop rows).
   */
  private static final class ShopDaySum {
    private final SellThroughRow first; // the series' keys and closing time
    private long unitsSold;
    private long valueCents;
    private long listedSkus;
    private long sellingSkus;
    private long deliveredUnits;
    private long estimatedStockUnits;
    private long stockKnownSkus;
    private long stockOutSkus;
    private double averageDailyUnits;
    private double averageStockUnits;

    private ShopDaySum(SellThroughRow first) {
      this.first = first;
      unitsSold = first.unitsSold();
      valueCents = first.valueCents();
      listedSkus = first.listedSkus();
      sellingSkus = first.sellingSkus();
      deliveredUnits = first.deliveredUnits();
      estimatedStockUnits = first.estimatedStockUnits();
      stockKnownSkus = first.stockKnownSkus();
      stockOutSkus = first.stockOutSkus();
      averageDailyUnits = first.averageDailyUnits();
      averageStockUnits = first.averageStockUnits();
    }

    static void add(Map<String, ShopDaySum> sums, String series, SellThroughRow row) {
      ShopDaySum sum = sums.get(series);
      if (sum == null) {
        sums.put(series, new ShopDaySum(row));
      } else {
        sum.add(row);
      }
    }

    private void add(SellThroughRow r) {
      unitsSold += r.unitsSold();
      valueCents += r.valueCents();
      listedSkus += r.listedSkus();
      sellingSkus += r.sellingSkus();
      deliveredUnits += r.deliveredUnits();
      estimatedStockUnits += r.estimatedStockUnits();
      stockKnownSkus += r.stockKnownSkus();
      stockOutSkus += r.stockOutSkus();
      averageDailyUnits += r.averageDailyUnits();
      averageStockUnits += r.averageStockUnits();
    }

    SellThroughRow contribution(String level) {
      boolean category = level.equals(SellThroughRow.REGION_CATEGORY);
      return new SellThroughRow(
          level,
          first.regionId(),
          null,
          category ? null : first.supplierId(),
          category ? first.category() : null,
          null,
          first.date(),
          unitsSold,
          valueCents,
          listedSkus,
          sellingSkus,
          0,
          deliveredUnits,
          estimatedStockUnits,
          stockKnownSkus,
          averageDailyUnits,
          null,
          averageStockUnits,
          null,
          stockOutSkus,
          0,
          null,
          null,
          first.closedAt());
    }
  }

  /**
   * A shop row as its contribution to a roll-up level: the keys that level does not have cleared.
   */
  public static SellThroughRow contribution(SellThroughRow shopRow, String level) {
    SellThroughRow r = shopRow;
    boolean sku = level.equals(SellThroughRow.REGION_SKU);
    boolean category = !level.equals(SellThroughRow.SUPPLIER);
    boolean supplier = !level.equals(SellThroughRow.REGION_CATEGORY);
    return new SellThroughRow(
        level,
        r.regionId(),
        null,
        supplier ? r.supplierId() : null,
        category ? r.category() : null,
        sku ? r.sku() : null,
        r.date(),
        r.unitsSold(),
        r.valueCents(),
        r.listedSkus(),
        r.sellingSkus(),
        0,
        r.deliveredUnits(),
        r.estimatedStockUnits(),
        r.stockKnownSkus(),
        r.averageDailyUnits(),
        null,
        r.averageStockUnits(),
        null,
        r.stockOutSkus(),
        0,
        null,
        null,
        r.closedAt());
  }

  /** The series a row belongs to: level, keys and date. */
  public static String seriesKey(SellThroughRow r) {
    return String.join(
        "|",
        r.level(),
        r.regionId(),
        String.valueOf(r.shopId()),
        String.valueOf(r.supplierId()),
        String.valueOf(r.category()),
        String.valueOf(r.sku()),
        r.date().toString());
  }

  /** Two rows of the same series and day added up (rates not recomputed: see {@link #finish}). */
  public static SellThroughRow add(SellThroughRow a, SellThroughRow b) {
    return new SellThroughRow(
        a.level(),
        a.regionId(),
        a.shopId(),
        a.supplierId(),
        a.category(),
        a.sku(),
        a.date(),
        a.unitsSold() + b.unitsSold(),
        a.valueCents() + b.valueCents(),
        a.listedSkus() + b.listedSkus(),
        a.sellingSkus() + b.sellingSkus(),
        0,
        a.deliveredUnits() + b.deliveredUnits(),
        a.estimatedStockUnits() + b.estimatedStockUnits(),
        a.stockKnownSkus() + b.stockKnownSkus(),
        a.averageDailyUnits() + b.averageDailyUnits(),
        null,
        a.averageStockUnits() + b.averageStockUnits(),
        null,
        a.stockOutSkus() + b.stockOutSkus(),
        0,
        null,
        null,
        a.closedAt());
  }

  /**
   * The row with its rates, days of cover and turnover days computed from its sums. The summed
   * averages are rounded to 6 decimals first: floating-point sums depend on the order the shop rows
   * arrived in, and a replay (or a BATCH run of the same events) must publish the same numbers.
   */
  public static SellThroughRow finish(SellThroughRow r) {
    double average = rounded(r.averageDailyUnits());
    double averageStock = rounded(r.averageStockUnits());
    double cover = StockCover.daysOfCover(r.estimatedStockUnits(), average);
    double turnover = StockCover.turnoverDays(averageStock, average);
    return new SellThroughRow(
        r.level(),
        r.regionId(),
        r.shopId(),
        r.supplierId(),
        r.category(),
        r.sku(),
        r.date(),
        r.unitsSold(),
        r.valueCents(),
        r.listedSkus(),
        r.sellingSkus(),
        SellThroughRate.of(r.listedSkus(), r.sellingSkus()),
        r.deliveredUnits(),
        r.estimatedStockUnits(),
        r.stockKnownSkus(),
        average,
        finite(cover),
        averageStock,
        finite(turnover),
        r.stockOutSkus(),
        r.listedSkus() == 0 ? 0 : (double) r.stockOutSkus() / r.listedSkus(),
        r.abcClass(),
        r.xyzClass(),
        r.closedAt());
  }

  private static double rounded(double average) {
    return Math.round(average * AVERAGE_SCALE) / AVERAGE_SCALE;
  }

  /** Infinite figures (stock that does not move) are published as null. */
  private static Double finite(double days) {
    return Double.isInfinite(days) ? null : days;
  }
}
