package io.poolcast.pooling;

import static io.poolcast.pooling.TestWorld.CUTOFF;
import static io.poolcast.pooling.TestWorld.MORNING;
import static io.poolcast.pooling.TestWorld.TUESDAY;
import static io.poolcast.pooling.TestWorld.event;
import static io.poolcast.pooling.TestWorld.line;
import static io.poolcast.pooling.TestWorld.placed;
import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.events.OrderEventType;
import io.poolcast.events.ShopOrderEvent;
import io.poolcast.pooling.model.RejectionReason;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PoolBookTest {
  private final PoolingReference ref = TestWorld.reference();
  private final ReleasePolicies policies = ReleasePolicies.defaults();

  @Test
  void acceptedEventOpensItsPoolAndAsksForATimerAtTheCutoff() {
    PoolBook book = new PoolBook();
    PoolBook.Applied applied = book.apply(placed("o1", "s1", line("sku-a", 60, 48_00)), null, ref);
    assertThat(applied.decision().isAccepted()).isTrue();
    assertThat(applied.cutoff()).contains(CUTOFF);
    assertThat(applied.progress()).isPresent();
    assertThat(book.pools).containsOnlyKeys(TUESDAY.toString());
    assertThat(book.homes).containsEntry("o1", TUESDAY.toString());
  }

  @Test
  void releaseEmptiesTheBookAfterTheHomeMemory() {
    PoolBook book = new PoolBook();
    book.apply(placed("o1", "s1", line("sku-a", 120, 48_00)), null, ref);
    PoolBook.Released released = book.releaseDue(CUTOFF, policies, ref);
    assertThat(released.releases())
        .singleElement()
        .satisfies(r -> assertThat(r.lines()).isNotEmpty());
    assertThat(book.pools).isEmpty();
    assertThat(book.isEmpty()).isFalse(); // the home is remembered for late amendments
    book.forgetHomes(released.forgetAt().orElseThrow());
    assertThat(book.isEmpty()).isTrue();
  }

  @Test
  void forgetsOnlyTheHomesOfReleasedDaysPastTheMemoryAlsoAfterARestore() {
    PoolBook book = new PoolBook();
    book.apply(placed("o1", "s1", line("sku-a", 120, 48_00)), null, ref);
    // A book as Flink restores it: homes set directly, the index by date not built yet.
    book.homes.put("o-old", TUESDAY.minusDays(20).toString());
    book.homes.put("o-later", TUESDAY.plusDays(30).toString());
    PoolBook.Released released = book.releaseDue(CUTOFF, policies, ref);

    book.forgetHomes(released.forgetAt().orElseThrow().minusSeconds(1));
    assertThat(book.homes).containsOnlyKeys("o1", "o-later"); // o1 is remembered 8 days

    book.forgetHomes(released.forgetAt().orElseThrow());
    assertThat(book.homes).containsOnlyKeys("o-later");
  }

  @Test
  void aLateAmendmentOfAReleasedOrderIsRefusedNotStartedAgain() {
    PoolBook book = new PoolBook();
    book.apply(placed("o1", "s1", line("sku-a", 120, 48_00)), null, ref);
    book.releaseDue(CUTOFF, policies, ref);
    ShopOrderEvent amend =
        event(
            "o1",
            2,
            OrderEventType.AMENDED,
            "s1",
            CUTOFF.plus(Duration.ofHours(1)),
            TUESDAY.plusDays(2),
            line("sku-a", 130, 48_00));
    PoolBook.Applied applied = book.apply(amend, null, ref);
    assertThat(applied.decision().reason()).isEqualTo(RejectionReason.POOL_RELEASED);
    assertThat(book.pools).isEmpty();
  }

  @Test
  void underMinimumOrdersRollOverIntoTheNextDaysPoolAndGetItsTimer() {
    PoolBook book = new PoolBook();
    // One small order under the 5,000 yuan minimum; accepts delivery until Thursday.
    book.apply(placed("o1", "s1", line("sku-b", 2, 12_50)), null, ref);
    PoolBook.Released released = book.releaseDue(CUTOFF, policies, ref);
    assertThat(released.releases().get(0).rolledOver()).hasSize(1);
    assertThat(released.refusedRollOvers()).isEmpty();
    assertThat(book.pools).containsOnlyKeys(TUESDAY.plusDays(1).toString());
    assertThat(released.cutoffs()).containsExactly(CUTOFF.plus(Duration.ofDays(1)));
    assertThat(book.homes).containsEntry("o1", TUESDAY.plusDays(1).toString());
  }

  @Test
  void anUnknownSupplierRegionIsAnUnknownPool() {
    ShopOrderEvent e = placed("o1", "s1", line("sku-a", 1, 48_00));
    ShopOrderEvent elsewhere =
        new ShopOrderEvent(
            e.eventId(),
            e.orderId(),
            1,
            e.type(),
            e.shopId(),
            e.supplierId(),
            "atlantis",
            e.lines(),
            MORNING,
            e.requestedDeliveryDate(),
            e.latestDeliveryDate());
    PoolBook.Applied applied = new PoolBook().apply(elsewhere, null, ref);
    assertThat(applied.decision().reason()).isEqualTo(RejectionReason.UNKNOWN_POOL);
  }

  @Test
  void duplicatesAreIgnoredOnce() {
    PoolBook book = new PoolBook();
    ShopOrderEvent e = placed("o1", "s1", line("sku-a", 10, 48_00));
    book.apply(e, null, ref);
    assertThat(book.apply(e, null, ref).decision().reason()).isEqualTo(RejectionReason.DUPLICATE);
    assertThat(book.pools.get(TUESDAY.toString()).orders).hasSize(1);
    assertThat(List.of(Instant.EPOCH)).isNotEmpty();
  }

  @Test
  void aFullPoolIsReleasedEarlyAndLaterOrdersGoToTheNextDay() {
    ReleasePolicies early =
        new ReleasePolicies(ReleasePolicy.DEFAULT.withEarlyRelease(true), java.util.Map.of());
    PoolBook book = new PoolBook();
    // 4,000 + 980 + 20 kg = five full 1,000 kg trucks; every tier at its top; > 25,000 yuan.
    ShopOrderEvent big =
        placed(
            "o1",
            "s1",
            line("sku-a", 400, 48_00),
            line("sku-b", 490, 12_50),
            line("sku-c", 4, 9_99));
    assertThat(book.apply(big, null, ref).decision().isAccepted()).isTrue();
    java.util.Optional<Release> release = book.releaseEarly(big, MORNING, early, ref);
    assertThat(release).isPresent();
    assertThat(release.get().lines())
        .allSatisfy(
            l ->
                assertThat(l.releaseReason())
                    .isEqualTo(io.poolcast.pooling.model.ReleaseReason.EARLY_FULL));

    PoolBook.Applied next = book.apply(placed("o2", "s2", line("sku-a", 1, 48_00)), null, ref);
    assertThat(next.decision().isAccepted()).isTrue();
    assertThat(book.homes).containsEntry("o2", TUESDAY.plusDays(1).toString());
    // The early-released pool stays until its cut-off, then leaves without a second release.
    PoolBook.Released atCutoff = book.releaseDue(CUTOFF, early, ref);
    assertThat(atCutoff.releases()).allSatisfy(r -> assertThat(r.lines()).isEmpty());
  }

  @Test
  void noEarlyReleaseWithoutThePolicy() {
    PoolBook book = new PoolBook();
    ShopOrderEvent big =
        placed(
            "o1",
            "s1",
            line("sku-a", 400, 48_00),
            line("sku-b", 490, 12_50),
            line("sku-c", 4, 9_99));
    book.apply(big, null, ref);
    assertThat(book.releaseEarly(big, MORNING, policies, ref)).isEmpty();
  }

  @Test
  void nextCutoffIsTheEarliestOpenPoolsCutoff() {
    PoolBook book = new PoolBook();
    assertThat(book.nextCutoff()).isEmpty();
    book.apply(placed("o1", "s1", line("sku-b", 2, 12_50)), null, ref);
    assertThat(book.nextCutoff()).contains(CUTOFF);
    book.releaseDue(CUTOFF, policies, ref); // under the minimum: rolls over to Wednesday
    assertThat(book.nextCutoff()).contains(CUTOFF.plus(Duration.ofDays(1)));
  }

  @Test
  void aTierChangeReachesOnlyPoolsOpenedAfterIt() {
    PoolingReference before = ref; // sku-a: 8 % from 50 units
    PoolingReference after = TestWorld.referenceWithSkuATopTier(1_500); // 15 % from 50 units
    PoolBook book = new PoolBook();
    book.apply(placed("o1", "s1", line("sku-a", 120, 48_00)), null, before);
    // Tuesday's pool opened under the old terms and keeps them for a later order ...
    book.apply(placed("o2", "s2", line("sku-a", 10, 48_00)), null, after);
    // ... while an order after Tuesday's cut-off opens Wednesday's pool under the new terms.
    Instant evening = CUTOFF.plus(Duration.ofHours(1));
    book.apply(
        event(
            "o3",
            1,
            OrderEventType.PLACED,
            "s3",
            evening,
            TUESDAY.plusDays(3),
            line("sku-a", 120, 48_00)),
        evening,
        after);
    assertThat(book.terms).hasSize(2);

    PoolBook.Released tuesday = book.releaseDue(CUTOFF, policies, after);
    assertThat(tuesday.releases().get(0).lines())
        .singleElement()
        .satisfies(l -> assertThat(l.unitPriceCents()).isEqualTo(unitPrice(800)));
    assertThat(book.terms)
        .singleElement()
        .satisfies(t -> assertThat(t.version).isEqualTo(after.termsOf(TestWorld.SUPPLIER).version));

    PoolBook.Released wednesday = book.releaseDue(CUTOFF.plus(Duration.ofDays(1)), policies, after);
    assertThat(wednesday.releases().get(0).lines())
        .singleElement()
        .satisfies(l -> assertThat(l.unitPriceCents()).isEqualTo(unitPrice(1_500)));
    assertThat(book.terms).isEmpty();
  }

  private static long unitPrice(int basisPoints) {
    return PooledPrice.unitPriceCents(48_00, basisPoints, 0);
  }

  @Test
  void progressCanBeSkippedWithoutChangingTheDecision() {
    PoolBook book = new PoolBook();
    PoolBook.Applied applied =
        book.apply(placed("o1", "s1", line("sku-a", 60, 48_00)), null, ref, false);
    assertThat(applied.decision().isAccepted()).isTrue();
    assertThat(applied.progress()).isEmpty();
    assertThat(applied.cutoff()).contains(CUTOFF);
  }
}
