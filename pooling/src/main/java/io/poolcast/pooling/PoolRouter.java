package io.poolcast.pooling;

import io.poolcast.events.OrderEventType;
import io.poolcast.events.ShopOrderEvent;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Finds the pool an order event belongs to: the pool of the order's supplier and region for the
 * earliest delivery day whose cut-off the event made (strictly before it), but never before the
 * order's requested delivery date (then the first delivery day from that date).
 *
 * <p>This routes by the event's own time. An amendment or cancellation belongs to the pool that
 * already holds its order (its <i>home</i> pool), which may be earlier than the event's own time
 * says; a job that knows the home pool passes it to {@link #keyFor(ShopOrderEvent,
 * PoolingReference, PoolKey)}.
 */
public final class PoolRouter {
  private PoolRouter() {}

  /**
   * The pool key of an event; empty when the supplier × region has no delivery calendar (unknown
   * supplier or region: a {@code UNKNOWN_REFERENCE} dead letter) or the event lacks its time.
   */
  public static Optional<PoolKey> keyFor(ShopOrderEvent e, PoolingReference ref) {
    if (e == null || e.supplierId() == null || e.regionId() == null || e.eventTime() == null) {
      return Optional.empty();
    }
    return ref.calendar(e.supplierId(), e.regionId()).map(cal -> keyFor(e, cal));
  }

  /**
   * Like {@link #keyFor(ShopOrderEvent, PoolingReference)}, but amendments and cancellations of an
   * order whose home pool is known ({@code homePool} not null) go to that pool, where {@link
   * Pool#apply} rejects them if it already closed.
   */
  public static Optional<PoolKey> keyFor(ShopOrderEvent e, PoolingReference ref, PoolKey homePool) {
    if (homePool != null && e != null && e.type() != OrderEventType.PLACED) {
      return Optional.of(homePool);
    }
    return keyFor(e, ref);
  }

  private static PoolKey keyFor(ShopOrderEvent e, DeliveryCalendar cal) {
    LocalDate byTime = cal.deliveryDateFor(e.eventTime());
    LocalDate requested = e.requestedDeliveryDate();
    LocalDate date =
        requested != null && requested.isAfter(byTime)
            ? cal.firstDeliveryDayFrom(requested)
            : byTime;
    return new PoolKey(e.supplierId(), e.regionId(), date);
  }
}
