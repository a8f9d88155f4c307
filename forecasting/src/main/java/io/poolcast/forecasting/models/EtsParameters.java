package io.poolcast.forecasting.models;

/** Smoothing parameters of {@link Ets}. */
public record EtsParameters(double alpha, double beta, double gamma, double phi) {
  /** Maps an optimiser point in the unit box to admissible parameters (see {@link Ets}). */
  static EtsParameters fromUnitBox(double[] x) {
    double alpha = clamp(x[0]);
    double beta = clamp(x[1]) * alpha;
    double gamma = x.length == 4 ? clamp(x[2]) * (1 - alpha) : 0.0;
    double phi = 0.8 + 0.2 * clamp(x[x.length - 1]);
    return new EtsParameters(alpha, beta, gamma, phi);
  }

  private static double clamp(double v) {
    return Math.max(0.0, Math.min(1.0, v));
  }
}
