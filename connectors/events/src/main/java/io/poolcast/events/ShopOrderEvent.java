package io.poolcast.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A shop order as published on {@code poolcast.shop-orders}. Each event carries the full order as
 * it stands after the change, so a consumer never has to replay history to know an order.
 *
 * @param eventId unique id of this event (duplicates with the same id are the same event)
 * @param orderId the order this event belongs to
 * @param version 1 for {@link OrderEventType#PLACED}, +1 for every later change of the order
 * @param type placed, amended or cancelled
 * @param shopId the ordering shop
 * @param supplierId the supplier all lines are ordered from
 * @param regionId the shop's region when the order was placed (denormalised so streams can key by
 *     pool without a lookup)
 * @param lines the order lines as they now stand; empty only for a cancellation
 * @param eventTime when the shop placed or changed the order (event time)
 * @param requestedDeliveryDate the first delivery day the shop asks for, in the region's zone
 * @param latestDeliveryDate the last delivery day the shop still accepts (a pool that misses its
 *     minimum may roll the order over up to this day)
 */
public record ShopOrderEvent(
    String eventId,
    String orderId,
    int version,
    OrderEventType type,
    String shopId,
    String supplierId,
    String regionId,
    List<OrderLine> lines,
    Instant eventTime,
    LocalDate requestedDeliveryDate,
    LocalDate latestDeliveryDate) {

  public ShopOrderEvent {
    lines = lines == null ? List.of() : List.copyOf(lines);
  }

  /** Value of all lines at list price, in cents. */
  public long listValueCents() {
    return lines.stream().mapToLong(OrderLine::listValueCents).sum();
  }

  /** Units over all lines. */
  public long units() {
    return lines.stream().mapToLong(OrderLine::quantity).sum();
  }
}
