package io.poolcast.pooling;

/**
 * One SKU's share of a pool.
 *
 * @param sku the SKU
 * @param category its category ("" if the reference no longer knows the SKU)
 * @param listPriceCents list price per unit (the reference price)
 * @param quantity pooled units
 * @param shopCount distinct shops ordering it
 * @param orderCount orders containing it
 */
public record SkuTotal(
    String sku,
    String category,
    long listPriceCents,
    long quantity,
    int shopCount,
    int orderCount) {

  public long listValueCents() {
    return Math.multiplyExact(listPriceCents, quantity);
  }
}
