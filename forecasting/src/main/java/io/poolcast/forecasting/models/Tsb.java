package io.poolcast.forecasting.models;

import io.poolcast.forecasting.data.Series;
import java.util.Map;

/**
 * Teunter-Syntetos-Babai: smooths the demand probability every period (with {@code beta}) and the
 * non-zero demand size on demand periods (with {@code alpha}); forecasts {@code p * z}. Unlike
 * Croston it decays towards zero when an item stops selling, which is what an obsolescent SKU
 * needs. Initialisation: {@code p} = share of non-zero periods, {@code z} = first non-zero demand.
 */
public final class Tsb implements ForecastModel {
  private final double alpha;
  private final double beta;

  public Tsb() {
    this(0.1, 0.1);
  }

  public Tsb(double alpha, double beta) {
    if (!(alpha > 0 && alpha <= 1 && beta > 0 && beta <= 1)) {
      throw new IllegalArgumentException("alpha and beta must be in (0,1]");
    }
    this.alpha = alpha;
    this.beta = beta;
  }

  @Override
  public String name() {
    return "TSB";
  }

  @Override
  public Map<String, Object> hyperparameters() {
    return Map.of("alpha", alpha, "beta", beta);
  }

  @Override
  public Fitted fit(Series series) {
    int n = series.length();
    int nonZero = 0;
    double size = Double.NaN;
    for (int t = 0; t < n; t++) {
      if (series.y(t) > 0) {
        nonZero++;
        if (Double.isNaN(size)) {
          size = series.y(t);
        }
      }
    }
    if (nonZero == 0) {
      return new Naive.ConstantFit(0.0, name());
    }
    double probability = (double) nonZero / n;
    for (int t = 0; t < n; t++) {
      double y = series.y(t);
      boolean demand = y > 0;
      probability += beta * ((demand ? 1 : 0) - probability);
      if (demand) {
        size += alpha * (y - size);
      }
    }
    return new Naive.ConstantFit(probability * size, name());
  }
}
