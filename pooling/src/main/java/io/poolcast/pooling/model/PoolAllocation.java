package io.poolcast.pooling.model;

import java.util.Comparator;

/**
 * What one order gets of one pooled line: the shop's share and price. Ordered by pool, order and
 * SKU, the order a release lists them in and a table's files keep them in.
 *
 * @param poolId the pool
 * @param orderId the order
 * @param shopId the shop
 * @param sku the SKU (several lines of the same SKU in one order are summed)
 * @param quantity units for this order
 * @param listPriceCents list price per unit
 * @param unitPriceCents price per unit the shop pays, never above list
 * @param savingCents {@code (list − unit) × quantity}
 */
public record PoolAllocation(
    String poolId,
    String orderId,
    String shopId,
    String sku,
    long quantity,
    long listPriceCents,
    long unitPriceCents,
    long savingCents)
    implements Comparable<PoolAllocation> {
  private static final Comparator<String> KEY = Comparator.nullsFirst(Comparator.naturalOrder());

  /** By pool, order and SKU. */
  @Override
  public int compareTo(PoolAllocation other) {
    int c = KEY.compare(poolId, other.poolId);
    c = c != 0 ? c : KEY.compare(orderId, other.orderId);
    return c != 0 ? c : KEY.compare(sku, other.sku);
  }
}
