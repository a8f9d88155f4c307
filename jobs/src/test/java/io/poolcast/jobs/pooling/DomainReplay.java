package io.poolcast.jobs.pooling;

import io.poolcast.events.ShopOrderEvent;
import io.poolcast.pooling.PoolingReference;
import io.poolcast.pooling.PoolingReplay;
import io.poolcast.pooling.ReleasePolicies;
import io.poolcast.pooling.model.PoolAllocation;
import java.util.List;

/**
 * The pooling domain run by hand, without Flink ({@link PoolingReplay}): every supplier × region's
 * events in time order, then its release timers in time order. What the Flink job must reproduce
 * exactly.
 */
final class DomainReplay {
  private DomainReplay() {}

  static List<PoolAllocation> allocations(List<ShopOrderEvent> events, PoolingReference ref) {
    return PoolingReplay.run(events, ref, ReleasePolicies.defaults()).allocations();
  }
}
