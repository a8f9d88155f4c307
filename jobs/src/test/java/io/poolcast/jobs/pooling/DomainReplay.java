package io.poolcast.jobs.pooling;

import io.poolcast.events.ShopOrderEvent;
import io.poolcast.pooling.PoolBook;
import io.poolcast.pooling.PoolingReference;
import io.poolcast.pooling.Release;
import io.poolcast.pooling.ReleasePolicies;
import io.poolcast.pooling.model.PoolAllocation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The pooling domain run by hand, without Flink: every supplier × region's events in time order,
 * then its release timers in time order. What the Flink job must reproduce exactly.
 */
final class DomainReplay {
  private DomainReplay() {}

  static List<PoolAllocation> allocations(List<ShopOrderEvent> events, PoolingReference ref) {
    Map<String, List<ShopOrderEvent>> byKey =
        events.stream()
            .sorted(Comparator.comparing(ShopOrderEvent::eventTime))
            .collect(
                Collectors.groupingBy(
                    e -> e.supplierId() + "|" + e.regionId(),
                    LinkedHashMap::new,
                    Collectors.toList()));
    List<PoolAllocation> out = new ArrayList<>();
    for (List<ShopOrderEvent> keyEvents : byKey.values()) {
      PoolBook book = new PoolBook();
      TreeSet<Instant> timers = new TreeSet<>();
      for (ShopOrderEvent e : keyEvents) {
        book.apply(e, null, ref).cutoff().ifPresent(timers::add);
      }
      while (!timers.isEmpty()) {
        Instant at = timers.pollFirst();
        PoolBook.Released r = book.releaseDue(at, ReleasePolicies.defaults(), ref);
        r.releases().stream().map(Release::allocations).forEach(out::addAll);
        timers.addAll(r.cutoffs());
        r.forgetAt().ifPresent(timers::add);
        book.forgetHomes(at);
      }
    }
    return out;
  }
}
