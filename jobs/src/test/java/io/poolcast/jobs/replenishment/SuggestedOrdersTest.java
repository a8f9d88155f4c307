package io.poolcast.jobs.replenishment;

import static io.poolcast.jobs.replenishment.ReplenishmentTestWorld.THU;
import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.events.EventValidation;
import io.poolcast.events.OrderEventType;
import io.poolcast.events.OrderLine;
import io.poolcast.events.ReplenishmentSuggestion;
import io.poolcast.events.ShopOrderEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SuggestedOrdersTest {
  private static final Instant CLOSE = Instant.parse("2026-01-08T15:59:59.999Z");
  private static final Map<String, Long> PRICES =
      Map.of("cola", 3000L, "chips", 1200L, "tea", 4800L);

  private static ReplenishmentSuggestion suggestion(String supplier, String sku, int cases) {
    return new ReplenishmentSuggestion(
        "shop-1",
        "east-hz",
        supplier,
        sku,
        THU,
        0.8,
        3,
        0,
        12,
        cases,
        cases * 12,
        40.2,
        3,
        9,
        THU.plusDays(2),
        "line",
        THU,
        "card",
        CLOSE);
  }

  @Test
  void onePlacedOrderPerSupplierWithTheLinesToOrder() {
    List<ShopOrderEvent> orders =
        SuggestedOrders.place(
            List.of(
                suggestion("sup-2", "tea", 1),
                suggestion("sup-1", "cola", 3),
                suggestion("sup-1", "chips", 0),
                suggestion("sup-1", "beer", 2)),
            sku -> PRICES.getOrDefault(sku, 999L));
    assertThat(orders).hasSize(2);
    ShopOrderEvent first = orders.get(0);
    assertThat(first.orderId()).isEqualTo("r-shop-1-sup-1-20260108");
    assertThat(first.eventId()).isEqualTo("r-shop-1-sup-1-20260108-v1");
    assertThat(first.type()).isEqualTo(OrderEventType.PLACED);
    assertThat(first.version()).isEqualTo(1);
    assertThat(first.lines())
        .containsExactly(new OrderLine("beer", 2, 999), new OrderLine("cola", 3, 3000));
    assertThat(first.eventTime()).isEqualTo(CLOSE);
    assertThat(first.requestedDeliveryDate()).isEqualTo(THU.plusDays(2));
    assertThat(first.latestDeliveryDate()).isEqualTo(THU.plusDays(2));
    assertThat(first.listValueCents()).isEqualTo(2 * 999 + 3 * 3000);
    assertThat(orders.get(1).orderId()).isEqualTo("r-shop-1-sup-2-20260108");
    assertThat(orders.get(1).lines()).containsExactly(new OrderLine("tea", 1, 4800));
    assertThat(orders).allSatisfy(o -> assertThat(EventValidation.check(o)).isEmpty());
  }

  @Test
  void nothingToOrderNoOrder() {
    assertThat(SuggestedOrders.place(List.of(suggestion("sup-1", "cola", 0)), sku -> 1L)).isEmpty();
  }
}
