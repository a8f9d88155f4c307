package io.poolcast.pooling.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of a pooled batch order as the supplier receives it: one SKU of one pool.
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
    Instant releasedAt) {

  /** Value of the line at the pooled price, in cents. */
  public long valueCents() {
    return unitPriceCents * quantity;
  }
}
