package io.poolcast.forecasting.hierarchy;

import io.poolcast.forecasting.CrossValidationResult;
import io.poolcast.forecasting.CvRow;
import io.poolcast.forecasting.ForecastResult;
import io.poolcast.forecasting.ForecastRow;
import io.poolcast.forecasting.Forecaster;
import io.poolcast.forecasting.ProgressListener;
import io.poolcast.forecasting.data.Series;
import io.poolcast.forecasting.data.SeriesFrame;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Forecasts (or backtests) every node of a {@link Hierarchy} and reconciles each model's forecasts
 * so the levels add up. Reconciled models are named {@code model/reconciler} (e.g. {@code
 * Auto/MinTShrink}); with {@link ReconcileMethod#NONE} the base forecasts are returned as they are.
 *
 * <p>MinT needs residuals: they come from a cross-validation of every node over the history the
 * forecast is made from — {@value #RESIDUAL_WINDOWS} windows of {@value #RESIDUAL_HORIZON} steps
 * (28 residuals per node, above {@link MinTShrink#DEFAULT_MIN_RESIDUALS}), run with {@link
 * Forecaster#forPointResiduals} (one calibration origin). Too short a history falls back to
 * WLS-structural; the notes of the result say which was used. In a backtest each cutoff gets its
 * own residuals from the history up to it, so nothing after the cutoff is used.
 */
public final class HierarchicalForecaster {
  public static final int RESIDUAL_HORIZON = 7;
  public static final int RESIDUAL_WINDOWS = 4;

  private final Forecaster forecaster;
  private final Hierarchy hierarchy;
  private final ReconcileMethod method;
  private ProgressListener residualProgress = ProgressListener.NONE;

  public HierarchicalForecaster(
      Forecaster forecaster, Hierarchy hierarchy, ReconcileMethod method) {
    this.forecaster = forecaster;
    this.hierarchy = hierarchy;
    this.method = method;
  }

  /** Progress of the residual cross-validations (MinT only). */
  public HierarchicalForecaster withResidualProgress(ProgressListener listener) {
    this.residualProgress = listener;
    return this;
  }

  /**
   * A forecast of every node: the nodes as series, the base result (all nodes, base models) and the
   * reconciled rows in node order, model, date.
   */
  public record Forecast(
      SeriesFrame nodes, ForecastResult base, List<ForecastRow> rows, List<String> notes) {}

  /** A backtest: base and reconciled rows of every node and cutoff. */
  public record Backtest(CrossValidationResult cv, List<String> notes) {}

  /** Reconciled rows and notes such as {@code Auto: MinT-shrink, lambda=0.41}. */
  private record Run(List<ForecastRow> rows, List<String> notes) {}

  public Forecast forecast(int h, double[] quantiles) {
    SeriesFrame all = hierarchy.aggregatedFrame();
    ForecastResult base = forecaster.forecast(all, h, quantiles);
    if (method == ReconcileMethod.NONE) {
      return new Forecast(all, base, inNodeOrder(base.rows()), List.of());
    }
    Run run = reconcile(all, base.rows(), base.quantileLevels().length, base.models());
    return new Forecast(all, base, run.rows(), run.notes());
  }

  /**
   * Rolling-origin backtest of every node ({@link Forecaster#crossValidation}); unless the method
   * is NONE, each cutoff's forecasts are also reconciled and added as models {@code model/...}.
   */
  public Backtest crossValidation(int h, int windows, int step, double[] quantiles) {
    SeriesFrame all = hierarchy.aggregatedFrame();
    CrossValidationResult cv = forecaster.crossValidation(all, h, windows, step, quantiles);
    if (method == ReconcileMethod.NONE) {
      return new Backtest(cv, List.of());
    }
    Map<LocalDate, List<CvRow>> byCutoff = new TreeMap<>();
    cv.rows().forEach(r -> byCutoff.computeIfAbsent(r.cutoff(), c -> new ArrayList<>()).add(r));
    int quantileCount = cv.quantileLevels().length;
    List<CvRow> reconciled = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (Map.Entry<LocalDate, List<CvRow>> cutoff : byCutoff.entrySet()) {
      List<CvRow> rows = cutoff.getValue();
      Run run =
          reconcile(
              historyUpTo(all, cutoff.getKey()),
              withZerosForYoungNodes(rows, cv.models(), quantileCount),
              quantileCount,
              cv.models());
      reconciled.addAll(withActuals(run.rows(), rows, cutoff.getKey()));
      run.notes().forEach(n -> notes.add("cutoff " + cutoff.getKey() + ", " + n));
    }
    List<String> names = cv.models().stream().map(m -> m + "/" + reconcilerName()).toList();
    return new Backtest(cv.withRows(reconciled, names), notes);
  }

  private Run reconcile(
      SeriesFrame history, List<ForecastRow> rows, int quantileCount, List<String> models) {
    CrossValidationResult residualCv = method == ReconcileMethod.MINT ? residualCv(history) : null;
    List<ForecastRow> out = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (String model : models) {
      Reconciler reconciler = new BottomUp();
      if (residualCv != null) {
        MinTShrink mint =
            new MinTShrink(HierarchicalForecast.residuals(hierarchy, residualCv, model));
        notes.add(model + ": " + mint.method(hierarchy.summingMatrix()));
        reconciler = mint;
      }
      out.addAll(HierarchicalForecast.reconcile(hierarchy, rows, quantileCount, model, reconciler));
    }
    return new Run(inNodeOrder(out), notes);
  }

  private String reconcilerName() {
    return (method == ReconcileMethod.MINT ? MinTShrink.structural() : new BottomUp()).name();
  }

  private CrossValidationResult residualCv(SeriesFrame history) {
    return forecaster
        .forPointResiduals(residualProgress)
        .crossValidation(
            history, RESIDUAL_HORIZON, RESIDUAL_WINDOWS, RESIDUAL_HORIZON, new double[] {0.5});
  }

  /** Node order; within a node the rows keep their order (model, then date): the sort is stable. */
  private List<ForecastRow> inNodeOrder(List<ForecastRow> rows) {
    Map<String, Integer> nodeIndex = new HashMap<>();
    List<Node> nodes = hierarchy.nodes();
    for (int i = 0; i < nodes.size(); i++) {
      nodeIndex.put(nodes.get(i).id(), i);
    }
    List<ForecastRow> out = new ArrayList<>(rows);
    out.sort(Comparator.comparingInt((ForecastRow r) -> nodeIndex.get(r.uniqueId())));
    return out;
  }

  /**
   * Every node's history up to and including {@code cutoff} (all nodes end on the same date); a
   * bottom series that starts after the cutoff is left out.
   */
  private static SeriesFrame historyUpTo(SeriesFrame all, LocalDate cutoff) {
    List<Series> heads = new ArrayList<>(all.size());
    for (Series s : all.series()) {
      long n = (cutoff.toEpochDay() - s.start().toEpochDay()) / s.frequency().stepDays() + 1;
      if (n >= 1) {
        heads.add(s.head((int) n));
      }
    }
    return new SeriesFrame(heads);
  }

  /**
   * One cutoff's base rows, plus zero forecasts for bottom series too young to be backtested at it
   * (fewer than 2 observations): reconciliation needs every node, and a shop that has not opened
   * yet sells nothing. These zero rows are never scored (there is no actual to compare).
   */
  private List<ForecastRow> withZerosForYoungNodes(
      List<CvRow> rows, List<String> models, int quantileCount) {
    List<ForecastRow> out = new ArrayList<>(rows.size());
    Set<String> present = new HashSet<>();
    for (CvRow r : rows) {
      out.add(
          new ForecastRow(
              r.uniqueId(), r.ds(), r.model(), r.mean(), r.quantiles(), r.fallbackReason()));
      present.add(r.uniqueId());
    }
    List<LocalDate> dates = rows.stream().map(CvRow::ds).distinct().sorted().toList();
    for (Node node : hierarchy.nodes()) {
      if (present.contains(node.id())) {
        continue;
      }
      for (String model : models) {
        for (LocalDate ds : dates) {
          out.add(
              new ForecastRow(
                  node.id(), ds, model, 0, new double[quantileCount], "no history at cutoff"));
        }
      }
    }
    return out;
  }

  private static List<CvRow> withActuals(
      List<ForecastRow> reconciled, List<CvRow> base, LocalDate cutoff) {
    Map<String, CvRow> actual = new HashMap<>();
    base.forEach(r -> actual.put(r.uniqueId() + "|" + r.ds(), r));
    List<CvRow> out = new ArrayList<>(reconciled.size());
    for (ForecastRow r : reconciled) {
      CvRow b = actual.get(r.uniqueId() + "|" + r.ds());
      if (b == null) {
        continue; // a node too young for this cutoff: reconciled, but not scored
      }
      out.add(
          new CvRow(
              r.uniqueId(),
              cutoff,
              r.ds(),
              b.step(),
              r.model(),
              b.y(),
              r.mean(),
              r.quantiles(),
              r.fallbackReason()));
    }
    return out;
  }
}
