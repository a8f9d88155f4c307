package io.poolcast.pooling;

import io.poolcast.events.reference.Supplier;

/** Plans the trucks of a pool's totals with its supplier's truck size. */
final class TruckPlans {
  private TruckPlans() {}

  static TruckPlan of(PoolTotals totals, Supplier supplier) {
    return TruckPlan.of(
        totals.weightGrams(),
        totals.volumeMl(),
        supplier.truckCapacityKg(),
        supplier.truckCapacityLitres());
  }
}
