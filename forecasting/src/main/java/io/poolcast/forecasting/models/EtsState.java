package io.poolcast.forecasting.models;

/**
 * Runs the ETS(A,Ad,A|N) recursions over a series and keeps the final level, trend and seasonal
 * states plus the one-step sum of squared errors.
 */
public record EtsState(double level, double trend, double[] seasonals, int end, double sse) {

  /** Filters {@code y} with the given parameters; {@code season == 0} means no seasonal state. */
  static EtsState filter(double[] y, int season, EtsParameters p) {
    int n = y.length;
    double level;
    double trend;
    double[] s = new double[Math.max(season, 1)];
    int first;
    if (season > 0) {
      double mean1 = mean(y, 0, season);
      double mean2 = mean(y, season, 2 * season);
      trend = (mean2 - mean1) / season;
      double centre = (season - 1) / 2.0;
      for (int i = 0; i < season; i++) {
        s[i] = y[i] - (mean1 + trend * (i - centre));
      }
      level = mean1 + trend * centre; // the de-seasonalised level at t = season - 1
      first = season;
    } else {
      int k = Math.min(n - 1, 3);
      level = y[0];
      trend = (y[k] - y[0]) / k;
      first = 1;
    }
    double sse = 0;
    for (int t = first; t < n; t++) {
      double seasonal = season > 0 ? s[t % season] : 0.0;
      double damped = p.phi() * trend;
      double error = y[t] - (level + damped + seasonal);
      sse += error * error;
      level = level + damped + p.alpha() * error;
      trend = damped + p.beta() * error;
      if (season > 0) {
        s[t % season] = seasonal + p.gamma() * error;
      }
    }
    return new EtsState(level, trend, season > 0 ? s : new double[0], n, sse);
  }

  double[] forecast(int h, double phi) {
    double[] out = new double[h];
    double cumulativePhi = 0;
    double power = 1;
    for (int j = 1; j <= h; j++) {
      power *= phi;
      cumulativePhi += power;
      double seasonal = seasonals.length > 0 ? seasonals[(end - 1 + j) % seasonals.length] : 0.0;
      out[j - 1] = level + cumulativePhi * trend + seasonal;
    }
    return out;
  }

  private static double mean(double[] y, int from, int to) {
    double sum = 0;
    for (int i = from; i < to; i++) {
      sum += y[i];
    }
    return sum / (to - from);
  }
}
