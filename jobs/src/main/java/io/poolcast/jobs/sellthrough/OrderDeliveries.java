package io.poolcast.jobs.sellthrough;

import io.poolcast.events.OrderEventType;
import io.poolcast.events.OrderLine;
import io.poolcast.events.ShopOrderEvent;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * What a shop receives, as far as the order stream tells: each order's latest version (the highest
 * version number; an event carries the whole order) is delivered on its requested delivery day,
 * before the shop opens, as order lines × pack size consumer units. A cancelled latest version
 * delivers nothing. Pooling roll-overs and short shipments are not visible here (see
 * docs/metrics.md#stock).
 */
public final class OrderDeliveries {
  private OrderDeliveries() {}

  /** The version to keep: the incoming one if it is newer, otherwise the stored one. */
  public static ShopOrderEvent latest(ShopOrderEvent stored, ShopOrderEvent incoming) {
    return stored == null || incoming.version() > stored.version() ? incoming : stored;
  }

  /**
   * Consumer units per SKU arriving on {@code day}, in no particular order (a hash map: the shop
   * stage looks up every listed SKU in it once a day).
   *
   * @param packSize consumer units per case of a SKU
   */
  public static Map<String, Long> unitsArriving(
      Iterable<ShopOrderEvent> orders, LocalDate day, ToIntFunction<String> packSize) {
    Map<String, Long> units = new HashMap<>();
    for (ShopOrderEvent order : orders) {
      if (order.type() == OrderEventType.CANCELLED || !day.equals(order.requestedDeliveryDate())) {
        continue;
      }
      for (OrderLine line : order.lines()) {
        units.merge(
            line.sku(), (long) line.quantity() * packSize.applyAsInt(line.sku()), Long::sum);
      }
    }
    return units;
  }
}
