package io.poolcast.pooling;

import static io.poolcast.pooling.TestWorld.CUTOFF;
import static io.poolcast.pooling.TestWorld.MORNING;
import static io.poolcast.pooling.TestWorld.TUESDAY;
import static io.poolcast.pooling.TestWorld.event;
import static io.poolcast.pooling.TestWorld.line;
import static io.poolcast.pooling.TestWorld.placed;
import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.events.DeadLetterReason;
import io.poolcast.events.OrderEventType;
import io.poolcast.events.ShopOrderEvent;
import io.poolcast.pooling.Decision.Outcome;
import io.poolcast.pooling.model.RejectionReason;
import java.util.List;
import org.junit.jupiter.api.Test;

class PoolApplyTest {
  private final PoolingReference ref = TestWorld.reference();
  private final Pool pool = TestWorld.openPool(ref);

  private Decision apply(ShopOrderEvent e) {
    return pool.apply(e, MORNING, ref);
  }

  @Test
  void openPoolClosesAtTheCalendarsCutoff() {
    assertThat(pool.cutoff).isEqualTo(CUTOFF);
    assertThat(pool.orders).isEmpty();
  }

  @Test
  void placedOrderIsAccepted() {
    Decision d = apply(placed("o1", "shop-1", line("sku-a", 3, 4_800)));
    assertThat(d.outcome()).isEqualTo(Outcome.ACCEPTED);
    assertThat(d.reason()).isNull();
    assertThat(d.rejection()).isEmpty();
    assertThat(pool.activeOrders()).hasSize(1);
    assertThat(pool.acceptedEvents).isEqualTo(1);
  }

  @Test
  void sameEventTwiceOrSameVersionTwiceIsADuplicateCountedOnce() {
    ShopOrderEvent e = placed("o1", "shop-1", line("sku-a", 3, 4_800));
    apply(e);
    Decision again = apply(e);
    assertThat(again.outcome()).isEqualTo(Outcome.IGNORED);
    assertThat(again.reason()).isEqualTo(RejectionReason.DUPLICATE);
    assertThat(again.rejection()).isEmpty();
    ShopOrderEvent sameVersionNewId =
        new ShopOrderEvent(
            "other-id",
            "o1",
            1,
            OrderEventType.PLACED,
            "shop-1",
            "sup-003",
            "east-hz",
            e.lines(),
            MORNING,
            TUESDAY,
            TUESDAY);
    assertThat(apply(sameVersionNewId).reason()).isEqualTo(RejectionReason.DUPLICATE);
    assertThat(pool.activeOrders()).hasSize(1);
    assertThat(pool.ignoredEvents).isEqualTo(2);
    assertThat(pool.acceptedEvents).isEqualTo(1);
  }

  @Test
  void amendmentReplacesTheOrderAndAnOlderVersionIsStale() {
    apply(placed("o1", "shop-1", line("sku-a", 3, 4_800)));
    ShopOrderEvent v3 =
        event("o1", 3, OrderEventType.AMENDED, "shop-1", MORNING, TUESDAY, line("sku-b", 9, 1_250));
    assertThat(apply(v3).isAccepted()).isTrue();
    assertThat(pool.latest("o1").orElseThrow().lines()).containsExactly(line("sku-b", 9, 1_250));
    ShopOrderEvent v2 =
        event("o1", 2, OrderEventType.AMENDED, "shop-1", MORNING, TUESDAY, line("sku-a", 1, 4_800));
    Decision stale = apply(v2);
    assertThat(stale.outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(stale.reason()).isEqualTo(RejectionReason.STALE_VERSION);
    assertThat(stale.rejection().orElseThrow().eventId()).isEqualTo("o1-v2");
    assertThat(pool.latest("o1").orElseThrow().version()).isEqualTo(3);
  }

  @Test
  void cancelledOrderStaysKnownButStopsCounting() {
    apply(placed("o1", "shop-1", line("sku-a", 3, 4_800)));
    assertThat(
            apply(event("o1", 2, OrderEventType.CANCELLED, "shop-1", MORNING, TUESDAY))
                .isAccepted())
        .isTrue();
    assertThat(pool.activeOrders()).isEmpty();
    assertThat(pool.orders).hasSize(1);
  }

  @Test
  void amendmentOrCancellationBeforeItsPlacementIsAccepted() {
    assertThat(
            apply(event("o9", 2, OrderEventType.CANCELLED, "shop-1", MORNING, TUESDAY))
                .isAccepted())
        .isTrue();
    assertThat(apply(placed("o9", "shop-1", line("sku-a", 1, 4_800))).reason())
        .isEqualTo(RejectionReason.STALE_VERSION);
    assertThat(pool.activeOrders()).isEmpty();
  }

  @Test
  void orderMadeAtTheCutoffIsLateAndOneMillisecondBeforeIsNot() {
    ShopOrderEvent atCutoff =
        event("o1", 1, OrderEventType.PLACED, "shop-1", CUTOFF, TUESDAY, line("sku-a", 1, 4_800));
    ShopOrderEvent justBefore =
        event(
            "o2",
            1,
            OrderEventType.PLACED,
            "shop-1",
            CUTOFF.minusMillis(1),
            TUESDAY,
            line("sku-a", 1, 4_800));
    assertThat(pool.apply(atCutoff, CUTOFF.minusMillis(1), ref).reason())
        .isEqualTo(RejectionReason.AFTER_CUTOFF);
    assertThat(pool.apply(justBefore, CUTOFF.minusMillis(1), ref).isAccepted()).isTrue();
  }

  @Test
  void eventArrivingAfterEventTimePassedTheCutoffIsLate() {
    Decision d = pool.apply(placed("o1", "shop-1", line("sku-a", 1, 4_800)), CUTOFF, ref);
    assertThat(d.reason()).isEqualTo(RejectionReason.AFTER_CUTOFF);
    assertThat(d.rejection().orElseThrow().reason().deadLetterReason())
        .isEqualTo(DeadLetterReason.TOO_LATE);
    assertThat(pool.apply(placed("o2", "shop-1", line("sku-a", 1, 4_800)), null, ref).isAccepted())
        .isTrue();
  }

  @Test
  void orderThatNoLongerAcceptsThePoolsDayIsLate() {
    ShopOrderEvent e =
        new ShopOrderEvent(
            "e",
            "o1",
            1,
            OrderEventType.PLACED,
            "shop-1",
            "sup-003",
            "east-hz",
            List.of(line("sku-a", 1, 4_800)),
            MORNING,
            TUESDAY.minusDays(1),
            TUESDAY.minusDays(1));
    assertThat(apply(e).reason()).isEqualTo(RejectionReason.AFTER_CUTOFF);
  }

  @Test
  void otherSupplierRegionOrLaterRequestedDayIsTheWrongPool() {
    ShopOrderEvent otherRegion =
        new ShopOrderEvent(
            "e1",
            "o1",
            1,
            OrderEventType.PLACED,
            "shop-1",
            "sup-003",
            "west-hz",
            List.of(line("sku-a", 1, 4_800)),
            MORNING,
            TUESDAY,
            TUESDAY);
    ShopOrderEvent laterDay =
        new ShopOrderEvent(
            "e2",
            "o2",
            1,
            OrderEventType.PLACED,
            "shop-1",
            "sup-003",
            "east-hz",
            List.of(line("sku-a", 1, 4_800)),
            MORNING,
            TUESDAY.plusDays(1),
            TUESDAY.plusDays(3));
    assertThat(apply(otherRegion).reason()).isEqualTo(RejectionReason.WRONG_POOL);
    assertThat(apply(laterDay).reason()).isEqualTo(RejectionReason.WRONG_POOL);
  }

  @Test
  void unknownAndForeignSkusAreRejected() {
    Decision unknown =
        apply(placed("o1", "shop-1", line("sku-a", 1, 4_800), line("sku-zzz", 1, 100)));
    assertThat(unknown.reason()).isEqualTo(RejectionReason.UNKNOWN_SKU);
    assertThat(unknown.detail()).contains("sku-zzz");
    assertThat(unknown.rejection().orElseThrow().reason().deadLetterReason())
        .isEqualTo(DeadLetterReason.UNKNOWN_REFERENCE);
    assertThat(apply(placed("o2", "shop-1", line("sku-x", 1, 500))).reason())
        .isEqualTo(RejectionReason.FOREIGN_SKU);
    assertThat(pool.orders).isEmpty();
    assertThat(pool.rejectedEvents).isEqualTo(2);
  }

  @Test
  void brokenEventsAreRejectedNotThrown() {
    assertThat(pool.apply(null, MORNING, ref).reason()).isEqualTo(RejectionReason.INVALID_EVENT);
    assertThat(apply(placed("o1", "shop-1")).reason()).isEqualTo(RejectionReason.INVALID_EVENT);
    assertThat(apply(placed("o2", "shop-1", line("sku-a", 0, 4_800))).reason())
        .isEqualTo(RejectionReason.INVALID_EVENT);
    assertThat(pool.rejectedEvents).isEqualTo(3);
  }

  @Test
  void releasedPoolRefusesNewEventsButStillRecognisesDuplicates() {
    ShopOrderEvent e = placed("o1", "shop-1", line("sku-a", 200, 4_800));
    apply(e);
    pool.release(ReleasePolicy.DEFAULT, CUTOFF, ref);
    assertThat(pool.apply(e, MORNING, ref).reason()).isEqualTo(RejectionReason.DUPLICATE);
    assertThat(apply(placed("o2", "shop-2", line("sku-a", 1, 4_800))).reason())
        .isEqualTo(RejectionReason.POOL_RELEASED);
  }
}
