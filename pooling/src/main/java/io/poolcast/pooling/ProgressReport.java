package io.poolcast.pooling;

import io.poolcast.events.ShopOrderEvent;
import io.poolcast.events.reference.CategoryTier;
import io.poolcast.events.reference.PriceTier;
import io.poolcast.events.reference.Supplier;
import io.poolcast.pooling.model.PoolProgress;
import io.poolcast.pooling.model.SkuTierProgress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds a {@link PoolProgress} from a pool's active orders, the reference and the pool's terms.
 */
final class ProgressReport {
  private ProgressReport() {}

  static PoolProgress of(Pool pool, Instant at, PoolingReference ref, SupplierTerms terms) {
    PoolKey key = pool.key;
    List<ShopOrderEvent> active = pool.activeOrders();
    PoolTotals totals = PoolTotals.of(active, ref);
    Supplier supplier = terms.supplier;
    PoolQuote quote = PoolQuote.tiered(totals, terms);
    CategoryTierSchedule categories = terms.categoryTiers();
    long value = totals.listValueCents();
    int distinct = totals.categoryCount();
    Optional<CategoryTier> next = categories.nextTier(value, distinct);
    TruckPlan trucks = TruckPlans.of(totals, supplier);
    long pooledValue = quote.valueCents(totals);
    PoolProgress draft =
        new PoolProgress(
            key.poolId(),
            key.supplierId(),
            key.regionId(),
            key.deliveryDate(),
            at,
            pool.cutoff,
            secondsLeft(at, pool.cutoff),
            totals.orderCount(),
            totals.shopCount(),
            totals.units(),
            value,
            pooledValue,
            value - pooledValue,
            distinct,
            skuTiers(totals, terms, quote),
            quote.categoryTier(),
            quote.categoryDiscountBasisPoints(),
            next.map(CategoryTier::tier).orElse(0),
            next.map(CategoryTier::discountBasisPoints).orElse(0),
            categories.valueToNextTier(value, distinct),
            categories.categoriesToNextTier(value, distinct),
            MinimumBatch.isMet(totals, supplier),
            MinimumBatch.missingValueCents(totals, supplier),
            MinimumBatch.missingUnits(totals, supplier),
            trucks.trucks(),
            trucks.fill(),
            "");
    return withMessage(draft, supplier.currency());
  }

  private static long secondsLeft(Instant at, Instant cutoff) {
    return at.isBefore(cutoff) ? Math.max(1, Duration.between(at, cutoff).getSeconds()) : 0;
  }

  private static List<SkuTierProgress> skuTiers(
      PoolTotals totals, SupplierTerms terms, PoolQuote quote) {
    List<SkuTierProgress> tiers = new ArrayList<>();
    for (SkuTotal sku : totals.skus()) {
      PriceTierSchedule schedule = terms.priceTiers(sku.sku());
      Optional<PriceTier> next = schedule.nextTier(sku.quantity());
      PoolQuote.SkuPrice price = quote.price(sku.sku());
      tiers.add(
          new SkuTierProgress(
              sku.sku(),
              sku.category(),
              sku.quantity(),
              price.tier(),
              price.discountBasisPoints(),
              next.map(PriceTier::tier).orElse(0),
              next.map(PriceTier::discountBasisPoints).orElse(0),
              schedule.unitsToNextTier(sku.quantity())));
    }
    return tiers;
  }

  private static PoolProgress withMessage(PoolProgress p, String currency) {
    return new PoolProgress(
        p.poolId(),
        p.supplierId(),
        p.regionId(),
        p.deliveryDate(),
        p.at(),
        p.cutoff(),
        p.secondsToCutoff(),
        p.orderCount(),
        p.shopCount(),
        p.units(),
        p.listValueCents(),
        p.pooledValueCents(),
        p.savingCents(),
        p.categoryCount(),
        p.skuTiers(),
        p.categoryTier(),
        p.categoryDiscountBasisPoints(),
        p.nextCategoryTier(),
        p.nextCategoryDiscountBasisPoints(),
        p.missingValueCentsToNextCategoryTier(),
        p.missingCategoriesToNextCategoryTier(),
        p.minimumMet(),
        p.missingValueCentsToMinimum(),
        p.missingUnitsToMinimum(),
        p.trucks(),
        p.truckFill(),
        ProgressMessage.of(p, currency));
  }
}
