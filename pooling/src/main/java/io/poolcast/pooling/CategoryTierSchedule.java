package io.poolcast.pooling;

import io.poolcast.events.reference.CategoryTier;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The category-combination tiers of one supplier. A pool reaches tier T when its pooled list value
 * (all lines, at list price) is at least T's {@code minValueCents} <b>and</b> its lines span at
 * least T's {@code minCategories} distinct categories; of several tiers reached the highest tier
 * number counts. Tier 0 means no extra discount.
 *
 * <p>Example: tier 1 from ¥100,000 over 2 categories at 200 bp, tier 2 from ¥250,000 over 3
 * categories at 300 bp. ¥300,000 in 2 categories: tier 1, and tier 2 misses 1 category (but no
 * value).
 */
public final class CategoryTierSchedule {
  private static final CategoryTierSchedule NONE = new CategoryTierSchedule(List.of());

  private final List<CategoryTier> tiers;

  /**
   * @param tiers the rows of one supplier, in any order
   */
  public CategoryTierSchedule(List<CategoryTier> tiers) {
    this.tiers = tiers.stream().sorted(Comparator.comparingInt(CategoryTier::tier)).toList();
  }

  /** A supplier without category tiers. */
  public static CategoryTierSchedule none() {
    return NONE;
  }

  /** The tier reached by a pooled list value over that many distinct categories; 0 if none. */
  public int tierFor(long listValueCents, int categories) {
    return reached(listValueCents, categories).map(CategoryTier::tier).orElse(0);
  }

  /** The extra discount reached, in basis points. */
  public int discountBasisPointsFor(long listValueCents, int categories) {
    return reached(listValueCents, categories).map(CategoryTier::discountBasisPoints).orElse(0);
  }

  /** The next tier above the one reached; empty at the top. */
  public Optional<CategoryTier> nextTier(long listValueCents, int categories) {
    int current = tierFor(listValueCents, categories);
    return tiers.stream().filter(t -> t.tier() > current).findFirst();
  }

  /**
   * List value still missing to the next tier, in cents; 0 at the top or if only categories miss.
   */
  public long valueToNextTier(long listValueCents, int categories) {
    return nextTier(listValueCents, categories)
        .map(t -> Math.max(0, t.minValueCents() - listValueCents))
        .orElse(0L);
  }

  /** Distinct categories still missing to the next tier; 0 at the top. */
  public int categoriesToNextTier(long listValueCents, int categories) {
    return nextTier(listValueCents, categories)
        .map(t -> Math.max(0, t.minCategories() - categories))
        .orElse(0);
  }

  /** True if no higher tier exists (also for a supplier without tiers). */
  public boolean isTopTier(long listValueCents, int categories) {
    return nextTier(listValueCents, categories).isEmpty();
  }

  private Optional<CategoryTier> reached(long listValueCents, int categories) {
    return tiers.stream()
        .filter(t -> listValueCents > 0 && listValueCents >= t.minValueCents())
        .filter(t -> categories >= t.minCategories())
        .reduce((lower, higher) -> higher);
  }
}
