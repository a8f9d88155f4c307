package io.poolcast.pooling.model;

/**
 * What one order gets of one pooled line: the shop's share and price.
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
    long savingCents) {}
