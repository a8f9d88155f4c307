package io.poolcast.world;

import java.util.SplittableRandom;

/**
 * The random distributions of the demand model, drawn from an explicit {@link SplittableRandom}.
 * Hand-written because they run hundreds of millions of times at SEED scale and must not allocate.
 */
final class Draws {
  private Draws() {}

  static double normal(SplittableRandom rng) {
    double u = 1.0 - rng.nextDouble();
    double v = rng.nextDouble();
    return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
  }

  static double logNormal(SplittableRandom rng, double sigma) {
    return Math.exp(sigma * normal(rng));
  }

  /** Gamma(shape, 1) for shape ≥ 1 (Marsaglia–Tsang). */
  static double gamma(SplittableRandom rng, double shape) {
    double d = shape - 1.0 / 3.0;
    double c = 1.0 / Math.sqrt(9.0 * d);
    while (true) {
      double x = normal(rng);
      double v = 1.0 + c * x;
      if (v <= 0) {
        continue;
      }
      v = v * v * v;
      double u = rng.nextDouble();
      if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
        return d * v;
      }
    }
  }

  static int poisson(SplittableRandom rng, double mean) {
    if (mean <= 0) {
      return 0;
    }
    if (mean > 30) {
      return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * normal(rng)));
    }
    double limit = Math.exp(-mean);
    double product = rng.nextDouble();
    int count = 0;
    while (product > limit) {
      product *= rng.nextDouble();
      count++;
    }
    return count;
  }

  /**
   * Negative binomial with the given mean and size (dispersion) as a gamma–Poisson mixture: the
   * smaller the size, the more zero days and bursts a SKU has.
   */
  static int negativeBinomial(SplittableRandom rng, double mean, double size) {
    if (mean <= 0) {
      return 0;
    }
    return poisson(rng, mean * gamma(rng, size) / size);
  }

  /** Rounds a positive amount to 1, 2 or 5 times a power of ten, like commercial terms are. */
  static long niceRound(double value) {
    if (value <= 1) {
      return 1;
    }
    double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
    double scaled = value / magnitude;
    double nice = scaled < 1.5 ? 1 : scaled < 3.5 ? 2 : scaled < 7.5 ? 5 : 10;
    return Math.round(nice * magnitude);
  }
}
