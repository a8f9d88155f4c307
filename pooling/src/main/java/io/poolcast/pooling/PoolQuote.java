package io.poolcast.pooling;

import java.util.HashMap;
import java.util.Map;

/**
 * The prices a pool's totals earn: the category tier of the whole pool, and per SKU its quantity
 * tier and unit price by {@link PooledPrice}. {@link #atList} prices everything at list (tier 0),
 * for pools released under the minimum.
 */
public final class PoolQuote {
  /**
   * The price of one SKU.
   *
   * @param tier quantity tier reached
   * @param discountBasisPoints that tier's discount
   * @param unitPriceCents unit price with SKU and category discounts
   */
  public record SkuPrice(int tier, int discountBasisPoints, long unitPriceCents) {}

  private final int categoryTier;
  private final int categoryDiscountBasisPoints;
  private final boolean topTiers;
  private final Map<String, SkuPrice> prices = new HashMap<>();

  private PoolQuote(PoolTotals totals, SupplierTerms terms, boolean tiered) {
    CategoryTierSchedule categories = terms.categoryTiers();
    long value = totals.listValueCents();
    int distinct = totals.categoryCount();
    this.categoryTier = tiered ? categories.tierFor(value, distinct) : 0;
    this.categoryDiscountBasisPoints =
        tiered ? categories.discountBasisPointsFor(value, distinct) : 0;
    boolean top = categories.isTopTier(value, distinct);
    for (SkuTotal sku : totals.skus()) {
      PriceTierSchedule schedule = terms.priceTiers(sku.sku());
      int tier = tiered ? schedule.tierFor(sku.quantity()) : 0;
      int bp = tiered ? schedule.discountBasisPointsFor(sku.quantity()) : 0;
      long unit = PooledPrice.unitPriceCents(sku.listPriceCents(), bp, categoryDiscountBasisPoints);
      prices.put(sku.sku(), new SkuPrice(tier, bp, unit));
      top &= schedule.isTopTier(sku.quantity());
    }
    this.topTiers = top;
  }

  /** Prices at the tiers the totals reach. */
  public static PoolQuote tiered(PoolTotals totals, SupplierTerms terms) {
    return new PoolQuote(totals, terms, true);
  }

  /** Everything at list price. */
  public static PoolQuote atList(PoolTotals totals, SupplierTerms terms) {
    return new PoolQuote(totals, terms, false);
  }

  public int categoryTier() {
    return categoryTier;
  }

  public int categoryDiscountBasisPoints() {
    return categoryDiscountBasisPoints;
  }

  /** The price of a SKU of the totals. */
  public SkuPrice price(String sku) {
    SkuPrice price = prices.get(sku);
    if (price == null) {
      throw new IllegalArgumentException("sku " + sku + " is not in this pool");
    }
    return price;
  }

  /** True if no SKU and no category tier can get any better (a top tier is reached everywhere). */
  public boolean topTiersReached() {
    return topTiers;
  }

  /** The pool's value at these prices. */
  public long valueCents(PoolTotals totals) {
    long sum = 0;
    for (SkuTotal sku : totals.skus()) {
      sum =
          Math.addExact(sum, Math.multiplyExact(price(sku.sku()).unitPriceCents(), sku.quantity()));
    }
    return sum;
  }
}
