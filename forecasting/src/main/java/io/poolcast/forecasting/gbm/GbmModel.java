package io.poolcast.forecasting.gbm;

import io.poolcast.forecasting.data.Frequency;
import io.poolcast.forecasting.data.SeriesFrame;
import io.poolcast.forecasting.models.Fitted;
import io.poolcast.forecasting.models.GlobalForecastModel;
import io.poolcast.forecasting.models.ModelFailure;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;
import smile.base.cart.Loss;
import smile.data.formula.Formula;
import smile.math.MathEx;
import smile.regression.GradientTreeBoost;

/**
 * One Smile gradient-boosted tree model across all series ("GBM"), direct multi-horizon: one model
 * per {@link HorizonBucket} (default 1–7, 8–14, 15–30). Each bucket model sees only lags observed
 * at the origin for all its steps, and the calendar of the target date, so known-future features
 * (weekday, holidays) are used at their true dates and no forecast is fed back as an input (no
 * recursive error build-up). Huber loss on demand divided by the series' half-year level: the point
 * forecast is a robust mean; p10/p50/p90 come from the forecaster's conformal calibration (which
 * refits this global model at every calibration origin) rather than three quantile-loss models per
 * bucket.
 *
 * <p>Exogenous daily columns of the frame (price, promotion, stock-out) add features ({@link
 * ExogenousFeatures}); their value at the target date is a known-future covariate, which the direct
 * strategy uses as it uses the calendar: each training row pairs the target day's actual covariates
 * with its demand, each forecast step reads the planned (or rule-filled) value.
 *
 * <p>Deterministic for a seed: rows are sampled with per-series seeded generators and Smile's row
 * subsampling uses {@link MathEx#setSeed} on the fitting thread. Daily series only.
 */
public final class GbmModel implements GlobalForecastModel {
  /** A series needs this many days to be forecast at all. */
  public static final int MIN_LENGTH = 7;

  /**
   * Huber loss: residuals beyond their 90th percentile count linearly. Least squares let a few
   * reopened-after-closure rows blow up whole leaves (Favorita RMSSE 0.46 vs 0.30 with Huber).
   */
  public static final double HUBER_ALPHA = 0.9;

  private final GbmSettings settings;

  public GbmModel() {
    this(GbmSettings.DEFAULT);
  }

  public GbmModel(GbmSettings settings) {
    this.settings = settings;
  }

  @Override
  public String name() {
    return "GBM";
  }

  public GbmSettings settings() {
    return settings;
  }

  @Override
  public Map<String, Object> hyperparameters() {
    Map<String, Object> h = new LinkedHashMap<>();
    h.put("library", "smile-core GradientTreeBoost, Huber loss alpha=" + HUBER_ALPHA);
    h.put("strategy", "direct, one model per horizon bucket");
    h.put("buckets", settings.buckets().stream().map(b -> b.from() + "-" + b.to()).toList());
    h.put("trees", settings.trees());
    h.put("maxDepth", settings.maxDepth());
    h.put("maxNodes", settings.maxNodes());
    h.put("nodeSize", settings.nodeSize());
    h.put("shrinkage", settings.shrinkage());
    h.put("subsample", settings.subsample());
    h.put("trainingDays", settings.trainingDays());
    h.put("rowsPerSeries", settings.rowsPerSeries());
    h.put("maxRowsPerBucket", settings.maxRows());
    h.put("features", FeatureBuilder.NAMES);
    h.put(
        "exogenousFeatures",
        "price p: p and p/mean(p, 28 days before origin) at the target day; event e: e at the"
            + " target day and its 28-day share; stock-out s: 28-day share, stock-out days removed"
            + " from the demand history and targets");
    return h;
  }

  @Override
  public Map<String, Fitted> fitGlobal(SeriesFrame training, long seed) {
    return train(training, seed).fits(training);
  }

  /**
   * Fits the bucket models once, for reuse on other frames: what a batch training step saves as a
   * model file ({@link GbmModelFile}) and a streaming job loads ({@link PretrainedGbm}).
   */
  public TrainedGbm train(SeriesFrame training, long seed) {
    if (training.frequency() != Frequency.DAILY) {
      throw new ModelFailure("GBM supports daily series only");
    }
    ExogenousFeatures exogenous = new ExogenousFeatures(training.exogenousColumns());
    // buckets are independent: fitted in parallel, each seeding Smile on its own thread
    GradientTreeBoost[] models =
        IntStream.range(0, settings.buckets().size())
            .parallel()
            .mapToObj(b -> fitBucket(training, b, exogenous, seed))
            .toArray(GradientTreeBoost[]::new);
    return new TrainedGbm(settings, models, training.exogenousColumns());
  }

  private GradientTreeBoost fitBucket(
      SeriesFrame training, int bucket, ExogenousFeatures exogenous, long seed) {
    TrainingSet set = TrainingSet.sample(training, bucket, settings, exogenous, seed);
    if (set.rows() < 2 * settings.nodeSize()) {
      throw new ModelFailure(
          "GBM bucket "
              + settings.buckets().get(bucket)
              + " has "
              + set.rows()
              + " training rows; series too short");
    }
    MathEx.setSeed(seed * 1_000_003L + bucket); // Smile's per-thread generator: subsampling
    return GradientTreeBoost.fit(
        Formula.lhs(FeatureBuilder.TARGET),
        set.frame(),
        Loss.huber(HUBER_ALPHA),
        settings.trees(),
        settings.maxDepth(),
        settings.maxNodes(),
        settings.nodeSize(),
        settings.shrinkage(),
        settings.subsample());
  }
}
