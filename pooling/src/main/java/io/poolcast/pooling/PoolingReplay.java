package io.poolcast.pooling;

import io.poolcast.events.ShopOrderEvent;
import io.poolcast.pooling.model.OrderRejection;
import io.poolcast.pooling.model.PoolAllocation;
import io.poolcast.pooling.model.PooledOrderLine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The pooling domain run by hand over a finished list of order events, without Flink: every
 * supplier × region's events in time order, then its release timers in time order. What the Flink
 * job computes for the same events (its tests check this), for simulations that compare order
 * streams.
 */
public final class PoolingReplay {
  private PoolingReplay() {}

  /**
   * What pooling made of the events.
   *
   * @param lines pooled batch lines of released pools
   * @param allocations per order and SKU: pooled price and saving
   * @param refusals refused events and orders by reason
   */
  public record Result(
      List<PooledOrderLine> lines, List<PoolAllocation> allocations, Map<String, Long> refusals) {

    /** The planner's figures: savings, tiered share, trucks. */
    public PoolingReport report(PoolingReference ref) {
      return PoolingReport.of(lines, allocations, refusals, ref);
    }
  }

  public static Result run(
      List<ShopOrderEvent> events, PoolingReference ref, ReleasePolicies policies) {
    Map<String, List<ShopOrderEvent>> byKey =
        events.stream()
            .sorted(Comparator.comparing(ShopOrderEvent::eventTime))
            .collect(
                Collectors.groupingBy(
                    e -> e.supplierId() + "|" + e.regionId(),
                    LinkedHashMap::new,
                    Collectors.toList()));
    List<PooledOrderLine> lines = new ArrayList<>();
    List<PoolAllocation> allocations = new ArrayList<>();
    Map<String, Long> refusals = new TreeMap<>();
    for (List<ShopOrderEvent> keyEvents : byKey.values()) {
      PoolBook book = new PoolBook();
      TreeSet<Instant> timers = new TreeSet<>();
      for (ShopOrderEvent e : keyEvents) {
        PoolBook.Applied applied = book.apply(e, null, ref, false);
        applied.decision().rejection().ifPresent(r -> count(refusals, r));
        applied.cutoff().ifPresent(timers::add);
      }
      while (!timers.isEmpty()) {
        Instant at = timers.pollFirst();
        PoolBook.Released r = book.releaseDue(at, policies, ref);
        for (Release release : r.releases()) {
          lines.addAll(release.lines());
          allocations.addAll(release.allocations());
          release.rejections().forEach(x -> count(refusals, x));
        }
        r.refusedRollOvers().forEach(x -> count(refusals, x));
        timers.addAll(r.cutoffs());
        r.forgetAt().ifPresent(timers::add);
        book.forgetHomes(at);
      }
    }
    return new Result(lines, allocations, refusals);
  }

  private static void count(Map<String, Long> refusals, OrderRejection r) {
    refusals.merge(r.reason().name(), 1L, Long::sum);
  }
}
