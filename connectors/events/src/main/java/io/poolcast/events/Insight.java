package io.poolcast.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One finding on {@code poolcast.insights}: one readable sentence and the numbers behind it.
 *
 * @param insightId {@code kind|level|region|subject|date}, unique per finding
 * @param kind {@code TREND} (a significant weekly change), {@code EVENT_UPLIFT} (a category's sales
 *     in the two weeks before a festival against the weeks before), {@code PREFERENCE} (a region's
 *     category share against the platform's, steady over four weeks), or {@code STOCK_OUT} (a SKU
 *     out in many shops of a region)
 * @param level the sell-through level it is about ({@code region_category}, {@code supplier},
 *     {@code region_sku})
 * @param regionId the region
 * @param supplierId the supplier concerned; null for platform-wide category trends
 * @param subject what it is about: a category, supplier or SKU id
 * @param date the last day the finding covers (region-local)
 * @param sentence the finding in one line
 * @param value the figure now: mean daily sales value of the week or festival window (cents), the
 *     region's category share (preferences), or the stock-out rate
 * @param baseline the figure it is compared with: mean daily value of the baseline days, or the
 *     platform's category share (preferences); 0 for stock-outs
 * @param change relative change, value ÷ baseline − 1 (trends, uplifts, preferences), or the
 *     stock-out rate
 * @param pValue Welch's two-sided p-value (trends, uplifts); 0 for stock-outs and preferences
 * @param affected shops out of stock (stock-outs); 0 for trends
 * @param of shops listing the SKU (stock-outs); 0 for trends
 * @param at event time of the finding: the end of {@code date}
 */
public record Insight(
    String insightId,
    String kind,
    String level,
    String regionId,
    String supplierId,
    String subject,
    LocalDate date,
    String sentence,
    double value,
    double baseline,
    double change,
    double pValue,
    long affected,
    long of,
    Instant at) {
  public static final String TREND = "TREND";
  public static final String STOCK_OUT = "STOCK_OUT";
  public static final String EVENT_UPLIFT = "EVENT_UPLIFT";
  public static final String PREFERENCE = "PREFERENCE";

  /** The Kafka key: the supplier, or {@value SellThroughRow#PLATFORM_KEY}. */
  public String kafkaKey() {
    return supplierId == null ? SellThroughRow.PLATFORM_KEY : supplierId;
  }
}
