package io.poolcast.world;

/**
 * What one generation run produced.
 *
 * @param days simulated days
 * @param activeShopSkuDays shop × SKU × days on which the SKU was on sale in an opened shop
 * @param stockOutDays of those, days with an empty shelf at some point (see {@link
 *     DemandObservation#stockOut()})
 * @param censoredDays days on which demand exceeded stock (sales are censored)
 * @param closedShopDays shop days closed for the Spring Festival
 * @param demandUnits true consumer demand, units
 * @param soldUnits units sold
 * @param saleEvents PosSale events (one per shop × SKU × day with sales)
 * @param ordersPlaced PLACED order events
 * @param ordersAmended AMENDED order events
 * @param ordersCancelled CANCELLED order events
 * @param orderLines lines over placed orders
 * @param orderedCases cases over placed orders (as placed, before amendments)
 * @param listValueCents list value of placed orders, in cents
 */
public record GenerationStats(
    int days,
    long activeShopSkuDays,
    long stockOutDays,
    long censoredDays,
    long closedShopDays,
    long demandUnits,
    long soldUnits,
    long saleEvents,
    long ordersPlaced,
    long ordersAmended,
    long ordersCancelled,
    long orderLines,
    long orderedCases,
    long listValueCents) {

  /** Share of active shop × SKU × days with an empty shelf. */
  public double stockOutRate() {
    return activeShopSkuDays == 0 ? 0 : (double) stockOutDays / activeShopSkuDays;
  }

  /** Share of demand that could not be served. */
  public double lostSalesRate() {
    return demandUnits == 0 ? 0 : 1 - (double) soldUnits / demandUnits;
  }

  public long orderEvents() {
    return ordersPlaced + ordersAmended + ordersCancelled;
  }

  public long events() {
    return saleEvents + orderEvents();
  }
}
