package io.poolcast.forecasting;

import io.poolcast.forecasting.data.Series;

/** The forecast of one model for one series: point forecast, quantiles [level][step], notes. */
record SeriesForecast(
    Series history, String model, Outcome outcome, double[][] quantiles, String reason) {
  SeriesFit fit() {
    return new SeriesFit(history.uniqueId(), model, outcome.label(), reason);
  }
}
