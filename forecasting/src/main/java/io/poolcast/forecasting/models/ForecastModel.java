package io.poolcast.forecasting.models;

import io.poolcast.forecasting.data.Series;
import java.util.Map;

/**
 * The one contract every local model honours: fit on one series' history, then predict any horizon.
 * A new model is one class implementing this. Models must be stateless and thread-safe (the
 * forecaster fits many series in parallel) and deterministic for the same input. A model signals
 * "cannot fit this series" by throwing (preferably {@link ModelFailure}); the forecaster then falls
 * back to a baseline and records the reason.
 */
public interface ForecastModel {
  /** Column name of the model in results (unique within a forecaster). */
  String name();

  Fitted fit(Series series);

  /** Hyperparameters as written to the model card. */
  default Map<String, Object> hyperparameters() {
    return Map.of();
  }
}
