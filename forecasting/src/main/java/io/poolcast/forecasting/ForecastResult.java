package io.poolcast.forecasting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The forecast frame: one {@link ForecastRow} per series x date x model, sorted by unique_id, model
 * (in forecaster order), ds; plus one {@link SeriesFit} per series x model.
 */
public final class ForecastResult {
  private final List<ForecastRow> rows;
  private final List<SeriesFit> fits;
  private final double[] quantileLevels;
  private final List<String> models;
  private final int horizon;

  private ForecastResult(
      List<ForecastRow> rows,
      List<SeriesFit> fits,
      double[] quantileLevels,
      List<String> models,
      int horizon) {
    this.rows = List.copyOf(rows);
    this.fits = List.copyOf(fits);
    this.quantileLevels = quantileLevels.clone();
    this.models = List.copyOf(models);
    this.horizon = horizon;
  }

  static ForecastResult of(
      List<SeriesForecast> forecasts, double[] levels, List<String> models, int h) {
    List<SeriesForecast> sorted = new ArrayList<>(forecasts);
    sorted.sort(
        Comparator.comparing((SeriesForecast f) -> f.history().uniqueId())
            .thenComparingInt(f -> models.indexOf(f.model())));
    List<ForecastRow> rows = new ArrayList<>(sorted.size() * h);
    List<SeriesFit> fits = new ArrayList<>(sorted.size());
    for (SeriesForecast f : sorted) {
      fits.add(f.fit());
      int n = f.history().length();
      for (int j = 0; j < h; j++) {
        double[] q = new double[levels.length];
        for (int l = 0; l < levels.length; l++) {
          q[l] = f.quantiles()[l][j];
        }
        rows.add(
            new ForecastRow(
                f.history().uniqueId(),
                f.history().dateAt(n + j),
                f.model(),
                f.outcome().mean()[j],
                q,
                f.reason()));
      }
    }
    return new ForecastResult(rows, fits, levels, models, h);
  }

  /** This result plus more rows and fits (e.g. cold-start series), re-sorted. */
  ForecastResult withRows(List<ForecastRow> moreRows, List<SeriesFit> moreFits) {
    List<ForecastRow> allRows = new ArrayList<>(rows);
    allRows.addAll(moreRows);
    allRows.sort(
        Comparator.comparing(ForecastRow::uniqueId)
            .thenComparingInt(r -> models.indexOf(r.model()))
            .thenComparing(ForecastRow::ds));
    List<SeriesFit> allFits = new ArrayList<>(fits);
    allFits.addAll(moreFits);
    allFits.sort(
        Comparator.comparing(SeriesFit::uniqueId).thenComparingInt(f -> models.indexOf(f.model())));
    return new ForecastResult(allRows, allFits, quantileLevels, models, horizon);
  }

  public List<ForecastRow> rows() {
    return rows;
  }

  public List<SeriesFit> fits() {
    return fits;
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

  /** How many series each fitted label covers for a model (e.g. Auto: ETS(A,Ad,A) -> 31). */
  public Map<String, Integer> labelCounts(String model) {
    Map<String, Integer> counts = new TreeMap<>();
    for (SeriesFit f : fits) {
      if (f.model().equals(model)) {
        counts.merge(f.label(), 1, Integer::sum);
      }
    }
    return counts;
  }

  /** Series for which a model failed and a baseline was used. */
  public long fallbackCount(String model) {
    return fits.stream().filter(f -> f.model().equals(model) && f.fellBack()).count();
  }
}
