package io.poolcast.events.reference;

/**
 * A category-combination value tier of a supplier: a pool whose value across at least {@code
 * minCategories} of the supplier's categories reaches {@code minValueCents} earns an extra {@code
 * discountBasisPoints} off on every line.
 *
 * @param supplierId the supplier
 * @param tier tier number, 1 for the first
 * @param minValueCents pooled list value needed, in cents
 * @param minCategories distinct categories the pool must span
 * @param discountBasisPoints extra discount in basis points (300 = 3%)
 */
public record CategoryTier(
    String supplierId, int tier, long minValueCents, int minCategories, int discountBasisPoints) {}
