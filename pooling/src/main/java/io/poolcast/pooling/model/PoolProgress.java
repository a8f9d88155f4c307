package io.poolcast.pooling.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Where an open pool stands at an instant: what it has, which tiers it reached and what is missing
 * to the next tier and to the supplier's minimum. Shown to shops so they can top up together.
 *
 * @param poolId the pool
 * @param supplierId the supplier
 * @param regionId the region
 * @param deliveryDate the delivery day
 * @param at the (event-time) instant the progress is for
 * @param cutoff when the pool closes
 * @param secondsToCutoff whole seconds left until the cut-off, 0 once it passed
 * @param orderCount active orders (cancelled ones excluded)
 * @param shopCount distinct shops with active orders
 * @param units pooled units
 * @param listValueCents pooled value at list price
 * @param pooledValueCents pooled value at the tier prices reached so far (they apply once the
 *     minimum is met; under it the pool would release at list)
 * @param savingCents list value minus pooled value
 * @param categoryCount distinct categories in the pool
 * @param skuTiers one entry per SKU in the pool, sorted by SKU
 * @param categoryTier category tier reached, 0 for none
 * @param categoryDiscountBasisPoints its extra discount
 * @param nextCategoryTier the next category tier, 0 at the top
 * @param nextCategoryDiscountBasisPoints its extra discount, 0 at the top
 * @param missingValueCentsToNextCategoryTier list value missing to it
 * @param missingCategoriesToNextCategoryTier distinct categories missing to it
 * @param minimumMet whether the supplier's minimum batch (value and units) is met
 * @param missingValueCentsToMinimum list value missing to the minimum, 0 when met
 * @param missingUnitsToMinimum units missing to the minimum, 0 when met
 * @param trucks trucks the load needs now
 * @param truckFill average fill of those trucks, 0..1
 * @param message one line for shops, e.g. "¥3,200 more and everybody saves 3%"
 */
public record PoolProgress(
    String poolId,
    String supplierId,
    String regionId,
    LocalDate deliveryDate,
    Instant at,
    Instant cutoff,
    long secondsToCutoff,
    int orderCount,
    int shopCount,
    long units,
    long listValueCents,
    long pooledValueCents,
    long savingCents,
    int categoryCount,
    List<SkuTierProgress> skuTiers,
    int categoryTier,
    int categoryDiscountBasisPoints,
    int nextCategoryTier,
    int nextCategoryDiscountBasisPoints,
    long missingValueCentsToNextCategoryTier,
    int missingCategoriesToNextCategoryTier,
    boolean minimumMet,
    long missingValueCentsToMinimum,
    long missingUnitsToMinimum,
    long trucks,
    double truckFill,
    String message) {

  public PoolProgress {
    skuTiers = List.copyOf(skuTiers);
  }
}
