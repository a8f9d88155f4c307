package io.poolcast.forecasting.gbm;

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
  private final LocalDate tailStart;
  private final GradientTreeBoost[] models;
  private final GbmSettings settings;

  private GbmFit(
      double[] tail, LocalDate tailStart, GradientTreeBoost[] models, GbmSettings settings) {
    this.tail = tail;
    this.tailStart = tailStart;
    this.models = models;
    this.settings = settings;
  }

  static GbmFit of(Series s, GradientTreeBoost[] models, GbmSettings settings) {
    int keep = Math.min(s.length(), OriginStats.LOOKBACK);
    int from = s.length() - keep;
    return new GbmFit(s.slice(from, s.length()), s.dateAt(from), models, settings);
  }

  @Override
  public double[] predictMean(int h) {
    if (tail.length < GbmModel.MIN_LENGTH) {
      throw new ModelFailure(
          "GBM needs " + GbmModel.MIN_LENGTH + " days of history, series has " + tail.length);
    }
    int origin = tail.length;
    OriginStats stats = OriginStats.at(tail, origin);
    float[][] columns = new float[FeatureBuilder.width()][h];
    float[] row = new float[FeatureBuilder.width()];
    for (int step = 1; step <= h; step++) {
      FeatureBuilder builder =
          new FeatureBuilder(settings.buckets().get(settings.bucketIndex(step)));
      builder.fill(tail, tailStart, origin, step, stats, row);
      for (int f = 0; f < row.length; f++) {
        columns[f][step - 1] = row[f];
      }
    }
    DataFrame frame = FeatureBuilder.frame(columns, new float[h]);
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
