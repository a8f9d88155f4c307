package io.poolcast.forecasting.gbm;

import io.poolcast.forecasting.data.ExogenousColumn;
import io.poolcast.forecasting.data.Series;
import io.poolcast.forecasting.data.SeriesFrame;
import io.poolcast.forecasting.models.Fitted;
import io.poolcast.forecasting.models.ModelFailure;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import smile.regression.GradientTreeBoost;

/**
 * The bucket models of one {@link GbmModel} training run, without the training data: applied to any
 * frame of the same shape (same exogenous columns) by giving each series its last {@link
 * OriginStats#LOOKBACK} days. Serializable, so a batch step can save it ({@link GbmModelFile}) and
 * a streaming job can ship it to its operators.
 */
public final class TrainedGbm implements Serializable {
  private static final long serialVersionUID = 1L;

  private final GbmSettings settings;
  private final GradientTreeBoost[] models;
  private final ArrayList<ExogenousColumn> exogenous;

  TrainedGbm(GbmSettings settings, GradientTreeBoost[] models, List<ExogenousColumn> exogenous) {
    this.settings = settings;
    this.models = models.clone();
    this.exogenous = new ArrayList<>(exogenous);
  }

  public GbmSettings settings() {
    return settings;
  }

  public List<ExogenousColumn> exogenousColumns() {
    return List.copyOf(exogenous);
  }

  /** The fit of one series (its exogenous columns must be those of training). */
  public Fitted fit(Series series) {
    return GbmFit.of(series, models, settings, new ExogenousFeatures(exogenous));
  }

  /** A fit per series of {@code frame}; refused when its exogenous columns differ from training. */
  public Map<String, Fitted> fits(SeriesFrame frame) {
    if (!frame.exogenousColumns().equals(exogenous)) {
      throw new ModelFailure(
          "GBM was trained with exogenous columns "
              + exogenous
              + ", the frame has "
              + frame.exogenousColumns());
    }
    ExogenousFeatures features = new ExogenousFeatures(exogenous);
    Map<String, Fitted> out = new LinkedHashMap<>();
    for (Series s : frame.series()) {
      out.put(s.uniqueId(), GbmFit.of(s, models, settings, features));
    }
    return out;
  }
}
