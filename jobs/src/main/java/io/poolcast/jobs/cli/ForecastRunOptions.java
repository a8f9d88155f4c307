package io.poolcast.jobs.cli;

import io.poolcast.forecasting.Forecaster;
import io.poolcast.forecasting.data.SeriesFrame;
import io.poolcast.forecasting.models.ForecastModel;
import java.util.List;
import picocli.CommandLine.Option;

/** Seed and threads of a forecasting run: the same input and seed give the same numbers. */
final class ForecastRunOptions {
  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--threads", description = "Worker threads (default: all cores).")
  Integer threads;

  Forecaster forecaster(List<ForecastModel> models, SeriesFrame frame) {
    int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    return new Forecaster(models, frame.frequency(), seed, Math.max(1, n));
  }
}
