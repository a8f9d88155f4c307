package io.poolcast.forecasting.models;

import io.poolcast.forecasting.data.Series;
import java.util.Arrays;

/** Repeats the last observation. */
public final class Naive implements ForecastModel {
  @Override
  public String name() {
    return "Naive";
  }

  @Override
  public Fitted fit(Series series) {
    double last = series.y(series.length() - 1);
    return new ConstantFit(last, name());
  }

  /** A flat forecast; shared by the level-only models. */
  record ConstantFit(double level, String label) implements Fitted {
    @Override
    public double[] predictMean(int h) {
      double[] out = new double[h];
      Arrays.fill(out, level);
      return out;
    }
  }
}
