package io.poolcast.forecasting.models;

import io.poolcast.forecasting.data.Series;
import java.util.Map;

/**
 * Croston's method for intermittent demand: smooths the non-zero demand sizes {@code z} and the
 * intervals between them {@code p} separately (both with {@code alpha}, default 0.1, updated only
 * on demand periods) and forecasts the flat rate {@code z / p}. The Syntetos-Boylan approximation
 * (SBA) multiplies by {@code 1 - alpha/2} to remove Croston's known upward bias. Initialisation:
 * the first non-zero demand and its position (1-based) as the first interval.
 */
public final class Croston implements ForecastModel {
  private final boolean sba;
  private final double alpha;

  private Croston(boolean sba, double alpha) {
    if (!(alpha > 0 && alpha <= 1)) {
      throw new IllegalArgumentException("alpha must be in (0,1]");
    }
    this.sba = sba;
    this.alpha = alpha;
  }

  public static Croston classic() {
    return new Croston(false, 0.1);
  }

  public static Croston sba() {
    return new Croston(true, 0.1);
  }

  public static Croston classic(double alpha) {
    return new Croston(false, alpha);
  }

  public static Croston sba(double alpha) {
    return new Croston(true, alpha);
  }

  @Override
  public String name() {
    return sba ? "CrostonSBA" : "Croston";
  }

  @Override
  public Map<String, Object> hyperparameters() {
    return Map.of("alpha", alpha);
  }

  @Override
  public Fitted fit(Series series) {
    double size = 0;
    double interval = 0;
    int last = -1;
    for (int t = 0; t < series.length(); t++) {
      double y = series.y(t);
      if (y <= 0) {
        continue;
      }
      if (last < 0) {
        size = y;
        interval = t + 1;
      } else {
        size += alpha * (y - size);
        interval += alpha * ((t - last) - interval);
      }
      last = t;
    }
    double rate = last < 0 ? 0.0 : size / interval;
    return new Naive.ConstantFit(sba ? rate * (1 - alpha / 2) : rate, name());
  }
}
