package io.poolcast.jobs.cli;

import io.poolcast.connectors.parquet.ParquetFiles;
import io.poolcast.forecasting.ForecastCsv;
import io.poolcast.forecasting.ForecastResult;
import io.poolcast.forecasting.ForecastRow;
import io.poolcast.forecasting.Forecaster;
import io.poolcast.forecasting.ModelCard;
import io.poolcast.forecasting.data.SeriesFrame;
import io.poolcast.forecasting.hierarchy.HierarchicalForecaster;
import io.poolcast.forecasting.hierarchy.Hierarchy;
import io.poolcast.forecasting.hierarchy.Node;
import io.poolcast.jobs.forecast.ForecastPoint;
import io.poolcast.jobs.forecast.ModelChoice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Forecasts every series of a long-format file for the next H periods. */
@Command(
    name = "forecast",
    mixinStandardHelpOptions = true,
    header = "Forecast every series of a long-format file (p10/p50/p90 by default).",
    description = {
      "Forecast every series of a long-format file (unique_id, ds, y) H periods ahead with",
      "quantiles. Daily data is forecast in days, weekly data in weeks. Writes OUT/forecasts.csv,",
      "OUT/forecasts.parquet (for the default quantiles) and OUT/model_card.json (inputs and their",
      "hashes, models, seed, versions). Same input and seed give identical forecasts.",
      "With --level, every requested level of the hierarchy is forecast too and reconciled so",
      "the levels add up; rows carry their level (bottom, total, region,category, ...).",
      "With --exog (and --future), the gbm model also uses daily prices, promotions and stock-outs."
    })
final class ForecastCommand implements Callable<Integer> {
  static final double[] DEFAULT_QUANTILES = {0.1, 0.5, 0.9};

  @Mixin SeriesInputOptions input;

  @Mixin KnownFutureOption future;

  @Mixin ForecastRunOptions run;

  @Option(
      names = "--horizon",
      defaultValue = "30",
      description = "Periods ahead (default: ${DEFAULT-VALUE}).")
  int horizon;

  @Option(
      names = "--quantiles",
      defaultValue = "0.1,0.5,0.9",
      split = ",",
      description = "Quantile levels (default: ${DEFAULT-VALUE}).")
  double[] quantiles;

  @Option(
      names = "--models",
      defaultValue = "auto",
      description =
          "Comma-separated: auto, gbm (global gradient boosting), naive, snaive, ma28, ets,"
              + " croston, sba, tsb (default: ${DEFAULT-VALUE}).")
  String models;

  @Option(
      names = "--out",
      defaultValue = "out/forecast",
      description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out;

  @Mixin LevelOptions levels;

  /** What one run writes: rows (with their level) and the base result behind them. */
  private record Forecasts(
      SeriesFrame frame,
      ForecastResult result,
      List<ForecastRow> rows,
      Function<String, String> levelOf) {}

  @Override
  public Integer call() throws Exception {
    if (horizon < 1) {
      throw new UserError("--horizon must be at least 1");
    }
    PhaseClock clock = new PhaseClock();
    SeriesFrame frame = future.appendTo(input.read(), input);
    clock.lap("read");
    ConsoleProgress progress = ConsoleProgress.onStderr();
    Forecaster forecaster =
        run.forecaster(ModelChoice.parse(models), frame)
            .withProgress(
                (done, total) -> {
                  clock.lapOnce("fit"); // global models are fitted before the first series
                  progress.update("forecast series", done, total);
                });
    Forecasts forecasts =
        levels.requested()
            ? forecastLevels(frame, forecaster, progress)
            : forecastSeries(frame, forecaster, progress);
    clock.lap("forecast");
    write(forecasts, forecaster);
    clock.lap("write");
    System.out.println(clock.summary());
    return 0;
  }

  private Forecasts forecastSeries(
      SeriesFrame frame, Forecaster forecaster, ConsoleProgress progress) {
    ForecastResult result = forecaster.forecast(frame, horizon, quantiles);
    progress.finishLine();
    return new Forecasts(frame, result, result.rows(), null);
  }

  private Forecasts forecastLevels(
      SeriesFrame frame, Forecaster forecaster, ConsoleProgress progress) {
    Hierarchy hierarchy = levels.hierarchy(frame);
    HierarchicalForecaster.Forecast f =
        levels.forecaster(forecaster, hierarchy, progress).forecast(horizon, quantiles);
    progress.finishLine();
    LevelOptions.printNotes(f.notes());
    return new Forecasts(f.nodes(), f.base(), f.rows(), hierarchy::levelOf);
  }

  private void write(Forecasts f, Forecaster forecaster) throws Exception {
    Files.createDirectories(out);
    ForecastResult result = f.result();
    ForecastCsv.write(f.rows(), result.quantileLevels(), f.levelOf(), out.resolve("forecasts.csv"));
    boolean parquet = Arrays.equals(quantiles, DEFAULT_QUANTILES);
    if (parquet) {
      Function<String, String> levelOf = f.levelOf() != null ? f.levelOf() : id -> Node.BOTTOM;
      ParquetFiles.writeAtomically(
          out.resolve("forecasts.parquet"), ForecastPoint.class, points(f.rows(), levelOf));
    }
    List<Path> inputs =
        future.future == null ? List.of(input.input) : List.of(input.input, future.future);
    ModelCard.of(inputs, f.frame(), forecaster, result, null).write(out.resolve("model_card.json"));
    for (String model : result.models()) {
      System.out.printf(
          Locale.ROOT,
          "%s: chosen per series %s, fallbacks %,d%s%n",
          model,
          result.labelCounts(model),
          result.fallbackCount(model),
          result.fallbackCount(model) > 0 ? " (each with its reason in the log)" : "");
    }
    System.out.println(
        "Wrote "
            + out.resolve("forecasts.csv")
            + ", "
            + out.resolve("model_card.json")
            + (parquet ? ", " + out.resolve("forecasts.parquet") : ""));
  }

  private static List<ForecastPoint> points(
      List<ForecastRow> rows, Function<String, String> levelOf) {
    return rows.stream()
        .map(
            r ->
                new ForecastPoint(
                    r.uniqueId(),
                    levelOf.apply(r.uniqueId()),
                    r.ds(),
                    r.model(),
                    r.mean(),
                    r.quantiles()[0],
                    r.quantiles()[1],
                    r.quantiles()[2],
                    r.fallbackReason()))
        .toList();
  }
}
