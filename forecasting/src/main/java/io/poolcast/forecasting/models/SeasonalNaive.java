package io.poolcast.forecasting.models;

import io.poolcast.forecasting.data.Series;
import java.util.Map;

/**
 * Repeats the last full season: the same weekday last week for daily data, the same week last year
 * for weekly data. Needs at least one full season.
 */
public final class SeasonalNaive implements ForecastModel {
  private final Integer season;

  /** Season from the series frequency (7 for daily, 52 for weekly). */
  public SeasonalNaive() {
    this.season = null;
  }

  public SeasonalNaive(int season) {
    if (season < 1) {
      throw new IllegalArgumentException("season must be >= 1");
    }
    this.season = season;
  }

  @Override
  public String name() {
    return "SeasonalNaive";
  }

  @Override
  public Map<String, Object> hyperparameters() {
    return Map.of("season", season == null ? "frequency" : season);
  }

  @Override
  public Fitted fit(Series series) {
    int m = season != null ? season : series.frequency().seasonLength();
    int n = series.length();
    if (n < m) {
      throw new ModelFailure("SeasonalNaive needs " + m + " observations, series has " + n);
    }
    double[] lastSeason = series.slice(n - m, n);
    return new SeasonalFit(lastSeason);
  }

  private record SeasonalFit(double[] lastSeason) implements Fitted {
    @Override
    public double[] predictMean(int h) {
      double[] out = new double[h];
      for (int i = 0; i < h; i++) {
        out[i] = lastSeason[i % lastSeason.length];
      }
      return out;
    }

    @Override
    public String label() {
      return "SeasonalNaive(" + lastSeason.length + ")";
    }
  }
}
