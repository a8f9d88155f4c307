package io.poolcast.forecasting.gbm;

import io.poolcast.forecasting.data.Exogenous;
import io.poolcast.forecasting.data.Series;
import io.poolcast.forecasting.models.Fitted;
import io.poolcast.forecasting.models.ModelFailure;
import java.time.LocalDate;
import smile.data.DataFrame;
import smile.regression.GradientTreeBoost;

/**
 * The GBM forecast of one series: the shared bucket models plus the last {@link
 * OriginStats#LOOKBACK} days of the series (all the features ever read), so a frame of 30,000
 * fitted series stays small.
 */
final class GbmFit implements Fitted {
  private final double[] tail;
  private final Exogenous exogenous;
  private final LocalDate tailStart;
  private final GradientTreeBoost[] models;
  private final GbmSettings settings;
  private final ExogenousFeatures exogenousFeatures;

  private GbmFit(
      double[] tail,
      Exogenous exogenous,
      LocalDate tailStart,
      GradientTreeBoost[] models,
      GbmSettings settings,
      ExogenousFeatures exogenousFeatures) {
    this.tail = tail;
    this.exogenous = exogenous;
    this.tailStart = tailStart;
    this.models = models;
    this.settings = settings;
    this.exogenousFeatures = exogenousFeatures;
  }

  /** Keeps the demand tail (stock-out days unknown) and the covariates from it on, future too. */
  static GbmFit of(
      Series s,
      GradientTreeBoost[] models,
      GbmSettings settings,
      ExogenousFeatures exogenousFeatures) {
    int keep = Math.min(s.length(), OriginStats.LOOKBACK);
    int from = s.length() - keep;
    return new GbmFit(
        ExogenousFeatures.demand(s, from),
        s.exogenous().from(from),
        s.dateAt(from),
        models,
        settings,
        exogenousFeatures);
  }

  @Override
  public double[] predictMean(int h) {
    if (tail.length < GbmModel.MIN_LENGTH) {
      throw new ModelFailure(
          "GBM needs " + GbmModel.MIN_LENGTH + " days of history, series has " + tail.length);
    }
    int origin = tail.length;
    OriginStats stats = OriginStats.at(tail, origin);
    FeatureBuilder first = new FeatureBuilder(settings.buckets().get(0), exogenousFeatures);
    float[][] columns = new float[first.width()][h];
    float[] row = new float[first.width()];
    for (int step = 1; step <= h; step++) {
      FeatureBuilder builder =
          new FeatureBuilder(settings.buckets().get(settings.bucketIndex(step)), exogenousFeatures);
      builder.fill(tail, exogenous, tailStart, origin, step, stats, row);
      for (int f = 0; f < row.length; f++) {
        columns[f][step - 1] = row[f];
      }
    }
    DataFrame frame = first.frame(columns, new float[h]);
    double[] out = new double[h];
    for (int step = 1; step <= h; step++) {
      GradientTreeBoost model = models[settings.bucketIndex(step)];
      out[step - 1] = Math.max(0, model.predict(frame.get(step - 1))) * stats.scale();
    }
    return out;
  }

  @Override
  public String label() {
    return "GBM";
  }
}
