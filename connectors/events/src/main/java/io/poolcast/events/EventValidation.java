package io.poolcast.events;

import java.util.Optional;

/**
 * Schema rules that JSON types alone cannot express. Each topic's rules are listed in {@code
 * docs/topics.md}; a record that breaks one goes to the dead-letter topic with the reason.
 */
public final class EventValidation {
  private EventValidation() {}

  /** The first rule the value breaks, if any. Types without rules are always valid. */
  public static Optional<Violation> check(Object value) {
    if (value instanceof ShopOrderEvent order) {
      return checkOrder(order);
    }
    if (value instanceof PosSale sale) {
      return checkSale(sale);
    }
    return Optional.empty();
  }

  static Optional<Violation> checkOrder(ShopOrderEvent o) {
    Optional<Violation> missing =
        firstMissing(
            "event_id", o.eventId(),
            "order_id", o.orderId(),
            "type", o.type(),
            "shop_id", o.shopId(),
            "supplier_id", o.supplierId(),
            "region_id", o.regionId(),
            "event_time", o.eventTime(),
            "requested_delivery_date", o.requestedDeliveryDate(),
            "latest_delivery_date", o.latestDeliveryDate());
    if (missing.isPresent()) {
      return missing;
    }
    if (o.version() < 1) {
      return Optional.of(Violation.invalid("version must be at least 1, was " + o.version()));
    }
    if (o.latestDeliveryDate().isBefore(o.requestedDeliveryDate())) {
      return Optional.of(
          Violation.invalid(
              "latest_delivery_date "
                  + o.latestDeliveryDate()
                  + " is before requested_delivery_date "
                  + o.requestedDeliveryDate()));
    }
    if (o.type() != OrderEventType.CANCELLED && o.lines().isEmpty()) {
      return Optional.of(Violation.invalid(o.type() + " order has no lines"));
    }
    for (int i = 0; i < o.lines().size(); i++) {
      Optional<Violation> line = checkLine(o.lines().get(i), i);
      if (line.isPresent()) {
        return line;
      }
    }
    return Optional.empty();
  }

  private static Optional<Violation> checkLine(OrderLine line, int index) {
    if (line == null || line.sku() == null || line.sku().isBlank()) {
      return Optional.of(Violation.missing("lines[" + index + "].sku"));
    }
    if (line.quantity() < 1) {
      return Optional.of(
          Violation.invalid(
              "lines[" + index + "].quantity must be positive, was " + line.quantity()));
    }
    if (line.listPriceCents() < 0) {
      return Optional.of(
          Violation.invalid(
              "lines[" + index + "].list_price_cents is negative: " + line.listPriceCents()));
    }
    return Optional.empty();
  }

  static Optional<Violation> checkSale(PosSale s) {
    Optional<Violation> missing =
        firstMissing(
            "sale_id", s.saleId(),
            "shop_id", s.shopId(),
            "region_id", s.regionId(),
            "sku", s.sku(),
            "event_time", s.eventTime());
    if (missing.isPresent()) {
      return missing;
    }
    if (s.quantity() < 1) {
      return Optional.of(Violation.invalid("quantity must be positive, was " + s.quantity()));
    }
    if (s.unitPriceCents() < 0) {
      return Optional.of(Violation.invalid("unit_price_cents is negative: " + s.unitPriceCents()));
    }
    return Optional.empty();
  }

  /** Pairs of (name, value); the first null or blank value is reported. */
  private static Optional<Violation> firstMissing(Object... namesAndValues) {
    for (int i = 0; i < namesAndValues.length; i += 2) {
      Object value = namesAndValues[i + 1];
      if (value == null || (value instanceof String s && s.isBlank())) {
        return Optional.of(Violation.missing((String) namesAndValues[i]));
      }
    }
    return Optional.empty();
  }
}
