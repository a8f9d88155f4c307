package io.poolcast.pooling;

import io.poolcast.events.ShopOrderEvent;
import io.poolcast.events.reference.Supplier;
import io.poolcast.pooling.model.OrderRejection;
import io.poolcast.pooling.model.OrderRelease;
import io.poolcast.pooling.model.RejectionReason;
import io.poolcast.pooling.model.ReleaseReason;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides how a pool is released.
 *
 * <ul>
 *   <li>Before the cut-off: nothing, unless the policy allows early release and the minimum is met,
 *       every SKU and the category tier are at their top and the trucks are full ({@code
 *       EARLY_FULL}).
 *   <li>At or after the cut-off with the minimum met: every order at the tier prices ({@code
 *       CUTOFF}).
 *   <li>Under the minimum: orders whose latest delivery date reaches the next delivery day roll
 *       over ({@code ROLLED_OVER}, if the policy rolls over); the others are released at list
 *       ({@code UNDER_MINIMUM_AT_LIST}) or refused ({@code UNDER_MINIMUM_REJECTED}) per policy.
 * </ul>
 */
final class PoolRelease {
  private PoolRelease() {}

  static Release of(
      Pool pool, ReleasePolicy policy, Instant at, PoolingReference ref, SupplierTerms terms) {
    String poolId = pool.key.poolId();
    if (pool.released) {
      return Release.nothing(poolId, at, "already released at " + pool.releasedAt);
    }
    List<ShopOrderEvent> active = pool.activeOrders();
    PoolTotals totals = PoolTotals.of(active, ref);
    Supplier supplier = terms.supplier;
    boolean minimumMet = MinimumBatch.isMet(totals, supplier);
    if (at.isBefore(pool.cutoff)) {
      return earlyRelease(pool, policy, at, ref, terms, active, totals, minimumMet);
    }
    if (minimumMet) {
      return ReleasedLines.build(pool.key, active, totals, terms, true, ReleaseReason.CUTOFF, at)
          .toRelease(List.of(), List.of(), List.of(), "minimum met at cut-off");
    }
    return underMinimum(pool, policy, at, ref, terms, active);
  }

  private static Release earlyRelease(
      Pool pool,
      ReleasePolicy policy,
      Instant at,
      PoolingReference ref,
      SupplierTerms terms,
      List<ShopOrderEvent> active,
      PoolTotals totals,
      boolean minimumMet) {
    String poolId = pool.key.poolId();
    if (!policy.earlyRelease() || !minimumMet || active.isEmpty()) {
      return Release.nothing(poolId, at, "before cut-off " + pool.cutoff);
    }
    boolean top = PoolQuote.tiered(totals, terms).topTiersReached();
    TruckPlan trucks = TruckPlans.of(totals, terms.supplier);
    if (!top || !trucks.isFull(policy.fullTruckFill())) {
      return Release.nothing(poolId, at, "before cut-off, not at top tier with full trucks");
    }
    return ReleasedLines.build(pool.key, active, totals, terms, true, ReleaseReason.EARLY_FULL, at)
        .toRelease(List.of(), List.of(), List.of(), "top tiers and full trucks before cut-off");
  }

  private static Release underMinimum(
      Pool pool,
      ReleasePolicy policy,
      Instant at,
      PoolingReference ref,
      SupplierTerms terms,
      List<ShopOrderEvent> active) {
    Optional<LocalDate> next =
        ref.calendar(pool.key).map(cal -> cal.nextDeliveryDayAfter(pool.key.deliveryDate()));
    List<RolledOverOrder> rolled = new ArrayList<>();
    List<ShopOrderEvent> staying = new ArrayList<>();
    for (ShopOrderEvent order : active) {
      if (policy.rollOverUnderMinimum()
          && next.isPresent()
          && !order.latestDeliveryDate().isBefore(next.get())) {
        rolled.add(new RolledOverOrder(pool.key, pool.key.withDeliveryDate(next.get()), order));
      } else {
        staying.add(order);
      }
    }
    List<OrderRelease> rolledNotes = new ArrayList<>();
    for (RolledOverOrder r : rolled) {
      rolledNotes.add(
          new OrderRelease(
              pool.key.poolId(),
              r.order().orderId(),
              r.order().shopId(),
              ReleaseReason.ROLLED_OVER));
    }
    String detail = "under minimum: " + rolled.size() + " rolled over to " + next.orElse(null);
    if (policy.underMinimum() == ReleasePolicy.UnderMinimum.REJECT) {
      return rejectAll(pool.key, staying, at)
          .toRelease(rolledNotes, rolled, rejections(staying), detail);
    }
    return ReleasedLines.build(
            pool.key, staying, ref, terms, false, ReleaseReason.UNDER_MINIMUM_AT_LIST, at)
        .toRelease(rolledNotes, rolled, List.of(), detail);
  }

  private static ReleasedLines rejectAll(PoolKey key, List<ShopOrderEvent> orders, Instant at) {
    List<OrderRelease> notes = new ArrayList<>();
    for (ShopOrderEvent order : orders) {
      notes.add(
          new OrderRelease(
              key.poolId(), order.orderId(), order.shopId(), ReleaseReason.UNDER_MINIMUM_REJECTED));
    }
    return new ReleasedLines(key.poolId(), at, List.of(), List.of(), notes);
  }

  private static List<OrderRejection> rejections(List<ShopOrderEvent> orders) {
    List<OrderRejection> rejections = new ArrayList<>();
    for (ShopOrderEvent order : orders) {
      rejections.add(
          new OrderRejection(
              order.orderId(),
              order.eventId(),
              RejectionReason.UNDER_MINIMUM,
              "pool missed the supplier's minimum and the order cannot wait for the next delivery"));
    }
    return rejections;
  }
}
