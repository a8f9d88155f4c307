package io.poolcast.forecasting.hierarchy;

import io.poolcast.forecasting.CrossValidationResult;
import io.poolcast.forecasting.CvRow;
import io.poolcast.forecasting.ForecastResult;
import io.poolcast.forecasting.ForecastRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Glue between the forecaster and reconciliation: forecast {@link Hierarchy#aggregatedFrame()}
 * (every node), then reconcile one model's rows. MinT residuals come from a cross-validation of the
 * same frame and model.
 *
 * <pre>{@code
 * Hierarchy h = Hierarchy.of(bottomFrame, List.of("region,sku", "region,category", "total"));
 * SeriesFrame all = h.aggregatedFrame();
 * ForecastResult base = forecaster.forecast(all, 30);
 * double[][] res = HierarchicalForecast.residuals(h, forecaster.crossValidation(all, 7, 4, 7, q), "Auto");
 * List<ForecastRow> rows = HierarchicalForecast.reconcile(h, base, "Auto", new MinTShrink(res));
 * }</pre>
 */
public final class HierarchicalForecast {
  private HierarchicalForecast() {}

  /**
   * Coherent rows (model named {@code model/reconciler}) in hierarchy node order, then date. Mean
   * and every quantile level are reconciled; the base row's note is kept.
   */
  public static List<ForecastRow> reconcile(
      Hierarchy hierarchy, ForecastResult result, String model, Reconciler reconciler) {
    return reconcile(hierarchy, result.rows(), result.quantileLevels().length, model, reconciler);
  }

  /**
   * The same for any rows (e.g. one cutoff of a cross-validation): every node needs the same number
   * of rows of {@code model} on the same dates.
   */
  public static List<ForecastRow> reconcile(
      Hierarchy hierarchy,
      List<ForecastRow> forecasts,
      int quantileCount,
      String model,
      Reconciler reconciler) {
    SummingMatrix s = hierarchy.summingMatrix();
    Map<String, List<ForecastRow>> byNode = new HashMap<>();
    for (ForecastRow row : forecasts) {
      if (row.model().equals(model)) {
        byNode.computeIfAbsent(row.uniqueId(), k -> new ArrayList<>()).add(row);
      }
    }
    int levels = quantileCount;
    List<ForecastRow> firstNode = byNode.get(s.nodes().get(0).id());
    int h = firstNode == null ? 0 : firstNode.size();
    double[][] mean = new double[s.nodeCount()][h];
    double[][][] quantiles = new double[levels][s.nodeCount()][h];
    List<LocalDate> dates = null;
    for (int i = 0; i < s.nodeCount(); i++) {
      List<ForecastRow> rows = byNode.get(s.nodes().get(i).id());
      if (rows == null || h == 0 || rows.size() != h) {
        throw new IllegalArgumentException(
            "no " + model + " forecast of " + h + " steps for node " + s.nodes().get(i).id());
      }
      List<LocalDate> nodeDates = rows.stream().map(ForecastRow::ds).toList();
      if (dates != null && !dates.equals(nodeDates)) {
        throw new IllegalArgumentException(
            "node " + s.nodes().get(i).id() + " is forecast on other dates; use aggregatedFrame()");
      }
      dates = nodeDates;
      for (int j = 0; j < h; j++) {
        mean[i][j] = rows.get(j).mean();
        for (int l = 0; l < levels; l++) {
          quantiles[l][i][j] = rows.get(j).quantiles()[l];
        }
      }
    }
    double[][] coherent = Reconciliation.reconcile(s, mean, reconciler);
    double[][][] coherentQ = Reconciliation.reconcileQuantiles(s, quantiles, reconciler);
    List<ForecastRow> out = new ArrayList<>();
    String name = model + "/" + reconciler.name();
    for (int i = 0; i < s.nodeCount(); i++) {
      List<ForecastRow> rows = byNode.get(s.nodes().get(i).id());
      for (int j = 0; j < h; j++) {
        double[] q = new double[levels];
        for (int l = 0; l < levels; l++) {
          q[l] = coherentQ[l][i][j];
        }
        out.add(
            new ForecastRow(
                s.nodes().get(i).id(),
                dates.get(j),
                name,
                coherent[i][j],
                q,
                rows.get(j).fallbackReason()));
      }
    }
    return out;
  }

  /**
   * Backtest residuals {@code y - mean} of one model, {@code [node][t]} in hierarchy node order,
   * one column per (cutoff, date) of the cross-validation; a node without a column gets NaN there
   * (and {@link MinTShrink} drops the column).
   */
  public static double[][] residuals(Hierarchy hierarchy, CrossValidationResult cv, String model) {
    TreeSet<String> keys = new TreeSet<>();
    Map<String, Map<String, Double>> byNode = new HashMap<>();
    for (CvRow row : cv.rows()) {
      if (row.model().equals(model)) {
        String key = row.cutoff() + "|" + row.ds();
        keys.add(key);
        byNode.computeIfAbsent(row.uniqueId(), k -> new HashMap<>()).put(key, row.y() - row.mean());
      }
    }
    List<String> columns = List.copyOf(keys);
    List<Node> nodes = hierarchy.nodes();
    double[][] out = new double[nodes.size()][columns.size()];
    for (int i = 0; i < nodes.size(); i++) {
      Map<String, Double> r = byNode.getOrDefault(nodes.get(i).id(), Map.of());
      for (int t = 0; t < columns.size(); t++) {
        out[i][t] = r.getOrDefault(columns.get(t), Double.NaN);
      }
    }
    return out;
  }
}
