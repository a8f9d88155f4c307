package io.poolcast.forecasting.models;

import io.poolcast.forecasting.data.Series;

/** Forecasts zero demand: the answer for a series that never sold. */
public final class ZeroForecast implements ForecastModel {
  @Override
  public String name() {
    return "Zero";
  }

  @Override
  public Fitted fit(Series series) {
    return new Naive.ConstantFit(0.0, name());
  }
}
