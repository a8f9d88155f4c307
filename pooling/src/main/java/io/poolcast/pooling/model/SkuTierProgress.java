package io.poolcast.pooling.model;

/**
 * Where one SKU of a pool stands against its quantity tiers.
 *
 * @param sku the SKU
 * @param category its category
 * @param quantity pooled units so far
 * @param tier tier reached, 0 for list
 * @param discountBasisPoints discount of that tier
 * @param nextTier the next tier, 0 at the top
 * @param nextDiscountBasisPoints discount of the next tier, 0 at the top
 * @param missingUnitsToNextTier units still missing to the next tier, 0 at the top
 */
public record SkuTierProgress(
    String sku,
    String category,
    long quantity,
    int tier,
    int discountBasisPoints,
    int nextTier,
    int nextDiscountBasisPoints,
    long missingUnitsToNextTier) {}
