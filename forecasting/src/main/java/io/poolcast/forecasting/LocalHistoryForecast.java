package io.poolcast.forecasting;

import io.poolcast.forecasting.data.Series;
import io.poolcast.forecasting.models.ForecastModel;
import io.poolcast.forecasting.uncertainty.HistoryForecast;

/** Calibration refits of a local model, with the same fallback as the reported forecast. */
record LocalHistoryForecast(ForecastModel model) implements HistoryForecast {
  @Override
  public double[] forecast(Series history, int h) {
    return BaselineFallback.run(model, history, h).mean();
  }
}
