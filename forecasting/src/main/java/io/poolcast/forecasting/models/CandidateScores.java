package io.poolcast.forecasting.models;

import io.poolcast.forecasting.data.Series;
import io.poolcast.forecasting.metrics.Metrics;
import java.util.List;

/** Backtests candidate models on a series' own last windows and scores them by mean RMSSE. */
record CandidateScores(List<ForecastModel> candidates, double[] scores, int windows) {

  static CandidateScores backtest(
      Series series, List<ForecastModel> candidates, int tuningHorizon, int tuningWindows) {
    int n = series.length();
    int h = Math.min(tuningHorizon, n / 4);
    double[] scores = new double[candidates.size()];
    int windows = 0;
    for (int w = 0; w < tuningWindows && h >= 1; w++) {
      int cutoff = n - h * (w + 1);
      if (cutoff < n / 2 || cutoff < 2) {
        break;
      }
      Series history = series.head(cutoff);
      double[] actual = series.slice(cutoff, cutoff + h);
      double scale = Metrics.naiveScale(history.y());
      for (int c = 0; c < candidates.size(); c++) {
        scores[c] += windowScore(candidates.get(c), history, actual, scale);
      }
      windows++;
    }
    return new CandidateScores(candidates, scores, windows);
  }

  /** RMSSE, or plain RMSE when the history has no variation (the ranking is the same). */
  private static double windowScore(
      ForecastModel model, Series history, double[] actual, double scale) {
    double[] forecast;
    try {
      forecast = model.fit(history).predictMean(actual.length);
    } catch (RuntimeException e) {
      return Double.POSITIVE_INFINITY; // a candidate that cannot fit this series just loses
    }
    for (int i = 0; i < forecast.length; i++) {
      if (!Double.isFinite(forecast[i])) {
        return Double.POSITIVE_INFINITY;
      }
      forecast[i] = Math.max(0, forecast[i]); // scored as it will be reported: clamped at 0
    }
    double rmse = Metrics.rmse(actual, forecast);
    return scale > 0 ? rmse / Math.sqrt(scale) : rmse;
  }

  ForecastModel best() {
    int best = 0;
    for (int c = 1; c < scores.length; c++) {
      if (scores[c] < scores[best]) {
        best = c;
      }
    }
    return candidates.get(best);
  }
}
