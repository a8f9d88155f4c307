package io.poolcast.pooling;

import java.math.BigInteger;

/**
 * How many trucks a pool's load needs and how full they are.
 *
 * <p>Heuristic: the lower bound {@code max(⌈kg / truck kg⌉, ⌈litres / truck litres⌉)}. Cases of
 * grocery goods weigh a few kilograms against a payload of tonnes, so a real packing (first-fit
 * decreasing) needs at most one truck more than the bound and usually none; the bound is exact
 * enough to show progress and price a batch, costs O(1) and needs no case list. The <i>binding</i>
 * dimension is the one with the larger load-to-capacity ratio (weight on a tie); {@link #fill()} is
 * its load divided by the capacity of all planned trucks, the average fill, 0..1.
 *
 * <p>A capacity of 0 or less means the supplier does not limit that dimension. If neither is
 * limited, any load fits one truck and the fill is 0 (unknown).
 *
 * @param trucks trucks needed; 0 for an empty load
 * @param binding the dimension that decides the truck count
 * @param fill average fill of the binding dimension over the trucks, 0..1
 * @param weightGrams total load weight
 * @param volumeMl total load volume
 */
public record TruckPlan(
    long trucks, LoadDimension binding, double fill, long weightGrams, long volumeMl) {

  /** The dimension that fills a truck first. */
  public enum LoadDimension {
    WEIGHT,
    VOLUME,
    /** The supplier limits neither weight nor volume. */
    NONE
  }

  /** Plans trucks for a load against one truck's payload (kg) and load volume (litres). */
  public static TruckPlan of(
      long weightGrams, long volumeMl, long truckCapacityKg, long truckCapacityLitres) {
    long weightCap = truckCapacityKg > 0 ? truckCapacityKg * 1_000 : 0;
    long volumeCap = truckCapacityLitres > 0 ? truckCapacityLitres * 1_000 : 0;
    if (weightGrams <= 0 && volumeMl <= 0) {
      return new TruckPlan(0, bindingOf(0, 0, weightCap, volumeCap), 0, weightGrams, volumeMl);
    }
    if (weightCap == 0 && volumeCap == 0) {
      return new TruckPlan(1, LoadDimension.NONE, 0, weightGrams, volumeMl);
    }
    LoadDimension binding = bindingOf(weightGrams, volumeMl, weightCap, volumeCap);
    long load = binding == LoadDimension.WEIGHT ? weightGrams : volumeMl;
    long cap = binding == LoadDimension.WEIGHT ? weightCap : volumeCap;
    long trucks = Math.max(1, ceilDiv(load, cap));
    return new TruckPlan(
        trucks, binding, (double) load / ((double) cap * trucks), weightGrams, volumeMl);
  }

  /** True if the trucks are on average at least {@code minFill} full (0..1) and there is one. */
  public boolean isFull(double minFill) {
    return trucks > 0 && fill >= minFill;
  }

  private static LoadDimension bindingOf(long weight, long volume, long weightCap, long volumeCap) {
    if (weightCap == 0 && volumeCap == 0) {
      return LoadDimension.NONE;
    }
    if (volumeCap == 0) {
      return LoadDimension.WEIGHT;
    }
    if (weightCap == 0) {
      return LoadDimension.VOLUME;
    }
    // weight / weightCap >= volume / volumeCap, compared exactly (cross-multiplied).
    return compareRatios(weight, weightCap, volume, volumeCap) >= 0
        ? LoadDimension.WEIGHT
        : LoadDimension.VOLUME;
  }

  private static int compareRatios(long a, long aCap, long b, long bCap) {
    return BigInteger.valueOf(a)
        .multiply(BigInteger.valueOf(bCap))
        .compareTo(BigInteger.valueOf(b).multiply(BigInteger.valueOf(aCap)));
  }

  private static long ceilDiv(long a, long b) {
    return -Math.floorDiv(-a, b);
  }
}
