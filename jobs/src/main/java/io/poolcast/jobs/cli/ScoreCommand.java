package io.poolcast.jobs.cli;

import io.poolcast.forecasting.BacktestReport;
import io.poolcast.forecasting.ForecastCsv;
import io.poolcast.forecasting.ForecastFile;
import io.poolcast.forecasting.ForecastScoring;
import io.poolcast.forecasting.data.InvalidInputException;
import io.poolcast.forecasting.data.SeriesFrame;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Scores forecast files from any tool against actual values, with the backtest's metrics. */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    header = "Score forecast files (any tool) against actuals: the backtest's metrics per model.",
    description = {
      "Joins forecast files (unique_id, ds, p10, p50, p90; optional mean and model columns, so",
      "'poolcast forecast' output and the R peer's both read as they are) to actual values and",
      "prints MAE, RMSE, MASE, RMSSE, WRMSSE, pinball and p10-p90 coverage per model, exactly as",
      "'poolcast backtest' computes them. The scaled measures need the history before each",
      "forecast: from --history, else from the actuals file itself. Forecast rows without an",
      "actual value or of unknown series are counted and reported. Writes OUT/score_metrics.csv",
      "and OUT/scored_forecasts.csv (every scored forecast with its actual)."
    })
final class ScoreCommand implements Callable<Integer> {
  @Option(
      names = "--forecasts",
      required = true,
      split = ",",
      description =
          "Forecast CSV(.gz) files, comma-separated or repeated; a file without a model column"
              + " is named after the file (r-ets.csv: r-ets).")
  List<Path> forecasts;

  @Option(
      names = "--actuals",
      required = true,
      description = "Long-format actual values (unique_id, ds, y); CSV or CSV.gz.")
  Path actuals;

  @Option(
      names = "--history",
      description =
          "Long-format history before the forecasts, for the scale of MASE/RMSSE and the WRMSSE"
              + " weights (default: the actuals file).")
  Path history;

  /** The column names of --actuals and --history. */
  @Mixin SeriesColumns columns;

  @Option(
      names = "--out",
      defaultValue = "out/score",
      description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() throws Exception {
    List<ForecastFile> files = new ArrayList<>();
    for (Path path : forecasts) {
      files.add(readForecasts(path));
    }
    SeriesFrame actual = columns.read(actuals);
    SeriesFrame past = history == null ? null : columns.read(history);
    ForecastScoring scoring;
    try {
      scoring = ForecastScoring.score(files, actual, past);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage(), e);
    }
    BacktestReport report = scoring.report();
    System.out.println(report.print());
    System.out.println(scoring.counts().describe());
    Files.createDirectories(out);
    report.writeCsv(out.resolve("score_metrics.csv"));
    ForecastCsv.write(scoring.joined(), out.resolve("scored_forecasts.csv"));
    System.out.println(
        "Wrote "
            + out.resolve("score_metrics.csv")
            + " and "
            + out.resolve("scored_forecasts.csv"));
    return 0;
  }

  private static ForecastFile readForecasts(Path path) {
    if (!Files.isRegularFile(path)) {
      throw new UserError("forecast file not found: " + path);
    }
    try {
      return ForecastFile.read(path);
    } catch (InvalidInputException | IllegalArgumentException e) {
      throw new UserError(path + ": " + e.getMessage(), e);
    }
  }
}
