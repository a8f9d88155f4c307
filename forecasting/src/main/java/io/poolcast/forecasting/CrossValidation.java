package io.poolcast.forecasting;

import io.poolcast.forecasting.data.SeriesFrame;
import io.poolcast.forecasting.models.ForecastModel;
import io.poolcast.forecasting.uncertainty.QuantileLevels;
import java.util.List;

/** One-call rolling-origin backtest; see {@link Forecaster#crossValidation}. */
public final class CrossValidation {
  private CrossValidation() {}

  /** Seed 0, all cores, default quantiles (p10, p50, p90) and calibration. */
  public static CrossValidationResult run(
      SeriesFrame frame, List<ForecastModel> models, int h, int windows, int step) {
    Forecaster forecaster =
        new Forecaster(models, frame.frequency(), 0L, Runtime.getRuntime().availableProcessors());
    return forecaster.crossValidation(frame, h, windows, step, QuantileLevels.DEFAULT);
  }
}
