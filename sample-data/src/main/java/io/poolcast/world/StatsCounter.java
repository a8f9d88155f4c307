package io.poolcast.world;

/** Mutable tallies behind {@link GenerationStats}. */
final class StatsCounter {
  long activeShopSkuDays;
  long stockOutDays;
  long censoredDays;
  long closedShopDays;
  long demandUnits;
  long soldUnits;
  long saleEvents;
  long ordersPlaced;
  long ordersAmended;
  long ordersCancelled;
  long orderLines;
  long orderedCases;
  long listValueCents;

  /** An AMENDED or CANCELLED event, counted when it is written (not when it is scheduled). */
  void countChange(io.poolcast.events.ShopOrderEvent change) {
    if (change.type() == io.poolcast.events.OrderEventType.CANCELLED) {
      ordersCancelled++;
    } else {
      ordersAmended++;
    }
  }

  GenerationStats snapshot(int days) {
    return new GenerationStats(
        days,
        activeShopSkuDays,
        stockOutDays,
        censoredDays,
        closedShopDays,
        demandUnits,
        soldUnits,
        saleEvents,
        ordersPlaced,
        ordersAmended,
        ordersCancelled,
        orderLines,
        orderedCases,
        listValueCents);
  }
}
