package io.poolcast.world;

/**
 * Supplier-funded shelf-price promotions: each SKU is on promotion in about one week in twenty,
 * with a 10–25% price cut. Demand rises with price elasticity 2.5, so a 20% cut lifts demand by
 * about 75%. Decided by hashing (seed, SKU, week), so it does not depend on generation order.
 */
final class Promotions {
  static final double WEEKLY_CHANCE = 0.05;
  static final double ELASTICITY = 2.5;

  private final long seed;

  Promotions(long seed) {
    this.seed = seed;
  }

  /** The price cut (0 when not on promotion) of a SKU on a day. */
  double cut(int sku, long epochDay) {
    long week = Math.floorDiv(epochDay + 3, 7); // Monday-based weeks
    if (StableHash.unit(seed, 7, sku, week) >= WEEKLY_CHANCE) {
      return 0;
    }
    return 0.10 + 0.15 * StableHash.unit(seed, 8, sku, week);
  }

  static double uplift(double cut) {
    return cut <= 0 ? 1 : Math.pow(1 - cut, -ELASTICITY);
  }
}
