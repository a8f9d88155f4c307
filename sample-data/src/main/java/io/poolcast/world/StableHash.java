package io.poolcast.world;

/**
 * Deterministic hashing of a few longs to a uniform number, for decisions that must not depend on
 * the order of generation (a sale's time of day, whether a SKU is on promotion in a week).
 */
final class StableHash {
  private StableHash() {}

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  static long hash(long a, long b, long c, long d) {
    long h = mix(a + 0x9e3779b97f4a7c15L);
    h = mix(h ^ (b + 0x632be59bd9b4e019L));
    h = mix(h ^ (c + 0x85157af5L));
    return mix(h ^ d);
  }

  /** A uniform number in [0, 1). */
  static double unit(long a, long b, long c, long d) {
    return (hash(a, b, c, d) >>> 11) * 0x1.0p-53;
  }
}
