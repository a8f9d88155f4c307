package io.poolcast.events;

import java.time.LocalDate;

/**
 * One day of a 30-day demand forecast, as published on {@code poolcast.forecasts} (keyed by
 * supplier) and written to {@code forecasts/}: the forecast issued when {@code issuedOn} closed in
 * the region, for the target day {@code ds}, {@code step} days later.
 *
 * @param level {@code region_sku} or {@code shop_sku}
 * @param region the region
 * @param sku the SKU
 * @param shopId the shop at shop level; null at region level
 * @param supplierId the SKU's supplier
 * @param category the SKU's category
 * @param issuedOn the region-local day whose close triggered the forecast (its last day of data)
 * @param ds the target day
 * @param step days after {@code issuedOn} (1 = the next day)
 * @param p10 10% quantile of units sold that day, ≥ 0
 * @param p50 median, ≥ p10
 * @param p90 90% quantile, ≥ p50
 * @param mean the model's point forecast, ≥ 0
 * @param model the model (GBM, Auto)
 * @param fitted what was actually fitted (e.g. the candidate Auto chose, or a fallback baseline)
 * @param modelCardId id of the model card (content hash) that made the row
 * @param note fallback or calibration note; null when none
 */
public record DemandForecast(
    String level,
    String region,
    String sku,
    String shopId,
    String supplierId,
    String category,
    LocalDate issuedOn,
    LocalDate ds,
    int step,
    double p10,
    double p50,
    double p90,
    double mean,
    String model,
    String fitted,
    String modelCardId,
    String note) {}
