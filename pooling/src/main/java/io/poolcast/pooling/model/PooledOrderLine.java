package io.poolcast.pooling.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * One line of a pooled batch order as the supplier receives it: one SKU of one pool. Ordered by
 * pool, SKU and release time, the order a release lists them in and a table's files keep them in.
 *
 * @param poolId the pool, {@code supplier|region|date}
 * @param supplierId the supplier
 * @param region the region delivered (its id)
 * @param deliveryDate the region-local delivery day
 * @param sku the SKU
 * @param category its category
 * @param quantity pooled units of the SKU
 * @param listPriceCents list price per unit
 * @param unitPriceCents pooled price per unit, never above list
 * @param tier SKU quantity tier reached, 0 for list
 * @param categoryTier category tier reached by the pool, 0 for none
 * @param shopCount distinct shops that ordered the SKU
 * @param orderCount orders that contain the SKU
 * @param trucks trucks planned for the whole batch (same on every line of a release)
 * @param releaseReason why the line was released
 * @param releasedAt event time of the release
 */
public record PooledOrderLine(
    String poolId,
    String supplierId,
    String region,
    LocalDate deliveryDate,
    String sku,
    String category,
    long quantity,
    long listPriceCents,
    long unitPriceCents,
    int tier,
    int categoryTier,
    int shopCount,
    int orderCount,
    long trucks,
    ReleaseReason releaseReason,
    Instant releasedAt)
    implements Comparable<PooledOrderLine> {
  private static final Comparator<String> KEY = Comparator.nullsFirst(Comparator.naturalOrder());
  private static final Comparator<Instant> AT = Comparator.nullsFirst(Comparator.naturalOrder());

  /** Value of the line at the pooled price, in cents. */
  public long valueCents() {
    return unitPriceCents * quantity;
  }

  /** By pool, SKU and release time. */
  @Override
  public int compareTo(PooledOrderLine other) {
    int c = KEY.compare(poolId, other.poolId);
    c = c != 0 ? c : KEY.compare(sku, other.sku);
    return c != 0 ? c : AT.compare(releasedAt, other.releasedAt);
  }
}
