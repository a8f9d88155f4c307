package io.poolcast.jobs.cli;

import io.poolcast.forecasting.data.InvalidInputException;
import io.poolcast.jobs.forecastjob.ForecastModelSpec;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The forecast job's model: a GBM file from {@code forecast-train}, or Auto refit per refresh. */
final class ForecastModelOptions {
  @Option(
      names = "--model-file",
      paramLabel = "FILE",
      description = "GBM model file gbm-<id>.model from 'poolcast forecast-train'.")
  Path modelFile;

  @Option(
      names = "--model",
      defaultValue = "",
      paramLabel = "gbm|auto",
      description = "gbm (needs --model-file; the default with one) or auto (refit per refresh).")
  String model;

  ForecastModelSpec spec() {
    String name = model.isBlank() ? (modelFile != null ? "gbm" : "auto") : model.toLowerCase();
    try {
      return switch (name) {
        case "gbm" -> {
          if (modelFile == null) {
            throw new UserError(
                "--model gbm needs --model-file (train one with 'poolcast forecast-train')");
          }
          yield ForecastModelSpec.gbm(modelFile);
        }
        case "auto" -> ForecastModelSpec.auto();
        default -> throw new UserError("--model must be gbm or auto, was '" + model + "'");
      };
    } catch (InvalidInputException e) {
      throw new UserError(e.getMessage());
    }
  }
}
