package io.poolcast.forecasting.gbm;

import io.poolcast.forecasting.data.Series;
import io.poolcast.forecasting.models.Fitted;
import io.poolcast.forecasting.models.ForecastModel;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The GBM as loaded from a model file, named "GBM" like {@link GbmModel}. It is a <em>local</em>
 * model to the forecaster: {@link #fit} does not train, it gives the saved bucket models the
 * series' own recent history (a pure function of the series). So a refresh costs predictions, not
 * fits, and the forecaster's conformal calibration treats it like any local model: at each
 * calibration origin the same trees forecast from the truncated history, with the horizon shortened
 * for short series. Origins inside the training period make the intervals slightly optimistic until
 * the model is retrained.
 */
public final class PretrainedGbm implements ForecastModel {
  private final TrainedGbm trained;
  private final String modelId;

  public PretrainedGbm(TrainedGbm trained, String modelId) {
    this.trained = trained;
    this.modelId = modelId;
  }

  @Override
  public String name() {
    return "GBM";
  }

  @Override
  public Map<String, Object> hyperparameters() {
    Map<String, Object> h = new LinkedHashMap<>(new GbmModel(trained.settings()).hyperparameters());
    h.put("modelFile", GbmModelFile.fileName(modelId));
    return h;
  }

  @Override
  public Fitted fit(Series series) {
    return trained.fit(series);
  }
}
