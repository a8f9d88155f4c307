package io.poolcast.forecasting.models;

import io.poolcast.forecasting.data.Series;
import java.util.Map;

/** Flat forecast at the mean of the last {@code window} observations (fewer if shorter). */
public final class MovingAverage implements ForecastModel {
  private final int window;

  public MovingAverage(int window) {
    if (window < 1) {
      throw new IllegalArgumentException("window must be >= 1");
    }
    this.window = window;
  }

  @Override
  public String name() {
    return "MovingAverage" + window;
  }

  @Override
  public Map<String, Object> hyperparameters() {
    return Map.of("window", window);
  }

  @Override
  public Fitted fit(Series series) {
    int n = series.length();
    int from = Math.max(0, n - window);
    double sum = 0;
    for (int i = from; i < n; i++) {
      sum += series.y(i);
    }
    return new Naive.ConstantFit(sum / (n - from), name());
  }
}
