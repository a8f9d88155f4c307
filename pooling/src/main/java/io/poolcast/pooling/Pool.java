package io.poolcast.pooling;

import io.poolcast.events.OrderEventType;
import io.poolcast.events.ShopOrderEvent;
import io.poolcast.pooling.model.PoolProgress;
import io.poolcast.pooling.model.RejectionReason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The state of one open pool: the latest accepted version of every order, the event ids it took,
 * counters, and whether it was released.
 *
 * <p>A plain mutable POJO (public no-arg constructor, public fields of records, lists, strings,
 * numbers and {@code java.time} values) so a Flink {@code ValueState<Pool>} serializes it with the
 * POJO serializer, no Kryo. All rules are pure: they read the fields, the arguments and the {@link
 * PoolingReference} and never the clock. After {@link #apply} or {@link #release} the caller writes
 * the pool back to state.
 */
public final class Pool {
  /** Which pool this is. */
  public PoolKey key;

  /** When the pool closes (from the delivery calendar when opened). */
  public Instant cutoff;

  /** The latest accepted event of every order, cancelled ones included, in order of arrival. */
  public List<ShopOrderEvent> orders = new ArrayList<>();

  /** Ids of every accepted event, to recognise re-sent events. */
  public List<String> acceptedEventIds = new ArrayList<>();

  public long acceptedEvents;
  public long ignoredEvents;
  public long rejectedEvents;

  /** True once released; later events are refused with {@code POOL_RELEASED}. */
  public boolean released;

  /** When it was released, null while open. */
  public Instant releasedAt;

  /**
   * The {@link SupplierTerms#version} in force when the pool opened: the pool is priced by it to
   * the end (see {@link PoolBook#termsOf}). Null for a pool opened outside a book.
   */
  public String termsVersion;

  /** For serializers only; use {@link #open}. */
  public Pool() {}

  /** An empty pool for a key, closing at the calendar's cut-off of the key's day. */
  public static Pool open(PoolKey key, DeliveryCalendar calendar) {
    Pool pool = new Pool();
    pool.key = key;
    pool.cutoff = calendar.cutoffOf(key.deliveryDate());
    return pool;
  }

  /**
   * Takes an order event into the pool or tells why not. Checks, in order: schema ({@code
   * INVALID_EVENT}), re-sent event or version ({@code DUPLICATE}, ignored), supplier/region/day
   * ({@code WRONG_POOL}), released ({@code POOL_RELEASED}), cut-off ({@code AFTER_CUTOFF}), older
   * version ({@code STALE_VERSION}), SKUs ({@code UNKNOWN_SKU}, {@code FOREIGN_SKU}).
   *
   * <p>An amendment or cancellation of an order the pool has not seen is accepted: every event
   * carries the full order, and in an out-of-order stream it may come before its placement.
   *
   * @param now event-time "now" of the caller (the current watermark); an event processed at or
   *     after the cut-off is late even if it was made before it. Null to check event time only.
   */
  public Decision apply(ShopOrderEvent e, Instant now, PoolingReference ref) {
    Decision decision = decide(e, now, ref);
    switch (decision.outcome()) {
      case ACCEPTED -> acceptedEvents++;
      case IGNORED -> ignoredEvents++;
      case REJECTED -> rejectedEvents++;
    }
    return decision;
  }

  private Decision decide(ShopOrderEvent e, Instant now, PoolingReference ref) {
    Optional<Decision> refused =
        OrderEventCheck.schema(e)
            .or(() -> duplicate(e))
            .or(() -> OrderEventCheck.poolKey(e, key))
            .or(() -> releasedAlready(e))
            .or(() -> OrderEventCheck.cutoff(e, key, cutoff, now))
            .or(() -> staleVersion(e))
            .or(() -> OrderEventCheck.skus(e, ref));
    if (refused.isPresent()) {
      return refused.get();
    }
    Optional<ShopOrderEvent> previous = latest(e.orderId());
    previous.ifPresent(orders::remove);
    orders.add(e);
    acceptedEventIds.add(e.eventId());
    return Decision.accepted(
        e, previous.map(p -> "version " + p.version() + " -> " + e.version()).orElse("new order"));
  }

  private Optional<Decision> duplicate(ShopOrderEvent e) {
    if (acceptedEventIds.contains(e.eventId())) {
      return Optional.of(Decision.duplicate(e, "event " + e.eventId() + " seen before"));
    }
    return latest(e.orderId())
        .filter(p -> p.version() == e.version())
        .map(
            p ->
                Decision.duplicate(
                    e, "order " + e.orderId() + " version " + e.version() + " seen before"));
  }

  private Optional<Decision> releasedAlready(ShopOrderEvent e) {
    return released
        ? Optional.of(
            Decision.rejected(e, RejectionReason.POOL_RELEASED, "pool released at " + releasedAt))
        : Optional.empty();
  }

  private Optional<Decision> staleVersion(ShopOrderEvent e) {
    return latest(e.orderId())
        .filter(p -> p.version() > e.version())
        .map(
            p ->
                Decision.rejected(
                    e,
                    RejectionReason.STALE_VERSION,
                    "version " + e.version() + " is older than accepted " + p.version()));
  }

  /** The latest accepted event of an order. */
  public Optional<ShopOrderEvent> latest(String orderId) {
    for (ShopOrderEvent order : orders) {
      if (order.orderId().equals(orderId)) {
        return Optional.of(order);
      }
    }
    return Optional.empty();
  }

  /** Orders that count: the latest version of each, cancelled ones left out. */
  public List<ShopOrderEvent> activeOrders() {
    return orders.stream().filter(o -> o.type() != OrderEventType.CANCELLED).toList();
  }

  /** Where the pool stands at {@code at} under the reference's current terms. */
  public PoolProgress progress(Instant at, PoolingReference ref) {
    return progress(at, ref, ref.termsOf(key.supplierId()));
  }

  /** Where the pool stands at {@code at}, for shops (pure; does not change the pool). */
  public PoolProgress progress(Instant at, PoolingReference ref, SupplierTerms terms) {
    return ProgressReport.of(this, at, ref, terms);
  }

  /** Releases the pool if it is due, priced by the reference's current terms. */
  public Release release(ReleasePolicy policy, Instant at, PoolingReference ref) {
    return release(policy, at, ref, ref.termsOf(key.supplierId()));
  }

  /**
   * Releases the pool if it is due: at or after the cut-off, or before it when the policy allows an
   * early release and the pool is full (see {@link PoolRelease}), priced by {@code terms}. Marks
   * the pool released when something was released; a second call releases nothing.
   */
  public Release release(
      ReleasePolicy policy, Instant at, PoolingReference ref, SupplierTerms terms) {
    Release release = PoolRelease.of(this, policy, at, ref, terms);
    if (release.released()) {
      released = true;
      releasedAt = at;
    }
    return release;
  }
}
