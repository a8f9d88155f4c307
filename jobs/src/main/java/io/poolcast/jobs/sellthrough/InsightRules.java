package io.poolcast.jobs.sellthrough;

import io.poolcast.events.Insight;
import io.poolcast.events.SellThroughRow;
import io.poolcast.forecasting.insight.DailyHistory;
import io.poolcast.forecasting.insight.SeasonalUplift;
import io.poolcast.forecasting.insight.StockOutAlert;
import io.poolcast.forecasting.insight.TrendBaseline;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which findings of a region's day are told, and how (no Flink). Trends: weekly, on the week ending
 * Sunday, for region × category and supplier × region daily sales value, only when {@link
 * TrendBaseline}'s comparison is significant. Stock-outs: a region × SKU row that passes {@link
 * StockOutAlert}. Event uplifts: on a festival's eve, per region × category ({@link
 * SeasonalUplift}). At most {@value #MAX_PER_KIND} of each kind per region and day, the largest
 * first (|change| for trends and uplifts, shops out for stock-outs), so a bad day cannot flood the
 * topic.
 */
public final class InsightRules {
  public static final int MAX_PER_KIND = 5;

  private final SellThroughCatalog catalog;

  public InsightRules(SellThroughCatalog catalog) {
    this.catalog = catalog;
  }

  /** Whether a row's level gets a trend history. */
  public static boolean hasHistory(SellThroughRow row) {
    return row.level().equals(SellThroughRow.REGION_CATEGORY)
        || row.level().equals(SellThroughRow.SUPPLIER);
  }

  /** The series of a roll-up row without its day: where its history is kept. */
  public static String historyKey(SellThroughRow row) {
    return row.level() + "|" + row.supplierId() + "|" + row.category();
  }

  /** A trend finding for a row whose history now ends on the row's day, if one is due. */
  public Optional<Insight> trend(SellThroughRow row, DailyHistory history) {
    if (row.date().getDayOfWeek() != DayOfWeek.SUNDAY) {
      return Optional.empty();
    }
    return TrendBaseline.of(history)
        .filter(t -> t.trend().significant())
        .map(
            t ->
                new Insight(
                    id(Insight.TREND, row, subjectId(row)),
                    Insight.TREND,
                    row.level(),
                    row.regionId(),
                    row.supplierId(),
                    subjectId(row),
                    row.date(),
                    t.trend()
                        .describe(
                            subjectText(row)
                                + " sales in "
                                + row.regionId()
                                + " in the week to "
                                + row.date(),
                            t.baseline()),
                    t.weekMean(),
                    t.baselineMean(),
                    t.trend().change(),
                    t.trend().pValue(),
                    0,
                    0,
                    row.closedAt()));
  }

  /** A festival uplift for a region × category row on a festival's eve, if significant. */
  public Optional<Insight> uplift(SellThroughRow row, DailyHistory history) {
    if (!row.level().equals(SellThroughRow.REGION_CATEGORY)) {
      return Optional.empty();
    }
    return SeasonalUplift.on(row.date(), history)
        .filter(u -> u.trend().significant())
        .map(
            u ->
                new Insight(
                    id(Insight.EVENT_UPLIFT, row, row.category()),
                    Insight.EVENT_UPLIFT,
                    row.level(),
                    row.regionId(),
                    row.supplierId(),
                    row.category(),
                    row.date(),
                    u.describe(row.category() + " sales in " + row.regionId()),
                    u.windowMean(),
                    u.baselineMean(),
                    u.trend().change(),
                    u.trend().pValue(),
                    0,
                    0,
                    row.closedAt()));
  }

  /** A stock-out finding for a region × SKU row, if it passes the alert rule. */
  public Optional<Insight> stockOut(SellThroughRow row) {
    if (!row.level().equals(SellThroughRow.REGION_SKU)) {
      return Optional.empty();
    }
    return StockOutAlert.of(row.stockOutSkus(), row.listedSkus())
        .map(
            a ->
                new Insight(
                    id(Insight.STOCK_OUT, row, row.sku()),
                    Insight.STOCK_OUT,
                    row.level(),
                    row.regionId(),
                    row.supplierId(),
                    row.sku(),
                    row.date(),
                    a.describe(catalog.skuName(row.sku()), row.regionId(), row.date().toString()),
                    a.rate(),
                    0,
                    a.rate(),
                    0,
                    a.outShops(),
                    a.listingShops(),
                    row.closedAt()));
  }

  /** The findings to publish: at most {@value #MAX_PER_KIND} per kind, the largest first. */
  public static List<Insight> strongest(List<Insight> findings) {
    List<Insight> out = new ArrayList<>();
    for (String kind : List.of(Insight.STOCK_OUT, Insight.TREND, Insight.EVENT_UPLIFT)) {
      findings.stream()
          .filter(i -> i.kind().equals(kind))
          .sorted(
              Comparator.comparingDouble(InsightRules::strength)
                  .reversed()
                  .thenComparing(Insight::insightId))
          .limit(MAX_PER_KIND)
          .forEach(out::add);
    }
    return out;
  }

  private static double strength(Insight i) {
    return i.kind().equals(Insight.STOCK_OUT) ? i.affected() : Math.abs(i.change());
  }

  private String subjectText(SellThroughRow row) {
    return row.level().equals(SellThroughRow.SUPPLIER)
        ? catalog.supplierName(row.supplierId())
        : row.category();
  }

  private static String subjectId(SellThroughRow row) {
    return row.level().equals(SellThroughRow.SUPPLIER) ? row.supplierId() : row.category();
  }

  private static String id(String kind, SellThroughRow row, String subject) {
    return String.join("|", kind, row.level(), row.regionId(), subject, row.date().toString());
  }
}
