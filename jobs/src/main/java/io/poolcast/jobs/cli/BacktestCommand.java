package io.poolcast.jobs.cli;

import io.poolcast.connectors.parquet.ParquetFiles;
import io.poolcast.forecasting.BacktestReport;
import io.poolcast.forecasting.CrossValidationResult;
import io.poolcast.forecasting.ForecastCsv;
import io.poolcast.forecasting.Forecaster;
import io.poolcast.forecasting.data.SeriesFrame;
import io.poolcast.forecasting.hierarchy.HierarchicalForecaster;
import io.poolcast.forecasting.hierarchy.Hierarchy;
import io.poolcast.jobs.forecast.BacktestMetric;
import io.poolcast.jobs.forecast.ModelChoice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Rolling-origin backtest of the models on a long-format file. */
@Command(
    name = "backtest",
    mixinStandardHelpOptions = true,
    header =
        "Backtest models with rolling origins: MAE, RMSE, MASE, RMSSE, WRMSSE, pinball, coverage.",
    description = {
      "Rolling-origin backtest: WINDOWS cut-offs STEP periods apart, each forecasting H periods",
      "exactly as 'poolcast forecast' would from the history up to it. Prints the metric table per",
      "model (and per attribute with --by) and writes OUT/backtest_metrics.csv and .parquet and",
      "OUT/backtest_forecasts.csv (every forecast with its actual).",
      "With --level, every node of the requested levels is backtested, each cutoff is reconciled",
      "(MinT residuals from the history up to that cutoff only), and the metric table is printed",
      "and written per level and model: base models and their reconciled MODEL/... versions.",
      "With --exog, the gbm model uses the daily covariates; after each cut-off the held-out rows'",
      "actual prices and promotions are its known future (never their demand)."
    })
final class BacktestCommand implements Callable<Integer> {
  @Mixin SeriesInputOptions input;

  @Mixin ForecastRunOptions run;

  @Option(
      names = "--horizon",
      defaultValue = "28",
      description = "Periods ahead (default: ${DEFAULT-VALUE}).")
  int horizon;

  @Option(
      names = "--windows",
      defaultValue = "3",
      description = "Cut-offs (default: ${DEFAULT-VALUE}).")
  int windows;

  @Option(names = "--step", description = "Periods between cut-offs (default: the horizon).")
  Integer step;

  @Option(
      names = "--models",
      defaultValue = "auto,snaive",
      description =
          "Comma-separated: auto, gbm (global gradient boosting), naive, snaive, ma28, ets, croston, sba, tsb (default: ${DEFAULT-VALUE}).")
  String models;

  @Option(
      names = "--by",
      description = "Also report per value of this attribute column (e.g. region).")
  String by;

  @Option(
      names = "--out",
      defaultValue = "out/backtest",
      description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out;

  @Mixin LevelOptions levels;

  @Override
  public Integer call() throws Exception {
    SeriesFrame frame = input.read();
    ConsoleProgress progress = ConsoleProgress.onStderr();
    Forecaster forecaster =
        run.forecaster(ModelChoice.parse(models), frame)
            .withProgress((done, total) -> progress.update("backtest series", done, total));
    int stepPeriods = step != null ? step : horizon;
    Hierarchy hierarchy = levels.requested() ? levels.hierarchy(frame) : null;
    CrossValidationResult cv;
    if (hierarchy == null) {
      cv =
          forecaster.crossValidation(
              frame, horizon, windows, stepPeriods, ForecastCommand.DEFAULT_QUANTILES);
    } else {
      HierarchicalForecaster.Backtest bt =
          levels
              .forecaster(forecaster, hierarchy, progress)
              .crossValidation(horizon, windows, stepPeriods, ForecastCommand.DEFAULT_QUANTILES);
      LevelOptions.printNotes(bt.notes());
      cv = bt.cv();
    }
    progress.finishLine();
    BacktestReport report = BacktestReport.of(cv);
    Files.createDirectories(out);
    List<BacktestMetric> metrics = new ArrayList<>();
    if (hierarchy == null) {
      System.out.println(report.print());
      report.writeCsv(out.resolve("backtest_metrics.csv"));
      metrics.addAll(longForm(report.byModel(), "all"));
    } else {
      Table perLevel = report.byAttribute(Hierarchy.LEVEL);
      printPerLevel(perLevel, hierarchy.levels());
      BacktestReport.writeCsv(perLevel, out.resolve("backtest_metrics.csv"));
      metrics.addAll(longForm(perLevel, Hierarchy.LEVEL));
    }
    ForecastCsv.write(cv, out.resolve("backtest_forecasts.csv"));
    if (by != null) {
      Table table = report.byAttribute(by);
      System.out.println(table.printAll());
      metrics.addAll(longForm(table, by));
    }
    ParquetFiles.writeAtomically(
        out.resolve("backtest_metrics.parquet"), BacktestMetric.class, metrics);
    System.out.println(
        "Wrote "
            + out.resolve("backtest_metrics.csv")
            + ", .parquet and "
            + out.resolve("backtest_forecasts.csv"));
    return 0;
  }

  /** One table per level, in hierarchy order (requested levels, then bottom). */
  private static void printPerLevel(Table perLevel, List<String> levelNames) {
    for (String level : levelNames) {
      Table t = perLevel.where(perLevel.stringColumn(Hierarchy.LEVEL).isEqualTo(level));
      t.setName("backtest at level " + level);
      System.out.println(t.printAll());
    }
  }

  /** Every numeric cell of a metric table as (model, level, metric, value). */
  static List<BacktestMetric> longForm(Table table, String levelColumn) {
    List<BacktestMetric> rows = new ArrayList<>();
    for (int r = 0; r < table.rowCount(); r++) {
      String model = table.column(0).getString(r);
      String level =
          table.containsColumn(levelColumn) ? table.column(levelColumn).getString(r) : "all";
      for (Column<?> c : table.columns()) {
        // Undefined metrics (e.g. RMSSE of a series with no in-sample change) are left out.
        if (c.type().equals(tech.tablesaw.api.ColumnType.DOUBLE) && c.get(r) instanceof Number n) {
          rows.add(new BacktestMetric(model, level, c.name(), n.doubleValue()));
        }
      }
    }
    return rows;
  }
}
