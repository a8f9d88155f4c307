package io.poolcast.forecasting;

import io.poolcast.forecasting.data.Series;
import io.poolcast.forecasting.data.SeriesFrame;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Cross-validation rows sorted by unique_id, cutoff, model (forecaster order), ds; the full frame
 * (for metric scales and attributes); and the series x windows that were too short.
 */
public final class CrossValidationResult {
  private final SeriesFrame frame;
  private final List<CvRow> rows;
  private final double[] quantileLevels;
  private final List<String> models;
  private final int horizon;
  private final List<String> skipped;

  private CrossValidationResult(
      SeriesFrame frame,
      List<CvRow> rows,
      double[] quantileLevels,
      List<String> models,
      int horizon,
      List<String> skipped) {
    this.frame = frame;
    this.rows = List.copyOf(rows);
    this.quantileLevels = quantileLevels.clone();
    this.models = List.copyOf(models);
    this.horizon = horizon;
    this.skipped = List.copyOf(skipped);
  }

  static CrossValidationResult of(
      SeriesFrame frame,
      List<SeriesForecast> forecasts,
      double[] levels,
      List<String> models,
      int h,
      List<String> skipped) {
    List<CvRow> rows = new ArrayList<>();
    for (SeriesForecast f : forecasts) {
      Series full = frame.get(f.history().uniqueId());
      int n = f.history().length();
      for (int j = 0; j < h && n + j < full.length(); j++) {
        double[] q = new double[levels.length];
        for (int l = 0; l < levels.length; l++) {
          q[l] = f.quantiles()[l][j];
        }
        rows.add(
            new CvRow(
                full.uniqueId(),
                full.dateAt(n - 1),
                full.dateAt(n + j),
                j,
                f.model(),
                full.y(n + j),
                f.outcome().mean()[j],
                q,
                f.reason()));
      }
    }
    return ofRows(frame, rows, levels, models, h, skipped);
  }

  /**
   * Rows scored elsewhere (e.g. another tool's forecasts joined with actuals), sorted here. {@code
   * frame} holds each row's series with at least the history up to the row's cutoff.
   */
  static CrossValidationResult ofRows(
      SeriesFrame frame,
      List<CvRow> rows,
      double[] levels,
      List<String> models,
      int h,
      List<String> skipped) {
    List<CvRow> sorted = new ArrayList<>(rows);
    sorted.sort(order(models));
    return new CrossValidationResult(frame, sorted, levels, models, h, skipped);
  }

  /**
   * This result plus rows of further models (e.g. reconciled forecasts of the same cutoffs), sorted
   * like the rest; the extra models follow the existing ones.
   */
  public CrossValidationResult withRows(List<CvRow> extraRows, List<String> extraModels) {
    List<String> allModels = new ArrayList<>(models);
    allModels.addAll(extraModels);
    List<CvRow> all = new ArrayList<>(rows);
    all.addAll(extraRows);
    all.sort(order(allModels));
    return new CrossValidationResult(frame, all, quantileLevels, allModels, horizon, skipped);
  }

  private static Comparator<CvRow> order(List<String> models) {
    return Comparator.comparing(CvRow::uniqueId)
        .thenComparing(CvRow::cutoff)
        .thenComparingInt((CvRow r) -> models.indexOf(r.model()))
        .thenComparing(CvRow::ds);
  }

  public SeriesFrame frame() {
    return frame;
  }

  public List<CvRow> rows() {
    return rows;
  }

  public double[] quantileLevels() {
    return quantileLevels.clone();
  }

  public List<String> models() {
    return models;
  }

  public int horizon() {
    return horizon;
  }

  /** Series x windows left out because the series was too short, with the reason. */
  public List<String> skipped() {
    return skipped;
  }
}
