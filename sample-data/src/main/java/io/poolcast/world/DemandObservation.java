package io.poolcast.world;

import java.time.LocalDate;

/**
 * The ground truth of one shop × SKU × day: what consumers wanted and what the shop could sell.
 *
 * @param shopId the shop
 * @param sku the SKU
 * @param date the local day
 * @param demand units consumers wanted (true, uncensored demand)
 * @param sales units sold: {@code min(demand, stock)}
 * @param stockOut the shelf was empty at some point of the day: no stock at opening, or demand
 *     exceeded the stock
 * @param onPromotion the SKU had a price cut that day
 * @param shopClosed the shop was closed (Spring Festival); demand is 0
 * @param closingStock units left on the shelf at the end of the day
 */
public record DemandObservation(
    String shopId,
    String sku,
    LocalDate date,
    int demand,
    int sales,
    boolean stockOut,
    boolean onPromotion,
    boolean shopClosed,
    int closingStock) {

  /** The series id used in forecasting files: {@code shop|sku}. */
  public String uniqueId() {
    return shopId + "|" + sku;
  }
}
