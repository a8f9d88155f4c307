package io.poolcast.forecasting.models;

import io.poolcast.forecasting.data.Series;
import io.poolcast.forecasting.data.SeriesFrame;
import java.util.List;
import java.util.Map;

/**
 * A model that learns once across many series (e.g. a gradient-boosting model on lag features) and
 * then predicts each of them. The forecaster calls {@link #fitGlobal} once per training frame (and
 * once per calibration origin, on every series truncated at that origin) instead of {@link #fit}
 * per series. {@link #fit(Series)} on a single series is a one-series global fit.
 */
public interface GlobalForecastModel extends ForecastModel {
  /**
   * Fits on every series of the frame. The returned map holds a {@link Fitted} per unique id; a
   * missing entry is treated as a model failure for that series (baseline fallback). {@code seed}
   * drives any randomness (subsampling, feature bagging).
   */
  Map<String, Fitted> fitGlobal(SeriesFrame training, long seed);

  @Override
  default Fitted fit(Series series) {
    Fitted fitted = fitGlobal(new SeriesFrame(List.of(series)), 0L).get(series.uniqueId());
    if (fitted == null) {
      throw new ModelFailure(name() + " returned no fit for " + series.uniqueId());
    }
    return fitted;
  }
}
