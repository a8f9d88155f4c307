package io.poolcast.pooling;

import io.poolcast.events.reference.PriceTier;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The quantity tiers of one SKU. A pool reaches tier T when its pooled quantity of the SKU is at
 * least T's {@code minQuantity}; of several tiers reached the highest tier number counts. Tier 0 is
 * list price (no discount) and is never listed.
 *
 * <p>Example: tiers 1 from 20 units at 500 bp and 2 from 50 units at 800 bp. 19 units: tier 0; 20
 * to 49: tier 1 (5 % off), 30 units miss 20 for tier 2; 50 and more: tier 2, nothing left to reach.
 */
public final class PriceTierSchedule {
  private static final PriceTierSchedule NONE = new PriceTierSchedule(List.of());

  private final List<PriceTier> tiers;

  /**
   * @param tiers the rows of one SKU, in any order
   */
  public PriceTierSchedule(List<PriceTier> tiers) {
    this.tiers = tiers.stream().sorted(Comparator.comparingInt(PriceTier::tier)).toList();
  }

  /** A SKU without tiers: always list price. */
  public static PriceTierSchedule none() {
    return NONE;
  }

  /** The tier a pooled quantity reaches, 0 for list price. */
  public int tierFor(long quantity) {
    return reached(quantity).map(PriceTier::tier).orElse(0);
  }

  /** The discount a pooled quantity earns on every unit, in basis points. */
  public int discountBasisPointsFor(long quantity) {
    return reached(quantity).map(PriceTier::discountBasisPoints).orElse(0);
  }

  /** The next tier above the one reached; empty at the top. */
  public Optional<PriceTier> nextTier(long quantity) {
    int current = tierFor(quantity);
    return tiers.stream().filter(t -> t.tier() > current).findFirst();
  }

  /** Units still missing to the next tier; 0 at the top. */
  public long unitsToNextTier(long quantity) {
    return nextTier(quantity).map(t -> Math.max(0, t.minQuantity() - quantity)).orElse(0L);
  }

  /** True if no higher tier exists (also for a SKU without tiers). */
  public boolean isTopTier(long quantity) {
    return nextTier(quantity).isEmpty();
  }

  private Optional<PriceTier> reached(long quantity) {
    return tiers.stream()
        .filter(t -> quantity > 0 && quantity >= t.minQuantity())
        .reduce((lower, higher) -> higher);
  }
}
