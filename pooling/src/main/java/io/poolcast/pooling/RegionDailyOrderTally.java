package io.poolcast.pooling;

import io.poolcast.events.OrderEventType;
import io.poolcast.events.RegionDailyOrderSummary;
import io.poolcast.events.ShopOrderEvent;
import java.time.LocalDate;

/**
 * Adds shop-order events into a region's daily order summary. Placed orders count with their lines,
 * units and list value; amendments and cancellations are only counted, because the summary shows
 * demand as it arrived, not as it ended.
 */
public final class RegionDailyOrderTally {
  private RegionDailyOrderTally() {}

  public static RegionDailyOrderSummary empty(String regionId, LocalDate day) {
    return new RegionDailyOrderSummary(regionId, day, 0, 0, 0, 0, 0, 0);
  }

  public static RegionDailyOrderSummary add(RegionDailyOrderSummary s, ShopOrderEvent e) {
    OrderEventType type = e.type();
    boolean placed = type == OrderEventType.PLACED;
    return new RegionDailyOrderSummary(
        s.regionId(),
        s.orderDate(),
        s.placedOrders() + (placed ? 1 : 0),
        s.amendments() + (type == OrderEventType.AMENDED ? 1 : 0),
        s.cancellations() + (type == OrderEventType.CANCELLED ? 1 : 0),
        s.orderLines() + (placed ? e.lines().size() : 0),
        s.units() + (placed ? e.units() : 0),
        s.listValueCents() + (placed ? e.listValueCents() : 0));
  }
}
