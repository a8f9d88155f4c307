package io.poolcast.forecasting.gbm;

import io.poolcast.forecasting.data.Series;
import io.poolcast.forecasting.data.SeriesFrame;
import java.util.Arrays;
import java.util.SplittableRandom;
import smile.data.DataFrame;

/**
 * Training rows of one bucket model: per series, {@code quota} random (target day, step) pairs with
 * the target day in the last {@code trainingDays} and the origin keeping at least {@code minOrigin}
 * days. The quota is {@code min(rowsPerSeries, maxRows / series)} (at least 1), so the total stays
 * near {@code maxRows} whatever the frame size. Each series draws from its own generator seeded by
 * (seed, bucket, unique id): the sample does not depend on thread count or on the other series.
 */
final class TrainingSet {
  private final FeatureBuilder builder;
  private final float[][] columns;
  private final float[] target;
  private int rows;

  private TrainingSet(FeatureBuilder builder, int capacity) {
    this.builder = builder;
    columns = new float[builder.width()][capacity];
    target = new float[capacity];
  }

  /**
   * Stock-out days are not targets and not history ({@link ExogenousFeatures#demand}); the
   * exogenous features of a row read the actual covariates of its target day.
   */
  static TrainingSet sample(
      SeriesFrame frame,
      int bucketIndex,
      GbmSettings settings,
      ExogenousFeatures exogenous,
      long seed) {
    HorizonBucket bucket = settings.buckets().get(bucketIndex);
    FeatureBuilder builder = new FeatureBuilder(bucket, exogenous);
    int quota = Math.max(1, Math.min(settings.rowsPerSeries(), settings.maxRows() / frame.size()));
    TrainingSet set = new TrainingSet(builder, quota * frame.size());
    float[] row = new float[builder.width()];
    for (Series s : frame.series()) {
      SplittableRandom rng = new SplittableRandom(mix(seed, bucketIndex, s.uniqueId()));
      double[] y = ExogenousFeatures.demand(s);
      for (int r = 0; r < quota; r++) {
        int step = bucket.from() + rng.nextInt(bucket.to() - bucket.from() + 1);
        int first = Math.max(settings.minOrigin() + step - 1, y.length - settings.trainingDays());
        if (first >= y.length) {
          break; // too short for this bucket
        }
        int day = first + rng.nextInt(y.length - first);
        if (!Double.isFinite(y[day])) {
          continue;
        }
        int origin = day - step + 1;
        OriginStats stats = OriginStats.at(y, origin);
        builder.fill(y, s.exogenous(), s.start(), origin, step, stats, row);
        set.add(row, (float) (y[day] / stats.scale()));
      }
    }
    return set;
  }

  static long mix(long seed, int bucket, String uniqueId) {
    long h = seed * 0x9E3779B97F4A7C15L + bucket;
    return h * 31 + uniqueId.hashCode();
  }

  private void add(float[] row, float y) {
    for (int f = 0; f < row.length; f++) {
      columns[f][rows] = row[f];
    }
    target[rows++] = y;
  }

  int rows() {
    return rows;
  }

  DataFrame frame() {
    float[][] cols = new float[columns.length][];
    for (int f = 0; f < columns.length; f++) {
      cols[f] = Arrays.copyOf(columns[f], rows);
    }
    return builder.frame(cols, Arrays.copyOf(target, rows));
  }
}
