package io.poolcast.forecasting.gbm;

import java.util.List;

/**
 * Hyperparameters of {@link GbmModel}.
 *
 * @param buckets direct models, one per range of steps; steps past the last bucket use it
 * @param trees boosting iterations per bucket model
 * @param maxDepth, maxNodes, nodeSize tree shape (Smile {@code GradientTreeBoost})
 * @param shrinkage learning rate
 * @param subsample share of rows per tree (seeded)
 * @param trainingDays target dates are sampled from the last {@code trainingDays} of each series
 * @param rowsPerSeries training rows sampled per series and bucket
 * @param maxRows cap on the rows of one bucket model; {@code rowsPerSeries} shrinks to fit it
 * @param minOrigin a training origin keeps at least this many days of history
 */
public record GbmSettings(
    List<HorizonBucket> buckets,
    int trees,
    int maxDepth,
    int maxNodes,
    int nodeSize,
    double shrinkage,
    double subsample,
    int trainingDays,
    int rowsPerSeries,
    int maxRows,
    int minOrigin)
    implements java.io.Serializable {

  /**
   * Buckets 1–7, 8–14, 15–30; 50 trees of ≤ 24 leaves, learning rate 0.12; ≤ 100 rows per series
   * and ≤ 30,000 rows per bucket. Smile's split search scans every row of the bucket for every
   * node, so fit time grows with rows × leaves × trees, not with the number of series.
   */
  public static final GbmSettings DEFAULT =
      new GbmSettings(
          List.of(new HorizonBucket(1, 7), new HorizonBucket(8, 14), new HorizonBucket(15, 30)),
          50,
          8,
          24,
          20,
          0.12,
          0.8,
          364,
          100,
          30_000,
          14);

  public GbmSettings {
    buckets = List.copyOf(buckets);
    if (buckets.isEmpty() || trees < 1 || maxDepth < 2 || maxNodes < 2 || nodeSize < 1) {
      throw new IllegalArgumentException("need buckets, trees >= 1 and a valid tree shape");
    }
    if (!(shrinkage > 0 && shrinkage <= 1) || !(subsample > 0 && subsample <= 1)) {
      throw new IllegalArgumentException("shrinkage and subsample must be in (0, 1]");
    }
    if (trainingDays < 1 || rowsPerSeries < 1 || maxRows < 1 || minOrigin < 1) {
      throw new IllegalArgumentException("sampling sizes must be >= 1");
    }
  }

  public GbmSettings withTrees(int n) {
    return new GbmSettings(
        buckets,
        n,
        maxDepth,
        maxNodes,
        nodeSize,
        shrinkage,
        subsample,
        trainingDays,
        rowsPerSeries,
        maxRows,
        minOrigin);
  }

  public GbmSettings withRows(int perSeries, int max) {
    return new GbmSettings(
        buckets,
        trees,
        maxDepth,
        maxNodes,
        nodeSize,
        shrinkage,
        subsample,
        trainingDays,
        perSeries,
        max,
        minOrigin);
  }

  /**
   * Training origins keep at least {@code days} of history: fewer lets short histories (a new
   * deployment with a few weeks of sales) train the longest bucket at all.
   */
  public GbmSettings withMinOrigin(int days) {
    return new GbmSettings(
        buckets,
        trees,
        maxDepth,
        maxNodes,
        nodeSize,
        shrinkage,
        subsample,
        trainingDays,
        rowsPerSeries,
        maxRows,
        days);
  }

  /** The bucket serving a step (1-based); past the last bucket, the last one. */
  public int bucketIndex(int step) {
    for (int b = 0; b < buckets.size(); b++) {
      if (buckets.get(b).contains(step)) {
        return b;
      }
    }
    return buckets.size() - 1;
  }
}
