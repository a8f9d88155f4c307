package io.poolcast.forecasting.uncertainty;

import io.poolcast.forecasting.data.Series;

/** Forecasts {@code h} steps after a (truncated) history, as the result would report it. */
@FunctionalInterface
public interface HistoryForecast {
  /** The forecast, or null when none is available at this origin. */
  double[] forecast(Series history, int h);
}
