package io.poolcast.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What one shop should order of one SKU after a day closed, as published on {@code
 * poolcast.replenishment-suggestions} (keyed by shop). Rule: {@code OrderUpTo} in the forecasting
 * module; formulas in docs/metrics.md.
 *
 * @param shopId the shop
 * @param regionId the shop's region
 * @param supplierId the SKU's supplier
 * @param sku the SKU
 * @param date the region-local day whose close triggered the suggestion (stock at its end)
 * @param serviceLevel the quantile of demand covered, e.g. 0.8
 * @param stockUnits estimated units on hand at the end of {@code date} (the sell-through job's)
 * @param onOrderUnits units ordered and not yet delivered by the end of {@code date}
 * @param packSize consumer units per case
 * @param cases cases to order (0 = nothing)
 * @param units consumer units to order: cases × pack size
 * @param targetUnits the order-up-to level (with no order: the reorder point), units
 * @param daysToCover lead time + review period: the days until the next order can arrive
 * @param daysCovered days the stock, on-order and this order cover at the service level
 * @param deliveryDate the delivery day an order placed now gets from the supplier's calendar
 * @param explanation one line for the shop, e.g. "2 cases of 12: stock 3 + on order 0 + 24 units
 *     covers 9 days at p80 demand (needed 3 days: 14.2 units)"
 * @param forecastIssuedOn the day the forecast used was issued
 * @param modelCardId the model card of that forecast
 * @param eventTime the last millisecond of {@code date} in the region's zone (event time)
 */
public record ReplenishmentSuggestion(
    String shopId,
    String regionId,
    String supplierId,
    String sku,
    LocalDate date,
    double serviceLevel,
    long stockUnits,
    long onOrderUnits,
    int packSize,
    int cases,
    int units,
    double targetUnits,
    int daysToCover,
    int daysCovered,
    LocalDate deliveryDate,
    String explanation,
    LocalDate forecastIssuedOn,
    String modelCardId,
    Instant eventTime) {

  /** The Kafka key: the shop, so that all of a shop's suggestions stay in order. */
  public String kafkaKey() {
    return shopId;
  }
}
