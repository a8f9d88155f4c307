package io.poolcast.forecasting;

import io.poolcast.forecasting.data.Series;
import io.poolcast.forecasting.uncertainty.QuantileLevels;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Aggregates a cross-validation into one metrics row per model (optionally per model and value of
 * an attribute such as region or category). Columns:
 *
 * <ul>
 *   <li>{@code series}, {@code windows}: how many series and series x cutoff windows were scored;
 *   <li>{@code MAE}, {@code RMSE}: over all forecast points;
 *   <li>{@code MASE} (seasonal scale), {@code RMSSE} (M5 one-step scale): mean over windows whose
 *       scale is defined, each window scaled by its own training history; {@code undefined} counts
 *       the windows left out (constant history);
 *   <li>{@code WRMSSE}: revenue-weighted mean of window RMSSEs, a series' weight in a window being
 *       its revenue (units x unit price, price 1 unless given) over the last 28 periods of that
 *       window's training data — the M5 weights; with a single window it is the M5 WRMSSE;
 *   <li>{@code pinball}: mean over quantile levels of the mean pinball loss;
 *   <li>{@code coverage_pLO_pHI}: share of actuals inside the outermost quantiles (both ends
 *       included);
 *   <li>{@code below_pLO}, {@code above_pHI}: shares of actuals below the lowest and above the
 *       highest quantile — each should stay at or under its level (10 % for p10 / p90). They are
 *       the calibration check that still works on intermittent demand: with a point mass at zero a
 *       correct p10 is 0, the closed interval always holds the zero days, and its coverage then
 *       exceeds the nominal 80 % by design.
 * </ul>
 */
public final class BacktestReport {
  private final CrossValidationResult cv;
  private final List<WindowScore> windows;
  private final Map<WindowScore, Map<String, String>> attributes = new LinkedHashMap<>();

  private BacktestReport(CrossValidationResult cv, Map<String, Double> unitPrices) {
    this.cv = cv;
    this.windows = score(cv, unitPrices);
  }

  public static BacktestReport of(CrossValidationResult cv) {
    return new BacktestReport(cv, Map.of());
  }

  /** With unit prices per unique_id for the WRMSSE revenue weights (missing ids: price 1). */
  public static BacktestReport of(CrossValidationResult cv, Map<String, Double> unitPrices) {
    return new BacktestReport(cv, unitPrices);
  }

  private List<WindowScore> score(CrossValidationResult cv, Map<String, Double> prices) {
    List<WindowScore> out = new ArrayList<>();
    List<CvRow> rows = cv.rows();
    double[] levels = cv.quantileLevels();
    int season = cv.frame().frequency().seasonLength();
    int start = 0;
    while (start < rows.size()) {
      int end = start;
      CvRow first = rows.get(start);
      while (end < rows.size() && sameWindow(first, rows.get(end))) {
        end++;
      }
      List<CvRow> window = rows.subList(start, end);
      Series series = cv.frame().get(first.uniqueId());
      int trainLength =
          (int)
                  ((first.cutoff().toEpochDay() - series.start().toEpochDay())
                      / series.frequency().stepDays())
              + 1;
      WindowScore score =
          WindowScore.of(
              first.uniqueId(),
              first.model(),
              column(window, -1),
              column(window, -2),
              quantiles(window, levels.length),
              levels,
              series.slice(0, trainLength),
              season,
              prices.getOrDefault(first.uniqueId(), 1.0));
      out.add(score);
      attributes.put(score, series.attributes());
      start = end;
    }
    return out;
  }

  private static boolean sameWindow(CvRow a, CvRow b) {
    return a.uniqueId().equals(b.uniqueId())
        && a.cutoff().equals(b.cutoff())
        && a.model().equals(b.model());
  }

  /** -1: actuals, -2: means. */
  private static double[] column(List<CvRow> window, int which) {
    double[] out = new double[window.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = which == -1 ? window.get(i).y() : window.get(i).mean();
    }
    return out;
  }

  private static double[][] quantiles(List<CvRow> window, int levels) {
    double[][] out = new double[levels][window.size()];
    for (int i = 0; i < window.size(); i++) {
      for (int l = 0; l < levels; l++) {
        out[l][i] = window.get(i).quantiles()[l];
      }
    }
    return out;
  }

  /** One row per model, in forecaster order. */
  public Table byModel() {
    return table(null);
  }

  /** One row per model and value of {@code attribute} (e.g. "region"), sorted by value. */
  public Table byAttribute(String attribute) {
    return table(attribute);
  }

  private Table table(String attribute) {
    Map<String, List<WindowScore>> groups = new LinkedHashMap<>();
    for (String model : cv.models()) {
      Map<String, List<WindowScore>> byValue = new TreeMap<>();
      for (WindowScore w : windows) {
        if (w.model().equals(model)) {
          String value = attribute == null ? "" : attributes.get(w).getOrDefault(attribute, "");
          byValue.computeIfAbsent(value, v -> new ArrayList<>()).add(w);
        }
      }
      byValue.forEach((value, list) -> groups.put(model + "\u0000" + value, list));
    }
    double[] levels = cv.quantileLevels();
    String lowest = levels.length >= 1 ? "_" + QuantileLevels.label(levels[0]) : "";
    String highest =
        levels.length >= 1 ? "_" + QuantileLevels.label(levels[levels.length - 1]) : "";
    String coverageName = levels.length >= 2 ? "coverage" + lowest + highest : "coverage";
    Table table =
        Table.create(attribute == null ? "backtest by model" : "backtest by " + attribute);
    StringColumn model = StringColumn.create("model");
    StringColumn value = StringColumn.create(attribute == null ? "level" : attribute);
    IntColumn series = IntColumn.create("series");
    IntColumn windowCount = IntColumn.create("windows");
    List<DoubleColumn> metrics = new ArrayList<>();
    for (String name :
        List.of(
            "MAE",
            "RMSE",
            "MASE",
            "RMSSE",
            "WRMSSE",
            "pinball",
            coverageName,
            "below" + lowest,
            "above" + highest)) {
      metrics.add(DoubleColumn.create(name));
    }
    IntColumn undefined = IntColumn.create("undefined");
    for (Map.Entry<String, List<WindowScore>> group : groups.entrySet()) {
      String[] key = group.getKey().split("\u0000", -1);
      GroupMetrics g = GroupMetrics.of(group.getValue());
      model.append(key[0]);
      value.append(key[1]);
      series.append(g.series());
      windowCount.append(g.windows());
      double[] values = {
        g.mae(),
        g.rmse(),
        g.mase(),
        g.rmsse(),
        g.wrmsse(),
        g.pinball(),
        g.coverage(),
        g.below(),
        g.above()
      };
      for (int i = 0; i < values.length; i++) {
        metrics.get(i).append(values[i]);
      }
      undefined.append(g.undefined());
    }
    table.addColumns(model);
    if (attribute != null) {
      table.addColumns(value);
    }
    table.addColumns(series, windowCount);
    metrics.forEach(table::addColumns);
    table.addColumns(undefined);
    return table;
  }

  /** A metric of the by-model table, e.g. {@code metric("Auto", "RMSSE")}. */
  public double metric(String model, String column) {
    Table t = byModel();
    for (int r = 0; r < t.rowCount(); r++) {
      if (t.stringColumn("model").get(r).equals(model)) {
        return ((tech.tablesaw.api.NumericColumn<?>) t.column(column)).getDouble(r);
      }
    }
    throw new IllegalArgumentException("no model " + model + " in the backtest");
  }

  /** The by-model table as text. */
  public String print() {
    return byModel().printAll();
  }

  public void writeCsv(Path path) {
    writeCsv(byModel(), path);
  }

  public static void writeCsv(Table table, Path path) {
    table.write().csv(path.toFile());
  }
}
