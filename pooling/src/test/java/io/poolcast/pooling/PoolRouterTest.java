package io.poolcast.pooling;

import static io.poolcast.pooling.TestWorld.line;
import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.events.OrderEventType;
import io.poolcast.events.ShopOrderEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PoolRouterTest {
  private final PoolingReference ref = TestWorld.reference();

  private static ShopOrderEvent at(Instant time, LocalDate requested, OrderEventType type) {
    return new ShopOrderEvent(
        "e1",
        "o1",
        type == OrderEventType.PLACED ? 1 : 2,
        type,
        "shop-1",
        "sup-003",
        "east-hz",
        List.of(line("sku-a", 1, 4_800)),
        time,
        requested,
        requested.plusDays(5));
  }

  @Test
  void orderBeforeCutoffJoinsTomorrowsPool() {
    assertThat(
            PoolRouter.keyFor(at(TestWorld.MORNING, TestWorld.TUESDAY, OrderEventType.PLACED), ref))
        .contains(TestWorld.POOL);
  }

  @Test
  void orderAtCutoffJoinsTheNextDeliveryDaysPool() {
    assertThat(
            PoolRouter.keyFor(at(TestWorld.CUTOFF, TestWorld.TUESDAY, OrderEventType.PLACED), ref))
        .contains(TestWorld.POOL.withDeliveryDate(LocalDate.of(2026, 1, 7)));
  }

  @Test
  void neverBeforeTheRequestedDayAndNeverOnADayWithoutDelivery() {
    // Requested Sunday 11 January: no Sunday delivery, so Monday the 12th.
    assertThat(
            PoolRouter.keyFor(
                at(TestWorld.MORNING, LocalDate.of(2026, 1, 11), OrderEventType.PLACED), ref))
        .contains(TestWorld.POOL.withDeliveryDate(LocalDate.of(2026, 1, 12)));
  }

  @Test
  void unknownSupplierOrRegionIsUnroutable() {
    ShopOrderEvent e = at(TestWorld.MORNING, TestWorld.TUESDAY, OrderEventType.PLACED);
    ShopOrderEvent elsewhere =
        new ShopOrderEvent(
            e.eventId(),
            e.orderId(),
            1,
            e.type(),
            e.shopId(),
            e.supplierId(),
            "mars",
            e.lines(),
            e.eventTime(),
            e.requestedDeliveryDate(),
            e.latestDeliveryDate());
    assertThat(PoolRouter.keyFor(elsewhere, ref)).isEmpty();
    assertThat(PoolRouter.keyFor(null, ref)).isEmpty();
  }

  @Test
  void amendmentsGoToTheirHomePoolWhenKnown() {
    PoolKey home = TestWorld.POOL;
    ShopOrderEvent lateAmendment =
        at(TestWorld.CUTOFF.plusSeconds(60), TestWorld.TUESDAY, OrderEventType.AMENDED);
    assertThat(PoolRouter.keyFor(lateAmendment, ref, home)).contains(home);
    assertThat(PoolRouter.keyFor(lateAmendment, ref, null))
        .contains(home.withDeliveryDate(LocalDate.of(2026, 1, 7)));
    ShopOrderEvent placed =
        at(TestWorld.CUTOFF.plusSeconds(60), TestWorld.TUESDAY, OrderEventType.PLACED);
    assertThat(PoolRouter.keyFor(placed, ref, home))
        .contains(home.withDeliveryDate(LocalDate.of(2026, 1, 7)));
  }
}
