package io.poolcast.pooling;

import io.poolcast.pooling.model.OrderRejection;
import io.poolcast.pooling.model.OrderRelease;
import io.poolcast.pooling.model.PoolAllocation;
import io.poolcast.pooling.model.PooledOrderLine;
import java.time.Instant;
import java.util.List;

/**
 * The result of releasing a pool. Every order active in the pool appears once in {@link #orders},
 * and its lines either in {@link #allocations} (released), in {@link #rolledOver} or in {@link
 * #rejections}.
 *
 * @param poolId the pool
 * @param released false if nothing happened (before the cut-off without early release, or the pool
 *     was released already)
 * @param releasedAt the event-time instant of the release
 * @param lines the pooled batch lines for the supplier, one per SKU, sorted by SKU
 * @param allocations one per order and SKU, sorted by order then SKU
 * @param orders what happened to each order
 * @param rolledOver orders for the next delivery day's pool
 * @param rejections orders refused under the minimum
 * @param detail one line for the log
 */
public record Release(
    String poolId,
    boolean released,
    Instant releasedAt,
    List<PooledOrderLine> lines,
    List<PoolAllocation> allocations,
    List<OrderRelease> orders,
    List<RolledOverOrder> rolledOver,
    List<OrderRejection> rejections,
    String detail) {

  public Release {
    lines = List.copyOf(lines);
    allocations = List.copyOf(allocations);
    orders = List.copyOf(orders);
    rolledOver = List.copyOf(rolledOver);
    rejections = List.copyOf(rejections);
  }

  static Release nothing(String poolId, Instant at, String detail) {
    return new Release(
        poolId, false, at, List.of(), List.of(), List.of(), List.of(), List.of(), detail);
  }
}
