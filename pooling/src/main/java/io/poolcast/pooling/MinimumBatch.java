package io.poolcast.pooling;

import io.poolcast.events.reference.Supplier;

/**
 * The supplier's minimum batch per region and delivery day: the pooled list value must reach {@code
 * minBatchValueCents} <b>and</b> the pooled units {@code minBatchUnits} (0 = no minimum).
 */
public final class MinimumBatch {
  private MinimumBatch() {}

  public static boolean isMet(PoolTotals totals, Supplier supplier) {
    return missingValueCents(totals, supplier) == 0 && missingUnits(totals, supplier) == 0;
  }

  /** List value still missing, 0 when reached. */
  public static long missingValueCents(PoolTotals totals, Supplier supplier) {
    return Math.max(0, supplier.minBatchValueCents() - totals.listValueCents());
  }

  /** Units still missing, 0 when reached. */
  public static long missingUnits(PoolTotals totals, Supplier supplier) {
    return Math.max(0, supplier.minBatchUnits() - totals.units());
  }
}
