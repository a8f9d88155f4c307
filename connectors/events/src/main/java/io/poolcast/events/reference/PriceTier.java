package io.poolcast.events.reference;

/**
 * A quantity price tier of one SKU: a pool that orders at least {@code minQuantity} units of the
 * SKU gets {@code discountBasisPoints} off list for every unit.
 *
 * @param sku the SKU
 * @param tier tier number, 1 for the first discount tier (0 is list price and is not listed)
 * @param minQuantity pooled units needed to reach the tier
 * @param discountBasisPoints discount in basis points (800 = 8%)
 */
public record PriceTier(String sku, int tier, long minQuantity, int discountBasisPoints) {}
