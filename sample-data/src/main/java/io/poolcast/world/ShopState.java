package io.poolcast.world;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A shop's changing state during the simulation: stock and goods on order per listed SKU (consumer
 * units), its running estimate of each SKU's plain-day demand, and deliveries still to come. Each
 * shop draws from its own random stream, so shops do not influence each other's randomness.
 */
final class ShopState {
  final ShopPlan plan;
  final SplittableRandom rng;

  /**
   * Where true demand is drawn from: {@link #rng} itself in the world's own run (so its output
   * stays as it always was), a stream of its own when policies are compared, so that every policy
   * meets the same demand whatever it orders.
   */
  final SplittableRandom demandRng;

  final int[] stock;
  final int[] onOrder;
  final double[] level;

  /** Start of each supplier's run of positions in the assortment, plus the end as sentinel. */
  final int[] supplierRuns;

  final List<PendingDelivery> pending = new ArrayList<>();
  boolean started;

  ShopState(ShopPlan plan, int[] skuSupplier, long seed) {
    this(plan, skuSupplier, seed, false);
  }

  ShopState(ShopPlan plan, int[] skuSupplier, long seed, boolean pairedDemand) {
    this.plan = plan;
    this.rng = new SplittableRandom(StableHash.hash(seed, 6, plan.index(), 0));
    this.demandRng =
        pairedDemand ? new SplittableRandom(StableHash.hash(seed, 9, plan.index(), 0)) : rng;
    int n = plan.assortment().length;
    stock = new int[n];
    onOrder = new int[n];
    level = new double[n];
    for (int p = 0; p < n; p++) {
      level[p] = plan.baseRate()[p] * plan.guessNoise()[p];
    }
    List<Integer> runs = new ArrayList<>();
    for (int p = 0; p < n; p++) {
      if (p == 0 || skuSupplier[plan.assortment()[p]] != skuSupplier[plan.assortment()[p - 1]]) {
        runs.add(p);
      }
    }
    runs.add(n);
    supplierRuns = runs.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Adds deliveries due on the day to stock. */
  void receive(long epochDay) {
    for (int i = pending.size() - 1; i >= 0; i--) {
      PendingDelivery d = pending.get(i);
      if (d.epochDay() <= epochDay) {
        for (int k = 0; k < d.positions().length; k++) {
          stock[d.positions()[k]] += d.units()[k];
          onOrder[d.positions()[k]] -= d.units()[k];
        }
        pending.remove(i);
      }
    }
  }

  void expect(PendingDelivery delivery) {
    for (int k = 0; k < delivery.positions().length; k++) {
      onOrder[delivery.positions()[k]] += delivery.units()[k];
    }
    pending.add(delivery);
  }
}
