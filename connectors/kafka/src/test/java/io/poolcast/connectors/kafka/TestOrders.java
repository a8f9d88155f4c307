package io.poolcast.connectors.kafka;

import io.poolcast.events.OrderEventType;
import io.poolcast.events.OrderLine;
import io.poolcast.events.ShopOrderEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Small, valid shop orders for tests. */
final class TestOrders {
  private TestOrders() {}

  static ShopOrderEvent order(int n) {
    return order(n, 3);
  }

  static ShopOrderEvent order(int n, int quantity) {
    return new ShopOrderEvent(
        "evt-" + n,
        "ord-" + n,
        1,
        OrderEventType.PLACED,
        "shop-" + (n % 3),
        "sup-1",
        "r-east",
        List.of(new OrderLine("sku-" + n, quantity, 1250)),
        Instant.parse("2025-03-01T08:00:00Z").plusSeconds(60L * n),
        LocalDate.of(2025, 3, 4),
        LocalDate.of(2025, 3, 6));
  }
}
