package io.poolcast.jobs.cli;

import io.poolcast.forecasting.Forecaster;
import io.poolcast.forecasting.data.SeriesFrame;
import io.poolcast.forecasting.hierarchy.HierarchicalForecaster;
import io.poolcast.forecasting.hierarchy.Hierarchy;
import io.poolcast.forecasting.hierarchy.ReconcileMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/** Hierarchy levels to forecast besides the input series, and how they are made to add up. */
final class LevelOptions {
  @Option(
      names = "--level",
      paramLabel = "COLUMNS",
      description =
          "Also forecast a level of the hierarchy: a comma list of attribute columns (e.g."
              + " region,category) or 'total'. Repeatable. The input series are level 'bottom'."
              + " Output rows get a 'level' column; node ids are column=value pairs in the order"
              + " given, joined by '/' (--level region,sku gives region=R1/sku=S7), 'total', or"
              + " the input unique_id.")
  List<String> levels = new ArrayList<>();

  @Option(
      names = "--reconcile",
      defaultValue = "mint",
      paramLabel = "METHOD",
      description =
          "With --level, how the levels are made to add up: mint (default; MinT-shrink with the"
              + " covariance of the residuals of a 4-window x 7-period cross-validation of every"
              + " node, run with one calibration origin: about 2.5 times the run time of bottomup), bottomup (sums"
              + " of the bottom forecasts), none (each node's own forecast; levels need not add"
              + " up). Reconciled forecasts are named MODEL/MinTShrink or MODEL/BottomUp;"
              + " quantiles stay ordered and >= 0.")
  ReconcileMethod reconcile;

  boolean requested() {
    return !levels.isEmpty();
  }

  /** The hierarchy over the input series; an unknown column is a one-line error. */
  Hierarchy hierarchy(SeriesFrame bottom) {
    try {
      Hierarchy h = Hierarchy.of(bottom, levels);
      System.out.printf(
          Locale.ROOT,
          "%,d nodes at levels %s (reconcile: %s)%n",
          h.nodes().size(),
          String.join(" | ", h.levels()),
          reconcile.name().toLowerCase(Locale.ROOT));
      if (!h.warnings().isEmpty()) {
        System.out.printf(
            Locale.ROOT,
            "%,d series lack a level column, grouped under (missing); e.g. %s%n",
            h.warnings().size(),
            h.warnings().get(0));
      }
      return h;
    } catch (IllegalArgumentException e) {
      throw new UserError("--level: " + e.getMessage(), e);
    }
  }

  HierarchicalForecaster forecaster(
      Forecaster forecaster, Hierarchy hierarchy, ConsoleProgress progress) {
    return new HierarchicalForecaster(forecaster, hierarchy, reconcile)
        .withResidualProgress(
            (done, total) -> progress.update("MinT residual backtest", done, total));
  }

  static void printNotes(List<String> notes) {
    notes.forEach(n -> System.out.println("reconciliation: " + n));
  }
}
