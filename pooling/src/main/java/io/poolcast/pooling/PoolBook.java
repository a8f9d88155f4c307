package io.poolcast.pooling;

import io.poolcast.events.IsoTimes;
import io.poolcast.events.OrderEventType;
import io.poolcast.events.ShopOrderEvent;
import io.poolcast.pooling.model.OrderRejection;
import io.poolcast.pooling.model.PoolProgress;
import io.poolcast.pooling.model.RejectionReason;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * All pools of one supplier in one region, one per delivery day, and where each order lives. The
 * unit a streaming job keeps in keyed state: keeping every day of a supplier × region together lets
 * amendments find their order's home pool and under-minimum orders roll over to the next day
 * without leaving the book.
 *
 * <p>A plain mutable POJO (public fields of maps and POJOs) so Flink serializes it without Kryo.
 * Dates are ISO strings as map keys.
 */
public final class PoolBook {
  /** How long an order's home is remembered after its pool was released. */
  public static final int HOME_MEMORY_DAYS = 8;

  /** Open pools by delivery date. */
  public Map<String, Pool> pools = new HashMap<>();

  /**
   * Order id → delivery date of its home pool. Kept for {@link #HOME_MEMORY_DAYS} after release, so
   * a late amendment is refused instead of starting the order again in a later pool.
   */
  public Map<String, String> homes = new HashMap<>();

  /**
   * {@link #homes} by delivery date, so that forgetting a day's homes reads only that day's: a
   * backfill's book holds a year of homes when its releases begin, and scanning them all at every
   * release took a fifth of a year's backfill. Derived, not stored (Flink skips transient fields):
   * rebuilt from {@link #homes} on first use after a restore.
   */
  private transient TreeMap<String, Set<String>> homesByDate;

  /**
   * The supplier's terms each open pool is priced by, one entry per version in use. A pool keeps
   * the terms in force when it opened, so a tier change reaches only pools opened after it; see
   * {@link #termsOf}.
   */
  public List<SupplierTerms> terms = new ArrayList<>();

  public PoolBook() {}

  /**
   * What one event did.
   *
   * @param decision accepted, ignored or rejected, with the reason
   * @param progress the pool's progress after an accepted change
   * @param cutoff the cut-off of the pool the event went to: the caller's timer
   */
  public record Applied(
      Decision decision, Optional<PoolProgress> progress, Optional<Instant> cutoff) {}

  /**
   * What a release timer did.
   *
   * @param releases the released pools, in delivery-date order
   * @param cutoffs cut-offs of pools that received rolled-over orders: new timers
   * @param forgetAt when to call {@link #forgetHomes} for these releases
   * @param refusedRollOvers rolled-over orders the next pool refused (never lost silently)
   */
  public record Released(
      List<Release> releases,
      List<Instant> cutoffs,
      Optional<Instant> forgetAt,
      List<OrderRejection> refusedRollOvers) {}

  /**
   * Routes an event to its pool and applies it.
   *
   * @param now the caller's event-time clock (the watermark), null when unknown
   */
  public Applied apply(ShopOrderEvent e, Instant now, PoolingReference ref) {
    return apply(e, now, ref, true);
  }

  /**
   * Routes an event to its pool and applies it; {@code withProgress} false skips building the
   * pool's progress (a backfill, which publishes no progress, saves most of its time there).
   */
  public Applied apply(ShopOrderEvent e, Instant now, PoolingReference ref, boolean withProgress) {
    String homeDate = e.orderId() == null ? null : homes.get(e.orderId());
    PoolKey home =
        homeDate == null
            ? null
            : new PoolKey(e.supplierId(), e.regionId(), IsoTimes.localDate(homeDate));
    Optional<PoolKey> routed = PoolRouter.keyFor(e, ref, home);
    if (routed.isEmpty()) {
      return refused(
          Decision.rejected(
              e,
              RejectionReason.UNKNOWN_POOL,
              "no delivery calendar for supplier "
                  + e.supplierId()
                  + " in region "
                  + e.regionId()));
    }
    PoolKey key = routed.get();
    if (home == null) {
      key = pastEarlyReleases(key, ref);
    }
    String date = key.deliveryDate().toString();
    Pool pool = pools.get(date);
    if (pool == null && home != null && e.type() != OrderEventType.PLACED) {
      return refused(
          Decision.rejected(
              e, RejectionReason.POOL_RELEASED, "pool " + key.poolId() + " was already released"));
    }
    if (pool == null) {
      pool = open(key, ref);
    }
    Decision decision = pool.apply(e, now, ref);
    if (!decision.isAccepted()) {
      return refused(decision);
    }
    pools.put(date, pool);
    home(e.orderId(), date);
    return new Applied(
        decision,
        withProgress
            ? Optional.of(pool.progress(e.eventTime(), ref, termsOf(pool, ref)))
            : Optional.empty(),
        Optional.of(pool.cutoff));
  }

  /** A new pool, priced by the supplier's terms as the reference has them now. */
  private Pool open(PoolKey key, PoolingReference ref) {
    Pool pool = Pool.open(key, ref.calendar(key).orElseThrow());
    SupplierTerms current = ref.termsOf(key.supplierId());
    if (terms.stream().noneMatch(t -> t.version.equals(current.version))) {
      terms.add(current);
    }
    pool.termsVersion = current.version;
    return pool;
  }

  /**
   * The terms a pool is priced by: those in force when it opened. A pool restored from a state
   * written before pools kept their terms has no version and takes the reference's current terms.
   */
  public SupplierTerms termsOf(Pool pool, PoolingReference ref) {
    return terms.stream()
        .filter(t -> t.version.equals(pool.termsVersion))
        .findFirst()
        .orElseGet(() -> ref.termsOf(pool.key.supplierId()));
  }

  /** Drops terms no open pool is priced by any more. */
  private void forgetUnusedTerms() {
    terms.removeIf(t -> pools.values().stream().noneMatch(p -> t.version.equals(p.termsVersion)));
  }

  /**
   * A new order never joins a pool that was released early: it goes to the next delivery day's pool
   * instead (the released pool stays in the book until its cut-off, refusing changes).
   */
  private PoolKey pastEarlyReleases(PoolKey key, PoolingReference ref) {
    PoolKey target = key;
    Pool pool = pools.get(target.deliveryDate().toString());
    while (pool != null && pool.released) {
      LocalDate next =
          ref.calendar(target).orElseThrow().nextDeliveryDayAfter(target.deliveryDate());
      target = target.withDeliveryDate(next);
      pool = pools.get(next.toString());
    }
    return target;
  }

  /**
   * After an accepted change: releases the order's pool at once if its supplier's policy allows
   * early release and the pool qualifies (minimum met, top tiers, full trucks).
   *
   * @return the early release, if it happened
   */
  public Optional<Release> releaseEarly(
      ShopOrderEvent e, Instant at, ReleasePolicies policies, PoolingReference ref) {
    ReleasePolicy policy = policies.forSupplier(e.supplierId());
    String date = e.orderId() == null ? null : homes.get(e.orderId());
    Pool pool = date == null ? null : pools.get(date);
    if (!policy.earlyRelease() || pool == null || pool.released || !at.isBefore(pool.cutoff)) {
      return Optional.empty();
    }
    Release release = pool.release(policy, at, ref, termsOf(pool, ref));
    return release.released() ? Optional.of(release) : Optional.empty();
  }

  /** Releases every pool whose cut-off is at or before {@code at}, oldest first. */
  public Released releaseDue(Instant at, ReleasePolicies policies, PoolingReference ref) {
    List<String> due =
        pools.entrySet().stream()
            .filter(p -> !p.getValue().cutoff.isAfter(at))
            .map(Map.Entry::getKey)
            .sorted()
            .toList();
    List<Release> releases = new ArrayList<>();
    List<Instant> cutoffs = new ArrayList<>();
    List<OrderRejection> refused = new ArrayList<>();
    for (String date : due) {
      Pool pool = pools.remove(date);
      Release release =
          pool.release(
              policies.forSupplier(pool.key.supplierId()), pool.cutoff, ref, termsOf(pool, ref));
      releases.add(release);
      for (RolledOverOrder moved : release.rolledOver()) {
        Decision decision = rollOver(moved, ref);
        decision.rejection().ifPresent(refused::add);
        cutoffs.add(pools.get(moved.toPool().deliveryDate().toString()).cutoff);
      }
    }
    forgetUnusedTerms();
    Optional<Instant> forgetAt =
        due.stream().reduce((a, b) -> b).map(last -> forgetTime(LocalDate.parse(last)));
    return new Released(releases, cutoffs, forgetAt, refused);
  }

  private Decision rollOver(RolledOverOrder moved, PoolingReference ref) {
    String date = moved.toPool().deliveryDate().toString();
    Pool target = pools.get(date);
    if (target == null) {
      target = open(moved.toPool(), ref);
      pools.put(date, target);
    }
    Decision decision = target.apply(moved.order(), null, ref);
    if (decision.isAccepted()) {
      home(moved.order().orderId(), date);
    }
    return decision;
  }

  /** When the homes of a pool delivered on {@code deliveryDate} may be forgotten. */
  static Instant forgetTime(LocalDate deliveryDate) {
    return deliveryDate.plusDays(HOME_MEMORY_DAYS).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /**
   * Forgets the homes of released orders whose delivery day is the memory or more ago. Decided once
   * per delivery day, not per order: a book holds many orders of few days, and it is asked after
   * every release.
   */
  public void forgetHomes(Instant at) {
    Iterator<Map.Entry<String, Set<String>>> days = homesByDate().entrySet().iterator();
    while (days.hasNext()) {
      Map.Entry<String, Set<String>> day = days.next();
      String date = day.getKey();
      if (forgetTime(IsoTimes.localDate(date)).isAfter(at)) {
        return; // ISO dates sort by day: every later day is remembered too
      }
      if (!pools.containsKey(date)) {
        day.getValue().forEach(orderId -> homes.remove(orderId, date));
        days.remove();
      }
    }
  }

  /** Records an order's home pool, keeping the index by date in step. */
  private void home(String orderId, String date) {
    String before = homes.put(orderId, date);
    if (homesByDate == null) {
      return; // built from the homes when first needed
    }
    if (before != null && !before.equals(date)) {
      Set<String> previous = homesByDate.get(before);
      if (previous != null) {
        previous.remove(orderId);
      }
    }
    homesByDate.computeIfAbsent(date, d -> new HashSet<>()).add(orderId);
  }

  private TreeMap<String, Set<String>> homesByDate() {
    if (homesByDate == null) {
      homesByDate = new TreeMap<>();
      homes.forEach((id, date) -> homesByDate.computeIfAbsent(date, d -> new HashSet<>()).add(id));
    }
    return homesByDate;
  }

  /** The earliest cut-off of the open pools: what to release next when input has ended. */
  public Optional<Instant> nextCutoff() {
    return pools.values().stream().map(p -> p.cutoff).min(Instant::compareTo);
  }

  /** True when nothing is left to keep: the caller may clear its state. */
  public boolean isEmpty() {
    return pools.isEmpty() && homes.isEmpty() && terms.isEmpty();
  }

  private static Applied refused(Decision decision) {
    return new Applied(decision, Optional.empty(), Optional.empty());
  }
}
