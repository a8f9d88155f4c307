package io.poolcast.pooling;

import io.poolcast.events.EventValidation;
import io.poolcast.events.OrderEventType;
import io.poolcast.events.OrderLine;
import io.poolcast.events.ShopOrderEvent;
import io.poolcast.events.Violation;
import io.poolcast.events.reference.Sku;
import io.poolcast.pooling.model.RejectionReason;
import java.time.Instant;
import java.util.Optional;

/**
 * The checks of an order event that need no pool history: schema, pool key, cut-off, SKUs. Each
 * returns the rejection, or empty if the event passes.
 */
final class OrderEventCheck {
  private OrderEventCheck() {}

  static Optional<Decision> schema(ShopOrderEvent e) {
    if (e == null) {
      return Optional.of(Decision.rejected(null, RejectionReason.INVALID_EVENT, "event is null"));
    }
    return EventValidation.check(e)
        .map(Violation::detail)
        .map(detail -> Decision.rejected(e, RejectionReason.INVALID_EVENT, detail));
  }

  /** Supplier and region must be the pool's; the pool's day must not be before the requested. */
  static Optional<Decision> poolKey(ShopOrderEvent e, PoolKey key) {
    if (!key.supplierId().equals(e.supplierId()) || !key.regionId().equals(e.regionId())) {
      return reject(
          e,
          RejectionReason.WRONG_POOL,
          "order of " + e.supplierId() + PoolKey.SEPARATOR + e.regionId() + " sent to pool " + key);
    }
    if (e.type() != OrderEventType.CANCELLED
        && key.deliveryDate().isBefore(e.requestedDeliveryDate())) {
      return reject(
          e,
          RejectionReason.WRONG_POOL,
          "pool day " + key.deliveryDate() + " is before requested " + e.requestedDeliveryDate());
    }
    return Optional.empty();
  }

  /**
   * Late: made at or after the cut-off, processed after event time ({@code now}) reached it, or the
   * pool's day is after the order's latest delivery date.
   */
  static Optional<Decision> cutoff(ShopOrderEvent e, PoolKey key, Instant cutoff, Instant now) {
    if (!e.eventTime().isBefore(cutoff)) {
      return reject(
          e, RejectionReason.AFTER_CUTOFF, "made at " + e.eventTime() + ", cut-off was " + cutoff);
    }
    if (now != null && !now.isBefore(cutoff)) {
      return reject(
          e, RejectionReason.AFTER_CUTOFF, "arrived at " + now + ", after the cut-off " + cutoff);
    }
    if (e.type() != OrderEventType.CANCELLED
        && key.deliveryDate().isAfter(e.latestDeliveryDate())) {
      return reject(
          e,
          RejectionReason.AFTER_CUTOFF,
          "pool day " + key.deliveryDate() + " is after latest " + e.latestDeliveryDate());
    }
    return Optional.empty();
  }

  /** Every line must name a known SKU of the pool's supplier. */
  static Optional<Decision> skus(ShopOrderEvent e, PoolingReference ref) {
    for (OrderLine line : e.lines()) {
      Optional<Sku> sku = ref.sku(line.sku());
      if (sku.isEmpty()) {
        return reject(e, RejectionReason.UNKNOWN_SKU, "unknown sku " + line.sku());
      }
      if (!sku.get().supplierId().equals(e.supplierId())) {
        return reject(
            e,
            RejectionReason.FOREIGN_SKU,
            "sku "
                + line.sku()
                + " belongs to "
                + sku.get().supplierId()
                + ", not "
                + e.supplierId());
      }
    }
    return Optional.empty();
  }

  private static Optional<Decision> reject(
      ShopOrderEvent e, RejectionReason reason, String detail) {
    return Optional.of(Decision.rejected(e, reason, detail));
  }
}
