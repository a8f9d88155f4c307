package io.poolcast.forecasting;

import io.poolcast.forecasting.metrics.Metrics;

/** The metrics of one series x cutoff x model window, ready to be aggregated. */
record WindowScore(
    String uniqueId,
    String model,
    int points,
    double sumAbsError,
    double sumSquaredError,
    double mase,
    double rmsse,
    double pinball,
    int below,
    int above,
    double revenue) {

  static WindowScore of(
      String uniqueId,
      String model,
      double[] y,
      double[] mean,
      double[][] quantiles,
      double[] levels,
      double[] insample,
      int season,
      double unitPrice) {
    double sumAbs = 0;
    double sumSq = 0;
    for (int i = 0; i < y.length; i++) {
      sumAbs += Math.abs(y[i] - mean[i]);
      sumSq += (y[i] - mean[i]) * (y[i] - mean[i]);
    }
    double pinball = Double.NaN;
    int below = 0;
    int above = 0;
    if (levels.length > 0) {
      pinball = 0;
      for (int l = 0; l < levels.length; l++) {
        pinball += Metrics.pinball(y, quantiles[l], levels[l]) / levels.length;
      }
      below = Metrics.countBelow(y, quantiles[0]);
      above = Metrics.countAbove(y, quantiles[levels.length - 1]);
    }
    double revenue = lastSum(insample, 28) * unitPrice; // M5: revenue of the last 28 periods
    return new WindowScore(
        uniqueId,
        model,
        y.length,
        sumAbs,
        sumSq,
        Metrics.mase(y, mean, insample, season),
        Metrics.rmsse(y, mean, insample),
        pinball,
        below,
        above,
        revenue);
  }

  private static double lastSum(double[] insample, int days) {
    double sum = 0;
    for (int t = Math.max(0, insample.length - days); t < insample.length; t++) {
      sum += insample[t];
    }
    return sum;
  }
}
