package io.poolcast.pooling;

import static io.poolcast.pooling.TestWorld.CUTOFF;
import static io.poolcast.pooling.TestWorld.MORNING;
import static io.poolcast.pooling.TestWorld.TUESDAY;
import static io.poolcast.pooling.TestWorld.event;
import static io.poolcast.pooling.TestWorld.line;
import static io.poolcast.pooling.TestWorld.placed;
import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.events.OrderEventType;
import io.poolcast.pooling.model.OrderRelease;
import io.poolcast.pooling.model.PoolAllocation;
import io.poolcast.pooling.model.PooledOrderLine;
import io.poolcast.pooling.model.RejectionReason;
import io.poolcast.pooling.model.ReleaseReason;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PoolReleaseTest {
  private static final LocalDate WEDNESDAY = TUESDAY.plusDays(1);

  private final PoolingReference ref = TestWorld.reference();
  private final Pool pool = TestWorld.openPool(ref);

  /** ¥5,474.93 over 3 categories: minimum met, sku-a at tier 2, no category tier. */
  private void minimumMet() {
    pool.apply(placed("o1", "shop-1", line("sku-a", 60, 4_800)), MORNING, ref);
    pool.apply(
        placed("o2", "shop-2", line("sku-a", 50, 4_800), line("sku-b", 10, 1_250)), MORNING, ref);
    pool.apply(placed("o3", "shop-3", line("sku-c", 4, 999), line("sku-c", 3, 999)), MORNING, ref);
  }

  private static PooledOrderLine pooled(Release r, String sku) {
    return r.lines().stream().filter(l -> l.sku().equals(sku)).findFirst().orElseThrow();
  }

  @Test
  void minimumMetAtCutoffReleasesEveryOrderAtTierPrices() {
    minimumMet();
    Release r = pool.release(ReleasePolicy.DEFAULT, CUTOFF, ref);
    assertThat(r.released()).isTrue();
    PooledOrderLine a = pooled(r, "sku-a");
    assertThat(a)
        .isEqualTo(
            new PooledOrderLine(
                "sup-003|east-hz|2026-01-06",
                "sup-003",
                "east-hz",
                TUESDAY,
                "sku-a",
                "beverages",
                110,
                4_800,
                4_416,
                2,
                0,
                2,
                2,
                2,
                ReleaseReason.CUTOFF,
                CUTOFF));
    assertThat(pooled(r, "sku-b").unitPriceCents()).isEqualTo(1_250);
    assertThat(pooled(r, "sku-c").quantity()).isEqualTo(7);
    assertThat(r.allocations())
        .contains(
            new PoolAllocation(
                "sup-003|east-hz|2026-01-06", "o1", "shop-1", "sku-a", 60, 4_800, 4_416, 23_040),
            new PoolAllocation(
                "sup-003|east-hz|2026-01-06", "o3", "shop-3", "sku-c", 7, 999, 999, 0));
    assertThat(r.allocations()).hasSize(4);
    assertThat(r.orders()).extracting(OrderRelease::reason).containsOnly(ReleaseReason.CUTOFF);
    assertThat(r.rolledOver()).isEmpty();
    assertThat(pool.released).isTrue();
    assertThat(pool.releasedAt).isEqualTo(CUTOFF);
  }

  @Test
  void aReleaseListsItsLinesAndAllocationsInTheirNaturalOrder() {
    // o9 comes first, its SKUs out of order: the release sorts by order and SKU.
    pool.apply(
        placed("o9", "shop-9", line("sku-c", 4, 999), line("sku-a", 3, 4_800)), MORNING, ref);
    minimumMet();
    Release r = pool.release(ReleasePolicy.DEFAULT, CUTOFF, ref);

    assertThat(r.lines())
        .extracting(PooledOrderLine::sku)
        .containsExactly("sku-a", "sku-b", "sku-c");
    assertThat(r.lines()).isSorted();
    assertThat(r.allocations())
        .extracting(a -> a.orderId() + "/" + a.sku())
        .containsExactly("o1/sku-a", "o2/sku-a", "o2/sku-b", "o3/sku-c", "o9/sku-a", "o9/sku-c");
    assertThat(r.allocations()).isSorted();
  }

  @Test
  void allocationsOrderByPoolOrderAndSkuOnly() {
    PoolAllocation a = new PoolAllocation("p1", "o2", "shop-1", "sku-a", 1, 100, 90, 10);
    assertThat(a.compareTo(new PoolAllocation("p1", "o1", "shop-1", "sku-a", 1, 100, 90, 10)))
        .isPositive();
    assertThat(a.compareTo(new PoolAllocation("p2", "o1", "shop-1", "sku-a", 1, 100, 90, 10)))
        .isNegative();
    assertThat(a.compareTo(new PoolAllocation("p1", "o2", "shop-9", "sku-b", 1, 100, 90, 10)))
        .isNegative();
    assertThat(a.compareTo(new PoolAllocation("p1", "o2", "shop-9", "sku-a", 5, 1, 1, 0))).isZero();
  }

  @Test
  void categoryTierAddsToEveryLine() {
    minimumMet();
    // + ¥4,995 of dairy: ¥10,469.93 over 3 categories reaches category tier 1 (2 %).
    pool.apply(placed("o4", "shop-4", line("sku-c", 500, 999)), MORNING, ref);
    Release r = pool.release(ReleasePolicy.DEFAULT, CUTOFF, ref);
    assertThat(pooled(r, "sku-a").categoryTier()).isEqualTo(1);
    assertThat(pooled(r, "sku-a").unitPriceCents()).isEqualTo(4_800 - 4_800 * 1_000 / 10_000);
    assertThat(pooled(r, "sku-c").unitPriceCents()).isEqualTo(999 - 999 * 200 / 10_000);
  }

  @Test
  void releaseBeforeCutoffDoesNothingWithoutEarlyRelease() {
    minimumMet();
    Release r = pool.release(ReleasePolicy.DEFAULT, CUTOFF.minusMillis(1), ref);
    assertThat(r.released()).isFalse();
    assertThat(r.lines()).isEmpty();
    assertThat(pool.released).isFalse();
  }

  @Test
  void secondReleaseReleasesNothing() {
    minimumMet();
    pool.release(ReleasePolicy.DEFAULT, CUTOFF, ref);
    Release again = pool.release(ReleasePolicy.DEFAULT, CUTOFF.plusSeconds(1), ref);
    assertThat(again.released()).isFalse();
    assertThat(again.allocations()).isEmpty();
  }

  @Test
  void underMinimumRollsOverWhatMayWaitAndReleasesTheRestAtList() {
    pool.apply(placed("o1", "shop-1", line("sku-a", 30, 4_800)), MORNING, ref); // latest Thursday
    pool.apply(
        event("o2", 1, OrderEventType.PLACED, "shop-2", MORNING, TUESDAY, line("sku-a", 25, 4_800)),
        MORNING,
        ref);
    Release r = pool.release(ReleasePolicy.DEFAULT, CUTOFF, ref);
    assertThat(r.rolledOver()).hasSize(1);
    RolledOverOrder rolled = r.rolledOver().get(0);
    assertThat(rolled.order().orderId()).isEqualTo("o1");
    assertThat(rolled.toPool()).isEqualTo(TestWorld.POOL.withDeliveryDate(WEDNESDAY));
    assertThat(r.lines())
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.quantity()).isEqualTo(25);
              assertThat(l.unitPriceCents()).isEqualTo(4_800);
              assertThat(l.tier())
                  .isZero(); // 25 units would reach tier 1, but not under the minimum
              assertThat(l.releaseReason()).isEqualTo(ReleaseReason.UNDER_MINIMUM_AT_LIST);
            });
    assertThat(r.orders())
        .containsExactlyInAnyOrder(
            new OrderRelease(
                TestWorld.POOL.poolId(), "o2", "shop-2", ReleaseReason.UNDER_MINIMUM_AT_LIST),
            new OrderRelease(TestWorld.POOL.poolId(), "o1", "shop-1", ReleaseReason.ROLLED_OVER));
  }

  @Test
  void rolledOverOrderJoinsTheNextPool() {
    pool.apply(placed("o1", "shop-1", line("sku-a", 30, 4_800)), MORNING, ref);
    Release r = pool.release(ReleasePolicy.DEFAULT, CUTOFF, ref);
    RolledOverOrder rolled = r.rolledOver().get(0);
    Pool next = Pool.open(rolled.toPool(), ref.calendar(rolled.toPool()).orElseThrow());
    assertThat(next.apply(rolled.order(), CUTOFF, ref).isAccepted()).isTrue();
  }

  @Test
  void underMinimumWithRejectPolicyRefusesWhatCannotWait() {
    pool.apply(
        event("o2", 1, OrderEventType.PLACED, "shop-2", MORNING, TUESDAY, line("sku-a", 25, 4_800)),
        MORNING,
        ref);
    Release r =
        pool.release(
            ReleasePolicy.DEFAULT.withUnderMinimum(ReleasePolicy.UnderMinimum.REJECT), CUTOFF, ref);
    assertThat(r.released()).isTrue();
    assertThat(r.lines()).isEmpty();
    assertThat(r.rejections())
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.orderId()).isEqualTo("o2");
              assertThat(x.reason()).isEqualTo(RejectionReason.UNDER_MINIMUM);
            });
    assertThat(r.orders())
        .extracting(OrderRelease::reason)
        .containsExactly(ReleaseReason.UNDER_MINIMUM_REJECTED);
  }

  @Test
  void withoutRollOverEverythingGoesAtList() {
    pool.apply(placed("o1", "shop-1", line("sku-a", 30, 4_800)), MORNING, ref);
    Release r = pool.release(ReleasePolicy.DEFAULT.withRollOver(false), CUTOFF, ref);
    assertThat(r.rolledOver()).isEmpty();
    assertThat(r.allocations())
        .singleElement()
        .satisfies(a -> assertThat(a.savingCents()).isZero());
  }

  @Test
  void saturdayPoolRollsOverToMondayWhenSundayHasNoDelivery() {
    PoolKey saturday = TestWorld.POOL.withDeliveryDate(LocalDate.of(2026, 1, 10));
    Pool sat = Pool.open(saturday, ref.calendar(saturday).orElseThrow());
    sat.apply(
        new io.poolcast.events.ShopOrderEvent(
            "e1",
            "o1",
            1,
            OrderEventType.PLACED,
            "shop-1",
            "sup-003",
            "east-hz",
            java.util.List.of(line("sku-a", 1, 4_800)),
            MORNING,
            saturday.deliveryDate(),
            LocalDate.of(2026, 1, 12)),
        MORNING,
        ref);
    Release r = sat.release(ReleasePolicy.DEFAULT, sat.cutoff, ref);
    assertThat(r.rolledOver())
        .singleElement()
        .satisfies(o -> assertThat(o.toPool().deliveryDate()).isEqualTo(LocalDate.of(2026, 1, 12)));
  }

  @Test
  void emptyPoolReleasesNothingButCloses() {
    Release r = pool.release(ReleasePolicy.DEFAULT, CUTOFF, ref);
    assertThat(r.released()).isTrue();
    assertThat(r.lines()).isEmpty();
    assertThat(r.orders()).isEmpty();
  }

  /** 5 750 kg in 6 trucks of 1 000 kg (96 %), ¥28,049.70 over 3 categories: all tiers at top. */
  private void fullAndTop(int skuBCases) {
    pool.apply(placed("o1", "shop-1", line("sku-a", 500, 4_800)), MORNING, ref);
    pool.apply(placed("o2", "shop-2", line("sku-b", skuBCases, 1_250)), MORNING, ref);
    pool.apply(placed("o3", "shop-3", line("sku-c", 30, 999)), MORNING, ref);
  }

  @Test
  void earlyReleaseWhenTopTiersAndFullTrucks() {
    fullAndTop(300);
    ReleasePolicy early = ReleasePolicy.DEFAULT.withEarlyRelease(true);
    Release r = pool.release(early, MORNING, ref);
    assertThat(r.released()).isTrue();
    assertThat(pooled(r, "sku-a").releaseReason()).isEqualTo(ReleaseReason.EARLY_FULL);
    assertThat(pooled(r, "sku-a").trucks()).isEqualTo(6);
    assertThat(pooled(r, "sku-a").unitPriceCents()).isEqualTo(4_800 - 528); // 8 % + 3 %
    assertThat(pool.apply(placed("o4", "shop-4", line("sku-a", 1, 4_800)), MORNING, ref).reason())
        .isEqualTo(RejectionReason.POOL_RELEASED);
  }

  @Test
  void noEarlyReleaseWithoutThePolicyOrBelowATopTier() {
    fullAndTop(300);
    assertThat(pool.release(ReleasePolicy.DEFAULT, MORNING, ref).released()).isFalse();
    Pool other = TestWorld.openPool(ref);
    other.apply(placed("o1", "shop-1", line("sku-a", 500, 4_800)), MORNING, ref);
    other.apply(placed("o2", "shop-2", line("sku-b", 99, 1_250)), MORNING, ref); // tier 1 at 100
    other.apply(placed("o3", "shop-3", line("sku-c", 130, 999)), MORNING, ref);
    assertThat(other.release(ReleasePolicy.DEFAULT.withEarlyRelease(true), MORNING, ref).released())
        .isFalse();
  }
}
