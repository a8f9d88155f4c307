package io.poolcast.pooling;

/**
 * The one rounding rule of PoolCast. The total discount is the SKU tier's basis points plus the
 * category tier's, capped at {@link #MAX_DISCOUNT_BASIS_POINTS}; the unit price is
 *
 * <pre>unit = list − floor(list × totalDiscountBp / 10 000)</pre>
 *
 * in long cents. The discount is rounded <i>down</i>, so the supplier never gives away a fraction
 * of a cent, a pooled price never exceeds list and never goes below zero, and the same inputs
 * always give the same cents. Example: list 999 at 500 bp: 999 × 500 / 10 000 = 49.95 → 49 off →
 * unit 950. The saving of an allocation is {@code (list − unit) × quantity}, exactly.
 */
public final class PooledPrice {
  /** Cap of the combined discount: 5 000 bp = 50 %, so a pooled price is at least half of list. */
  public static final int MAX_DISCOUNT_BASIS_POINTS = 5_000;

  private static final long BASIS_POINTS = 10_000;

  private PooledPrice() {}

  /** SKU-tier plus category-tier discount, negatives ignored, capped. */
  public static int totalDiscountBasisPoints(int skuTierBp, int categoryTierBp) {
    long sum = (long) Math.max(0, skuTierBp) + Math.max(0, categoryTierBp);
    return (int) Math.min(MAX_DISCOUNT_BASIS_POINTS, sum);
  }

  /** Unit price after both discounts; a negative list price is not a price and is refused. */
  public static long unitPriceCents(long listPriceCents, int skuTierBp, int categoryTierBp) {
    if (listPriceCents < 0) {
      throw new IllegalArgumentException("list price is negative: " + listPriceCents);
    }
    int bp = totalDiscountBasisPoints(skuTierBp, categoryTierBp);
    long discount = Math.multiplyExact(listPriceCents, (long) bp) / BASIS_POINTS;
    return listPriceCents - discount;
  }

  /** What a shop saves on a quantity: {@code (list − unit) × quantity}. */
  public static long savingCents(long listPriceCents, long unitPriceCents, long quantity) {
    return Math.multiplyExact(listPriceCents - unitPriceCents, quantity);
  }
}
